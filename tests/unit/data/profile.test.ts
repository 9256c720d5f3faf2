import { describe, expect, it } from 'vitest';
import {
	classBalance,
	histogram,
	profileTable,
	quantileSorted,
	suggestTarget,
	type ColumnProfile,
	type DatasetProfile
} from '$lib/data';
import reference from '../../fixtures/reference/profile-german-credit.json';
import { expectClose } from '../helpers/expect-close';
import { parseFixture, parseText } from './read-fixture';

const byName = (profile: DatasetProfile, name: string): ColumnProfile => {
	const found = profile.columns.find((c) => c.name === name);
	if (!found) throw new Error(`no column ${name}`);
	return found;
};

async function germanProfile() {
	const parsed = await parseFixture('csv/german_credit.csv');
	return { parsed, profile: profileTable(parsed.table, parsed.meta) };
}

describe('profileTable on German credit', () => {
	it('matches pandas describe() and numpy.histogram for every numeric column', async () => {
		const { profile } = await germanProfile();
		for (const [name, expected] of Object.entries(reference.numeric)) {
			expectClose(byName(profile, name).numeric, expected, { digits: 9, path: name });
		}
	});

	it('matches pandas missing counts, nunique and value_counts', async () => {
		const { profile } = await germanProfile();
		expect(profile.columns.map((c) => c.name)).toEqual(reference.columns);
		for (const column of profile.columns) {
			expect(column.missingCount, column.name).toBe(
				reference.missing[column.name as keyof typeof reference.missing]
			);
			expect(column.distinctCount, column.name).toBe(
				reference.distinct[column.name as keyof typeof reference.distinct]
			);
		}
		for (const [name, { levels }] of Object.entries(reference.categorical)) {
			const top = byName(profile, name).categories?.top ?? [];
			expect(Object.fromEntries(top.map((t) => [t.label, t.count])), name).toEqual(levels);
		}
		expect(byName(profile, 'Saving accounts').missingFraction).toBe(0.183);
	});

	it('infers kinds and roles: the index is an id, Job stays numeric, Risk and Sex are booleans or categories', async () => {
		const { profile } = await germanProfile();
		const kinds = Object.fromEntries(profile.columns.map((c) => [c.name, c.kind]));
		expect(kinds).toEqual({
			row: 'id',
			Age: 'numeric',
			Sex: 'categorical',
			Job: 'numeric',
			Housing: 'categorical',
			'Saving accounts': 'categorical',
			'Checking account': 'categorical',
			'Credit amount': 'numeric',
			Duration: 'numeric',
			Purpose: 'categorical',
			Risk: 'categorical'
		});
		expect(byName(profile, 'row').suggestedRole).toBe('id');
		expect(byName(profile, 'row').warnings.map((w) => w.code)).toEqual(['id-like']);
		expect(profile.warnings.map((w) => w.code)).toEqual(['index-column']);
		expect(suggestTarget(profile)).toBe('Risk');
	});

	it('is plain data that survives structuredClone', async () => {
		const { profile } = await germanProfile();
		expect(structuredClone(profile)).toEqual(profile);
	});

	it('counts classes with classBalance', async () => {
		const { parsed } = await germanProfile();
		expect(classBalance(parsed.table, 'Risk')).toEqual([
			{ label: 'good', count: 700 },
			{ label: 'bad', count: 300 }
		]);
		expect(classBalance(parsed.table, 'Job')).toEqual([
			{ label: '2', count: 630 },
			{ label: '1', count: 200 },
			{ label: '3', count: 148 },
			{ label: '0', count: 22 }
		]);
	});
});

