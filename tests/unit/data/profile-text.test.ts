import { describe, expect, it } from 'vitest';
import { profileTable, type ColumnProfile, type DatasetProfile } from '$lib/data';
import reference from '../../fixtures/reference/profile-text-austen.json';
import { expectClose } from '../helpers/expect-close';
import { parseText } from './read-fixture';
import { openAsBlob } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '$lib/data';

const byName = (profile: DatasetProfile, name: string): ColumnProfile => {
	const found = profile.columns.find((c) => c.name === name);
	if (!found) throw new Error(`no column ${name}`);
	return found;
};

const austenPath = fileURLToPath(new URL('../../../public/samples/austen.csv', import.meta.url));

/** 24 distinct three-to-five-word sentences (a text column), a blank cell, and a two-level category. */
function smallCsv(): string {
	const lines = ['note,group'];
	for (let i = 0; i < 24; i++) {
		const extra = i % 3 === 0 ? ' cheese cheese' : '';
		lines.push(`"the parcel number ${i} arrived late${extra}",${i % 2 ? 'a' : 'b'}`);
	}
	lines.push(',a');
	return lines.join('\n');
}

describe('profile of a text column', () => {
	it('matches numpy.histogram of the passage lengths and CountVectorizer top terms on the Austen sample', async () => {
		const parsed = await parseCsv(await openAsBlob(austenPath), { fileName: 'austen.csv' });
		const passage = byName(profileTable(parsed.table, parsed.meta), 'passage');
		expect(passage.kind).toBe('text');
		expect(passage.missingCount).toBe(parsed.table.rowCount - reference.presentCount);
		expectClose(passage.text?.lengthHistogram, reference.lengthHistogram, { digits: 9 });
		expect(passage.text?.topTerms).toEqual(reference.topTerms);
	});

	it('counts lengths of present values only, and terms after stop words, ties in order of appearance', async () => {
		const parsed = await parseText(smallCsv());
		const profile = profileTable(parsed.table, parsed.meta);
		const note = byName(profile, 'note');
		expect(note.kind).toBe('text');
		const histogram = note.text?.lengthHistogram;
		expect(histogram?.counts.reduce((a, b) => a + b, 0)).toBe(24);
		// "the parcel number 0 arrived late cheese cheese" (46) … "the parcel number 23 arrived late" (33).
		expect(histogram?.edges[0]).toBe(32);
		expect(histogram?.edges[20]).toBe(47);
		const top = note.text?.topTerms ?? [];
		expect(top).toHaveLength(15);
		// "arrived", "arrived late", "late", "number", "parcel", "parcel number" 24 times each, ties in
		// code-point order; then "cheese" 16 times ("the" is a stop word, "0".."9" are one-character tokens).
		expect(top.slice(0, 6)).toEqual([
			{ term: 'arrived', count: 24 },
			{ term: 'arrived late', count: 24 },
			{ term: 'late', count: 24 },
			{ term: 'number', count: 24 },
			{ term: 'parcel', count: 24 },
			{ term: 'parcel number', count: 24 }
		]);
		expect(top[6]).toEqual({ term: 'cheese', count: 16 });
	});

	it('adds nothing to categorical columns, and stays structured-clone safe', async () => {
		const parsed = await parseText(smallCsv());
		const profile = profileTable(parsed.table, parsed.meta);
		const group = byName(profile, 'group');
		expect(group.kind).toBe('categorical');
		expect(group.text?.lengthHistogram).toBeUndefined();
		expect(group.text?.topTerms).toBeUndefined();
		expect(structuredClone(profile)).toEqual(profile);
	});

	it('lists no stop words, even when they are nearly every word', async () => {
		const lines = ['note,n'];
		for (let i = 0; i < 30; i++) {
			lines.push(`"${'the and of to in a is it '.repeat((i % 5) + 1)}${'x'.repeat(i)}",${i}`);
		}
		const parsed = await parseText(lines.join('\n'));
		const note = byName(profileTable(parsed.table, parsed.meta), 'note');
		expect(note.kind).toBe('text');
		// Only the x-runs of two letters or more are tokens.
		expect(note.text?.topTerms?.map((t) => t.term)).not.toContain('the');
		expect(note.text?.topTerms?.every((t) => /^x+( x+)?$/.test(t.term))).toBe(true);
	});
});
