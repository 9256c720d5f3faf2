import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeFaroDb } from '$lib/storage';
import {
	createFakeEngine,
	createWebLlmDescriber,
	descriptionKey,
	readCachedDescriptions,
	withDescriptionCache,
	type Describer,
	type DescribeRow
} from '$lib/llm';

const rows: DescribeRow[] = Array.from({ length: 10 }, (_, i) => ({ id: String(i), values: { Age: 20 + i, Housing: 'own' } }));
const template: Describer = {
	describedBy: { describer: 'template', model: null, promptVersion: 't' },
	describe: async (rs) => rs.map((r) => ({ id: r.id, description: `T${r.id}` }))
};
const llm = (engine = createFakeEngine(), promptVersion = 'v1.en') =>
	createWebLlmDescriber({ engine, model: 'fake-model', prompt: '- Age: {{Age}}', promptVersion, language: 'en', fallback: template, batchSize: 4 });

afterEach(async () => {
	await closeFaroDb();
	indexedDB.deleteDatabase('faro');
});

describe('withDescriptionCache', () => {
	it('asks the engine only once: the second run is served from IndexedDB', async () => {
		const engine = createFakeEngine();
		const first = await withDescriptionCache(llm(engine), { chunkSize: 4 }).describe(rows);
		expect(engine.requests).toBe(3);
		const again = createFakeEngine();
		const phases: string[] = [];
		const second = await withDescriptionCache(llm(again)).describe(rows, { onProgress: (p) => phases.push(p.phase) });
		expect(again.requests).toBe(0);
		expect(second).toEqual(first);
		expect(phases).toContain('Describing (10 from cache)');
	});

	it('resumes a cancelled job where it stopped', async () => {
		const controller = new AbortController();
		const engine = createFakeEngine();
		const stopping: Describer = {
			describedBy: llm().describedBy,
			async describe(rs, work) {
				const out = await llm(engine).describe(rs, work);
				controller.abort(); // cancel after the first chunk is written
				return out;
			}
		};
		await expect(withDescriptionCache(stopping, { chunkSize: 4 }).describe(rows, { signal: controller.signal })).rejects.toMatchObject({ code: 'cancelled' });
		const resumed = createFakeEngine();
		await withDescriptionCache(llm(resumed), { chunkSize: 4 }).describe(rows);
		expect(resumed.requests).toBe(2); // rows 4..9 only, 4 per request
	});

	it('keys on model, prompt version and content, not on the row id; does not cache fallbacks', async () => {
		const by = llm().describedBy;
		const a = await descriptionKey(by, { id: '1', values: { Age: 20, Housing: 'own' } });
		expect(a).toMatch(/^[0-9a-f]{64}$/);
		expect(await descriptionKey(by, { id: '2', values: { Housing: 'own', Age: 20 } })).toBe(a);
		expect(await descriptionKey({ ...by, promptVersion: 'v1.es' }, { id: '1', values: { Age: 20, Housing: 'own' } })).not.toBe(a);
		expect(await descriptionKey({ ...by, model: 'other' }, { id: '1', values: { Age: 20, Housing: 'own' } })).not.toBe(a);

		const broken = createFakeEngine();
		broken.chat.completions.create = async () => ({ choices: [{ message: { content: 'nope' } }] });
		const out = await withDescriptionCache(llm(broken)).describe(rows.slice(0, 2));
		expect(out.every((d) => d.fallback)).toBe(true);
		const keys = await Promise.all(rows.slice(0, 2).map((r) => descriptionKey(by, r)));
		expect(await readCachedDescriptions(keys)).toEqual([undefined, undefined]);
	});
});
