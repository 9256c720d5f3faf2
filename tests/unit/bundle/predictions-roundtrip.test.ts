/**
 * The predictions file carries the input through unchanged: each input column, re-read by papaparse and by
 * pandas, equals the input file's as pandas reads it (tests/fixtures/reference/predictions-roundtrip.json,
 * made by tests/fixtures/reference/scripts/predictions_roundtrip.py), except the cells the contract
 * neutralises, which come back with a `'` in front.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openAsBlob, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseBackend } from '$lib/models';
import { loadBundle, scoreCsv, type LoadedBundle } from '$lib/bundle';
import reference from '../../fixtures/reference/predictions-roundtrip.json';
import { FORMULA_RULE } from './formula-rule';

const fixture = (relative: string) =>
	fileURLToPath(new URL(`../../fixtures/${relative}`, import.meta.url));
const INPUT = fixture('csv/predictions-roundtrip.csv');
const COLUMNS = Object.keys(reference.columns) as (keyof typeof reference.columns)[];

let loaded: LoadedBundle;
let output: string;
beforeAll(async () => {
	await chooseBackend('cpu');
	loaded = await loadBundle(readFileSync(fixture('bundles/valid-small.json'), 'utf8'));
	const chunks: string[] = [];
	for (const sliceBytes of [7, undefined]) {
		chunks.length = 0;
		await scoreCsv(loaded, await openAsBlob(INPUT), {
			sliceBytes,
			onRows: (t) => void chunks.push(t)
		});
		if (sliceBytes === 7) output = chunks.join('');
		else expect(chunks.join('')).toBe(output);
	}
});
afterAll(() => loaded.dispose());

/** What the contract says a cell becomes in the predictions file. */
const written = (cell: string): string => (FORMULA_RULE.test(cell) ? `'${cell}` : cell);

function expectInputColumns(read: Record<string, string[]>): void {
	for (const name of COLUMNS) {
		const expected = reference.columns[name].map(written);
		expect(read[name], name).toEqual(expected);
	}
	// The Note column holds every kind of cell once: these are the ones a spreadsheet would run.
	expect(reference.columns.Note.filter((cell) => FORMULA_RULE.test(cell))).toEqual([
		'+57 300 1234567',
		'-1+2',
		'=SUM(A1)',
		'@x',
		'\tTAB',
		'\rCR',
		'-',
		'=1\n2'
	]);
}

describe('the predictions file, read back', () => {
	it('gives every input column as written when papaparse reads it', () => {
		const rows = Papa.parse<string[]>(output.trimEnd(), { delimiter: ',', newline: '\n' }).data;
		const [header, ...body] = rows;
		expect(header.slice(0, COLUMNS.length)).toEqual(COLUMNS);
		expect(header.slice(COLUMNS.length)).toEqual(['prediction', 'prob_bad', 'prob_good']);
		const read = Object.fromEntries(COLUMNS.map((name, c) => [name, body.map((row) => row[c])]));
		expectInputColumns(read);
		// Plain numbers are not formulas: written byte for byte.
		expect(output).toContain(',6,-2,');
		expect(output).toContain(',+573001234567,');
	});

	const python = spawnSync('/usr/bin/python3', ['-c', 'import pandas'], { encoding: 'utf8' });
	it.skipIf(python.status !== 0)('gives every input column as written when pandas reads it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'faro-roundtrip-'));
		const path = join(dir, 'predictions.csv');
		writeFileSync(path, output);
		const script =
			'import sys, json, pandas\n' +
			'f = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False)\n' +
			'print(json.dumps({c: f[c].tolist() for c in f.columns}))';
		const run = spawnSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		expectInputColumns(JSON.parse(run.stdout));
	});
});
