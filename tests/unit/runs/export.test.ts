import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeFaroDb } from '$lib/storage';
import { exportRuns, parseRunsExport } from '$lib/runs/export';
import { importRuns, listRuns, putRun } from '$lib/runs/runs-db';
import type { RunRecord } from '$lib/runs/run-record';

const run = (id: string): RunRecord =>
	({
		schemaVersion: 1,
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