describe('profile heuristics', () => {
	it('flags constant, all-missing and mostly-missing columns', async () => {
		const rows = Array.from({ length: 30 }, (_, i) => `${i % 4},same,,${i < 20 ? '' : i}`).join(
			'\n'
		);
		const parsed = await parseText(`a,constant,empty,sparse\n${rows}\n`);
		const profile = profileTable(parsed.table, parsed.meta);
		expect(byName(profile, 'constant').kind).toBe('constant');
		expect(byName(profile, 'constant').suggestedRole).toBe('ignore');
		expect(byName(profile, 'constant').warnings.map((w) => w.code)).toEqual(['constant']);
		expect(byName(profile, 'empty').warnings.map((w) => w.code)).toEqual(['all-missing']);
		expect(byName(profile, 'empty').missingFraction).toBe(1);
		expect(byName(profile, 'sparse').warnings.map((w) => w.code)).toEqual(['mostly-missing']);
	});

	it('tells text from high-cardinality categories and ids', async () => {
		const rows = Array.from(
			{ length: 60 },
			(_, i) =>
				`C-${1000 + i},code ${i},the client number ${i} called twice about a late card,${i % 2 ? 'yes' : 'no'},${i % 2}`
		).join('\n');
		const parsed = await parseText(`customer,code,note,vip,churn\n${rows}\n`);
		const profile = profileTable(parsed.table, parsed.meta);
		expect(byName(profile, 'customer').kind).toBe('id');
		expect(byName(profile, 'note').kind).toBe('text');
		expect(byName(profile, 'note').text?.minLength).toBe(50); // "the client number 0 called twice about a late card"
		expect(byName(profile, 'vip').kind).toBe('boolean');
		expect(byName(profile, 'churn').kind).toBe('boolean');
		expect(suggestTarget(profile)).toBe('churn');
		const code = byName(profile, 'code');
		expect(code.kind).toBe('id');
		expect(code.warnings.map((w) => w.code)).toContain('id-like');
	});

	it('warns about a categorical column with more than 50 levels', async () => {
		const rows = Array.from({ length: 200 }, (_, i) => `${i % 60},city${i % 60}`).join('\n');
		const parsed = await parseText(`n,city\n${rows}\n`);
		const profile = profileTable(parsed.table, parsed.meta);
		expect(byName(profile, 'city').kind).toBe('categorical');
		expect(byName(profile, 'city').warnings.map((w) => w.code)).toEqual(['high-cardinality']);
		expect(byName(profile, 'city').categories?.top).toHaveLength(10);
		expect(byName(profile, 'city').categories?.otherCount).toBe(200 - 40);
		expect(byName(profile, 'n').kind).toBe('numeric');
	});

	it('falls back to the last suitable column as target, or null', async () => {
		const parsed = await parseText('x,colour,size\n1.5,red,S\n2.5,blue,M\n3.5,red,L\n');
		expect(suggestTarget(profileTable(parsed.table, parsed.meta))).toBe('size');
		const continuous = Array.from({ length: 12 }, (_, i) => `${i + 0.5},${i * 1.25}`).join('\n');
		const numeric = await parseText(`x,y2\n${continuous}\n`);
		expect(suggestTarget(profileTable(numeric.table, numeric.meta))).toBeNull();
	});
});

describe('statistics, hand-checked', () => {
	it('interpolates quartiles linearly like numpy', () => {
		const sorted = Float64Array.from([1, 2, 3, 4]);
		expect(quantileSorted(sorted, 0.25)).toBe(1.75);
		expect(quantileSorted(sorted, 0.5)).toBe(2.5);
		expect(quantileSorted(Float64Array.from([7]), 0.75)).toBe(7);
		expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
	});

	it('bins like numpy.histogram: last bin closed, constant values centred', () => {
		expect(histogram(Float64Array.from([0, 1, 2, 3, 4]), 4)).toEqual({
			edges: [0, 1, 2, 3, 4],
			counts: [1, 1, 1, 2]
		});
		expect(histogram(Float64Array.from([5, 5]), 2)).toEqual({
			edges: [4.5, 5, 5.5],
			counts: [0, 2]
		});
	});
});
