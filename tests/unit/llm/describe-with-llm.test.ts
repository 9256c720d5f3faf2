import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeFaroDb, defaultSettings, listDatasets, loadTable, saveDataset, type DatasetRecord } from '$lib/storage';
import {
	createFakeEngine,
	defaultPrompt,
	describableColumns,
	describeWithLlm,
	ENGINE_ERROR_TEXTS,
	loadFakeEngine,
	loadWebLlmEngine,
	stoppedAtOf,
	type FakeEngineOptions,
	type LlmChoice,
	type StartEngine,
	type WebLlmLike
} from '$lib/llm';
import type { FaroError } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import { loadGermanCredit } from './german-credit';

afterEach(async () => {
	await closeFaroDb();
	indexedDB.deleteDatabase('faro');
});

/** The first `rows` rows of German credit, stored as dataset `src`. */
async function storeGermanCredit(rows = 120): Promise<DatasetRecord> {
	const full = await loadGermanCredit();
	const table = {
		rowCount: rows,
		columns: full.table.columns.map((c) =>
			c.storage === 'number'
				? { ...c, values: c.values.slice(0, rows) }
				: c.storage === 'category'
					? { ...c, codes: c.codes.slice(0, rows) }
					: { ...c, values: c.values.slice(0, rows) }
		)
	} as typeof full.table;
	const record: DatasetRecord = {
		id: 'src',
		name: 'german-credit.csv',
		createdAt: '2024-01-01T00:00:00.000Z',
		fingerprint: 'a'.repeat(64),
		meta: { fileName: 'german-credit.csv', sizeBytes: 1, encoding: 'utf-8', delimiter: ',', decimalComma: false, rowCount: rows, columnCount: table.columns.length, renamedHeaders: [], indexColumn: null, skippedRows: 0, paddedRows: 0, durationMs: 1 } as DatasetRecord['meta'],
		profile: full.profile,
		preview: [],
		settings: defaultSettings(full.profile, 'Risk')
	};
	await saveDataset(record, table);
	return record;
}

const choiceFor = (source: DatasetRecord, labelChoices?: string[]): LlmChoice => ({
	model: { id: 'fake-model', vramMb: 1, downloadMb: 100, downloadEstimated: false, needsShaderF16: false, hosts: [] },
	prompt: defaultPrompt('en', describableColumns(source)),
	promptVersion: 'v-test.en',
	labelChoices
});

/** A fake engine starter that records what happened to the engines it made. */
function fakeStarter(options: FakeEngineOptions = {}) {
	const log = { started: 0, unloaded: 0, requests: 0 };
	const start: StartEngine = async (_choice, onLoading) => {
		const engine = await loadFakeEngine(options, (r) => onLoading({ phase: r.text, done: r.progress, total: 1 }));
		log.started++;
		return {
			engine: { chat: { completions: { create: (request) => (log.requests++, engine.chat.completions.create(request)) } } },
			unload: async () => void log.unloaded++
		};
	};
	return { start, log };
}

