import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { closeFaroDb } from '$lib/storage';
import { exportRuns, parseRunsExport } from '$lib/runs/export';
import { getRun, importRuns, listRuns, putRun } from '$lib/runs/runs-db';
import { RUN_SCHEMA_VERSION, type RunRecord } from '$lib/runs/run-record';
import { atSchema2 } from '../helpers/run-schema';

/** An export file written before the search record moved (tests/fixtures/db/make-runs-v3.ts): one search run. */
const OLD_EXPORT = readFileSync(
	new URL('../../fixtures/db/runs-export-v3.json', import.meta.url),
	'utf8'
);

const run = (id: string): RunRecord =>
	({
		schemaVersion: RUN_SCHEMA_VERSION,
		id,
		name: `run ${id}`,
		createdAt: `2026-01-0${id}T00:00:00Z`,
		finishedAt: null,
		status: 'failed',
		error: { code: 'internal', message: 'x' },
		datasetId: 'd',
		dataset: { name: 'd.csv', fingerprint: 'f', rows: 3 },
		settings: { target: 'y' },
		backend: null,
		durationMs: 1,
		result: null,
		starred: false
	}) as unknown as RunRecord;

afterEach(async () => {
	await closeFaroDb();
	indexedDB.deleteDatabase('faro');
});

describe('runs export and import', () => {
	it('round-trips runs through the export file and skips runs already stored', async () => {
		const text = exportRuns([run('1'), run('2')], new Date('2026-02-01T00:00:00Z'));
		expect(JSON.parse(text)).toMatchObject({
			format: 'faro-runs',
			version: 1,
			exportedAt: '2026-02-01T00:00:00.000Z'
		});
		const parsed = parseRunsExport(text);
		expect(parsed).toEqual([run('1'), run('2')]);
		await putRun(run('1'));
		expect(await importRuns(parsed)).toEqual({ added: 1, skipped: 1 });
		expect((await listRuns()).map((r) => r.id)).toEqual(['2', '1']);
	});
	it('imports an export written before the search record moved, with the search on the run', async () => {
		const [before] = JSON.parse(OLD_EXPORT).runs as RunRecord[];
		expect(before.schemaVersion).toBe(1);
		const [parsed] = parseRunsExport(OLD_EXPORT, 'old.json');
		expect(parsed).toEqual(atSchema2(before));
		expect(parsed.search?.trials).toHaveLength(6);
		expect('search' in parsed.settings).toBe(false);
		expect(await importRuns([parsed])).toEqual({ added: 1, skipped: 0 });
		expect(await getRun(parsed.id)).toEqual(parsed);
	});
	it('writes the search on the run record, and reads it back unchanged', () => {
		const [parsed] = parseRunsExport(OLD_EXPORT);
		const written = JSON.parse(exportRuns([parsed])).runs[0];
		expect(written.search).toEqual(parsed.search);
		expect(written.settings.search).toBeUndefined();
		expect(parseRunsExport(exportRuns([parsed]))).toEqual([parsed]);
	});
	it('names what is wrong with a file that is not an export', () => {
		const code = (text: string) => {
			try {
				parseRunsExport(text, 'x.json');
				return 'no error';
			} catch (err) {
				return `${(err as { code: string }).code}: ${(err as Error).message}`;
			}
		};
		expect(code('{')).toBe(
			'runs-import-invalid: x.json is not a Faro runs export: it is not JSON.'
		);
		expect(code('{"format":"faro-model"}')).toMatch(/"format" is not "faro-runs"/);
		expect(code('{"format":"faro-runs","version":9,"runs":[]}')).toMatch(
			/newer Faro \(version 9\)/
		);
		expect(code('{"format":"faro-runs","version":1,"runs":[{"id":"a"}]}')).toMatch(
			/run 1 has no "name"/
		);
		const done = { ...run('1'), status: 'done' };
		expect(code(JSON.stringify({ format: 'faro-runs', version: 1, runs: [done] }))).toMatch(
			/marked done but has no result/
		);
	});
});
