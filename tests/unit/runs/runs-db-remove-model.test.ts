import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeFaroDb } from '$lib/storage';
import {
	exportRuns,
	getRun,
	listRuns,
	parseRunsExport,
	putRun,
	removeRunModel,
	summarizeRun,
	type RunRecord,
	type RunResult
} from '$lib/runs';
import { writeRunBundle } from '$lib/bundle/write-bundle';
import { FaroError } from '$lib/shared/errors';

/** A TF.js layers model as runs store it: topology, weight specs, base64 weights (12 bytes → 16 chars). */
const MODEL = {
	modelTopology: { class_name: 'Sequential', config: { name: 'mlp', layers: [] } },
	weightSpecs: [{ name: 'dense/kernel', shape: [3, 1], dtype: 'float32' }],
	weightData: 'AAAAAAAAAAAAAAAA'
};

function doneRun(id: string): RunRecord {
	const result = {
		labels: ['bad', 'good'],
		positiveLabel: 'bad',
		threshold: 0.4,
		metrics: { accuracy: 0.75, rocAuc: 0.8 },
		recipe: { inputs: ['Age'], dense: [] },
		model: structuredClone(MODEL),
		history: [{ epoch: 0, loss: 0.6 }]
	} as unknown as RunResult;
	return {
		schemaVersion: 1,
		id,
		name: `run ${id}`,
		createdAt: '2026-01-01T00:00:00Z',
		finishedAt: '2026-01-01T00:01:00Z',
		status: 'done',
		error: null,
		datasetId: 'd',
		dataset: { name: 'd.csv', fingerprint: 'x', rows: 10 },
		settings: { target: 'Risk', seed: 1, columns: [] } as unknown as RunRecord['settings'],
		backend: { name: 'cpu', reason: 'test' },
		durationMs: 60_000,
		result,
		starred: true
	};
}

afterEach(async () => {
	await closeFaroDb();
	indexedDB.deleteDatabase('faro');
});

describe('removeRunModel', () => {
	it("drops the run's model and keeps its metrics, recipe, curves and settings", async () => {
		const original = doneRun('a');
		await putRun(original);
		const updated = await removeRunModel('a', new Date('2026-02-03T04:05:06Z'));
		expect(updated.result?.model).toBeNull();
		expect(updated.modelRemoved).toEqual({
			at: '2026-02-03T04:05:06.000Z',
			sizeBytes: JSON.stringify(MODEL).length
		});
		const stored = await getRun('a');
		expect(stored).toEqual(updated);
		const { model: _removed, ...kept } = original.result as RunResult;
		expect(stored.result).toEqual({ ...kept, model: null });
		expect(stored).toMatchObject({ name: 'run a', status: 'done', starred: true });
	});

	it('reports the model size in the run summary, and none once removed', async () => {
		await putRun(doneRun('a'));
		await putRun({ ...doneRun('b'), createdAt: '2025-12-31T00:00:00Z' });
		expect(summarizeRun(await getRun('a')).modelSizeBytes).toBe(JSON.stringify(MODEL).length);
		await removeRunModel('a');
		const summaries = (await listRuns()).map(summarizeRun);
		expect(summaries.map((s) => [s.id, s.modelSizeBytes])).toEqual([
			['a', null],
			['b', JSON.stringify(MODEL).length]
		]);
		expect(summaries[0].metrics).toEqual({ accuracy: 0.75, rocAuc: 0.8 });
	});

	it('counts the model size in UTF-8 bytes', async () => {
		const run = doneRun('a');
		(run.result?.model as { modelTopology: unknown }).modelTopology = { name: 'ñ' };
		await putRun(run);
		const json = JSON.stringify(run.result?.model);
		expect(summarizeRun(run).modelSizeBytes).toBe(json.length + 1);
	});

	it('leaves a run whose model is already removed as it is', async () => {
		await putRun(doneRun('a'));
		const first = await removeRunModel('a', new Date('2026-02-03T00:00:00Z'));
		const second = await removeRunModel('a', new Date('2026-03-03T00:00:00Z'));
		expect(second).toEqual(first);
		expect((await getRun('a')).modelRemoved?.at).toBe('2026-02-03T00:00:00.000Z');
	});

	it('refuses a run without a model (not finished) and a run that is gone', async () => {
		await putRun({ ...doneRun('a'), status: 'failed', result: null });
		const failed = await removeRunModel('a').catch((err: unknown) => err);
		expect(failed).toBeInstanceOf(FaroError);
		expect((failed as FaroError).code).toBe('settings-invalid');
		expect((failed as FaroError).message).toBe(
			'The run "run a" has no model to remove: it is failed.'
		);
		const gone = await removeRunModel('nope').catch((err: unknown) => err);
		expect((gone as FaroError).message).toBe('Run nope is no longer stored.');
	});

	it('makes the bundle download fail with a message saying the model was removed', async () => {
		await putRun(doneRun('a'));
		expect(writeRunBundle(await getRun('a')).model).toEqual(MODEL);
		const run = await removeRunModel('a');
		const error = (() => {
			try {
				writeRunBundle(run);
			} catch (err) {
				return err;
			}
		})();
		expect(error).toBeInstanceOf(FaroError);
		expect((error as FaroError).code).toBe('settings-invalid');
		expect((error as FaroError).message).toBe(
			'The model of the run "run a" was removed to free space.'
		);
	});

	it('exports and imports a run without its model', async () => {
		await putRun(doneRun('a'));
		const run = await removeRunModel('a');
		const [imported] = parseRunsExport(exportRuns([run]));
		expect(imported).toEqual(run);
	});
});