describe('describeWithLlm (the LLM worker’s job)', () => {
	it('describes every row, stores a new dataset with labels, reports loading and rows, and frees the engine', async () => {
		const source = await storeGermanCredit();
		const { start, log } = fakeStarter();
		const loading: (Progress | null)[] = [];
		const rows: Progress[] = [];
		const { record, summary } = await describeWithLlm({ datasetId: 'src', language: 'en', choice: choiceFor(source, ['stable', 'risky']) }, start, {
			onLoading: (p) => loading.push(p),
			onProgress: (p) => rows.push(p)
		});
		expect(summary).toEqual({ rows: 120, fromCache: 0, fallbacks: 0, labelled: 120 });
		expect(record.name).toBe('german-credit.csv + LLM descriptions (fake-model)');
		expect(record.describedBy).toMatchObject({ describer: 'web-llm', model: 'fake-model', fallbackCount: 0 });
		expect(loading.length).toBeGreaterThan(1);
		expect(loading.at(-1)).toBeNull(); // loaded: the page hides the download bar
		expect(rows.at(-1)?.phase).toBe('Saving in the browser');
		expect(log).toMatchObject({ started: 1, unloaded: 1 });

		const table = await loadTable(record.id);
		const description = table.columns.find((c) => c.name === 'description');
		const label = table.columns.find((c) => c.name === 'llm_label');
		if (description?.storage !== 'text' || label?.storage !== 'category') throw new Error('columns missing');
		expect(description.values).toHaveLength(120);
		expect(description.values.every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
		expect(label.levels.every((l) => ['stable', 'risky'].includes(l))).toBe(true);
		expect((await loadTable('src')).columns).toHaveLength(source.meta.columnCount); // the source is untouched
	});

	it('serves a rerun from the cache (asking the model nothing), but not the rows the template stood in for', async () => {
		const source = await storeGermanCredit();
		const job = { datasetId: 'src', language: 'en' as const, choice: choiceFor(source) };
		const first = fakeStarter({ omitEvery: 10 });
		const made = await describeWithLlm(job, first.start);
		expect(made.summary).toEqual({ rows: 120, fromCache: 0, fallbacks: 12, labelled: 0 });
		expect(made.record.describedBy?.fallbackCount).toBe(12);

		const again = fakeStarter();
		const rerun = await describeWithLlm(job, again.start);
		expect(rerun.summary).toEqual({ rows: 120, fromCache: 108, fallbacks: 0, labelled: 0 });
		expect(again.log.requests).toBeGreaterThan(0); // only the 12 fallback rows went to the model
		expect((await listDatasets()).map((d) => d.id)).toHaveLength(3);
	});

	it('cancelled mid-job: stops, stores nothing, frees the engine, and keeps what it described for a resume', async () => {
		const source = await storeGermanCredit();
		const job = { datasetId: 'src', language: 'en' as const, choice: choiceFor(source) };
		const controller = new AbortController();
		const { start, log } = fakeStarter({ delayMs: 1 });
		await expect(
			describeWithLlm(job, start, {
				signal: controller.signal,
				onProgress: (p) => {
					if (p.done >= 32) controller.abort();
				}
			})
		).rejects.toMatchObject({ code: 'cancelled' });
		expect(log.unloaded).toBe(1);
		expect(await listDatasets()).toHaveLength(1);

		const resumed = await describeWithLlm(job, fakeStarter().start);
		expect(resumed.summary.fromCache).toBeGreaterThanOrEqual(32);
	});

	it('a failed load or a lost device ends the job with the engine’s error and stores nothing', async () => {
		const source = await storeGermanCredit();
		const job = { datasetId: 'src', language: 'en' as const, choice: choiceFor(source) };
		const unreachable: StartEngine = () => Promise.reject(new Error('the model host did not answer'));
		await expect(describeWithLlm(job, unreachable)).rejects.toThrow('the model host did not answer');
		const early = fakeStarter({ failAfter: { requests: 0, message: ENGINE_ERROR_TEXTS.deviceLostReading } });
		expect(stoppedAtOf((await describeWithLlm(job, early.start).catch((err) => err)) as FaroError)).toBeNull();
		// 8 requests of 4 rows answered before the loss: 32 rows, cached in chunks of 16
		const lost = fakeStarter({ failAfter: { requests: 8, message: ENGINE_ERROR_TEXTS.deviceLostReading, later: ENGINE_ERROR_TEXTS.modelUnloaded } });
		const error = await describeWithLlm(job, lost.start).catch((err: FaroError) => err);
		expect(error).toMatchObject({ code: 'llm-device-lost' });
		// the error says where it stopped (the page may get the last progress after the failure)
		expect(stoppedAtOf(error as FaroError)).toEqual({ done: 32, total: 120 });
		expect(lost.log.unloaded).toBe(1);
		expect(await listDatasets()).toHaveLength(1);
		await expect(describeWithLlm({ ...job, datasetId: 'gone' }, fakeStarter().start)).rejects.toMatchObject({ code: 'dataset-not-found' });
	});
});

describe('loadWebLlmEngine', () => {
	const hardware = { requestAdapter: async () => ({ features: { has: () => false }, info: { vendor: 'acme' } }) };
	const fakeWebLlm = (create: WebLlmLike['CreateMLCEngine']): WebLlmLike => ({ prebuiltAppConfig: { model_list: [{ model_id: 'prebuilt' } as never] }, CreateMLCEngine: create });
	const source = { modelId: 'm', downloadMb: 200 };

	it('says why before anything downloads when this thread has no WebGPU or only a fallback adapter', async () => {
		const create = () => Promise.reject(new Error('must not be called'));
		await expect(loadWebLlmEngine(fakeWebLlm(create), undefined, source, () => {})).rejects.toMatchObject({
			code: 'webgpu-unavailable',
			message: expect.stringContaining('This browser has no WebGPU')
		});
		const fallback = { requestAdapter: async () => ({ features: { has: () => false }, isFallbackAdapter: true }) };
		await expect(loadWebLlmEngine(fakeWebLlm(create), fallback, source, () => {})).rejects.toMatchObject({ code: 'webgpu-unavailable' });
	});

	it('starts web-llm with progress in bytes, a custom model first in the list, and unloads it', async () => {
		let config: Parameters<WebLlmLike['CreateMLCEngine']>[1] | undefined;
		let unloaded = false;
		const engine = createFakeEngine();
		const create: WebLlmLike['CreateMLCEngine'] = async (_id, c) => {
			config = c;
			c.initProgressCallback({ progress: 0.5, text: 'Fetching param cache[2/4]' });
			return { ...engine, unload: async () => void (unloaded = true) };
		};
		const progress: Progress[] = [];
		const custom = { model: 'https://models.example/x', model_id: 'custom-x', model_lib: 'https://models.example/x.wasm' };
		const loaded = await loadWebLlmEngine(fakeWebLlm(create), hardware, { ...source, custom }, (p) => progress.push(p));
		expect(progress).toEqual([{ phase: 'Fetching param cache[2/4]', done: 100e6, total: 200e6 }]);
		expect(config?.appConfig?.model_list.map((m) => m.model_id)).toEqual(['custom-x', 'prebuilt']);
		await loaded.unload();
		expect(unloaded).toBe(true);
	});

	it('classifies what web-llm rejects with (files unreachable)', async () => {
		const create = () => Promise.reject(new TypeError('Failed to fetch'));
		await expect(loadWebLlmEngine(fakeWebLlm(create), hardware, source, () => {})).rejects.toMatchObject({ code: 'llm-unreachable' });
	});
});
