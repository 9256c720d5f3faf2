import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeFaroDb } from '$lib/storage';
import {
	getRun,
	listRuns,
	markInterruptedRuns,
	putRun,
	updateRun,
	type RunRecord
} from '$lib/runs';

function run(id: string, status: RunRecord['status'], createdAt: string): RunRecord {
	return {
		schemaVersion: 1,
		id,
		name: id,
		createdAt,
		finishedAt: null,
		status,
		error: null,
		datasetId: 'd',
		dataset: { name: 'd.csv', fingerprint: 'x', rows: 10 },
		settings: {} as RunRecord['settings'],
		backend: null,
		durationMs: null,
		result: null,
		starred: false
	};
}

afterEach(async () => {
	await closeFaroDb();
	indexedDB.deleteDatabase('faro');
});

describe('run records', () => {
	it('marks runs left running by a closed tab as interrupted, and only those', async () => {
		await putRun(run('a', 'running', '2026-01-01T00:00:00Z'));
		await putRun(run('b', 'done', '2026-01-02T00:00:00Z'));
		expect(await markInterruptedRuns()).toBe(1);
		const a = await getRun('a');
		expect(a.status).toBe('interrupted');
		expect(a.error?.message).toMatch(/closed or reloaded/);
		expect((await getRun('b')).status).toBe('done');
		expect((await listRuns()).map((r) => r.id)).toEqual(['b', 'a']);
	});
	it('renames and stars a run', async () => {
		await putRun(run('a', 'done', '2026-01-01T00:00:00Z'));
		const updated = await updateRun('a', { name: 'baseline', starred: true });
		expect(updated).toMatchObject({ name: 'baseline', starred: true });
		expect(await getRun('a')).toMatchObject({ name: 'baseline', starred: true });
	});
});
