import { describe, expect, it } from 'vitest';
import { profileTable } from '$lib/data';
import {
	createFakeEngine,
	ENGINE_ERROR_TEXTS,
	loadFakeEngine,
	createTemplateDescriber,
	createWebLlmDescriber,
	defaultPrompt,
	replySchema,
	schemaLabelChoices,
	type ChatRequest,
	type DescribeRow,
	type LoadReport
} from '$lib/llm';
import { cat, num, table } from '../features/tables';

const ages = [30, 40, 50, 60, 70, 35, 45, 55, 65, 25, 33, 44];
const data = table(
	num('Age', ages),
	cat(
		'Housing',
		ages.map((_, i) => (i % 2 ? 'rent' : 'own'))
	)
);
const profile = profileTable(data, { fileName: 't.csv' });
const rows: DescribeRow[] = ages.map((age, i) => ({
	id: String(i),
	values: { Age: age, Housing: i % 2 ? 'rent' : 'own' }
}));

const request = (user: string, labels?: string[]): ChatRequest => ({
	messages: [
		{ role: 'system', content: 's' },
		{ role: 'user', content: user }
	],
	response_format: { type: 'json_object', schema: replySchema(labels) },
	temperature: 0,
	max_tokens: 100
});

function describer(engine: ReturnType<typeof createFakeEngine>, labelChoices?: string[]) {
	return createWebLlmDescriber({
		engine,
		model: 'fake',
		prompt: defaultPrompt('en', ['Age', 'Housing']),
		promptVersion: 'v1.en',
		language: 'en',
		fallback: createTemplateDescriber(profile, 'en'),
		labelChoices
	});
}

describe('createFakeEngine', () => {
	it('reads the label choices from the schema, none when the request asks for no label', () => {
		expect(schemaLabelChoices(request('', ['stable', 'risky']))).toEqual(['stable', 'risky']);
		expect(schemaLabelChoices(request(''))).toEqual([]);
		expect(
			schemaLabelChoices({ ...request(''), response_format: { type: 'json_object', schema: '{' } })
		).toEqual([]);
	});

	it('labels every row with one of the choices when asked', async () => {
		const out = await describer(createFakeEngine(), ['stable', 'risky']).describe(rows);
		expect(out.every((d) => d.label === 'stable' || d.label === 'risky')).toBe(true);
		expect(new Set(out.map((d) => d.label)).size).toBe(2);
		expect(out.some((d) => d.fallback)).toBe(false);
	});

	it('leaves out every nth row: those are retried, then written by the template and flagged', async () => {
		const engine = createFakeEngine({ omitEvery: 5 });
		const out = await describer(engine).describe(rows);
		expect(out.filter((d) => d.fallback).map((d) => d.id)).toEqual(['0', '5', '10']);
		expect(out[0].description).toBe('Age is 30, in the bottom quarter. Housing: own.'); // 2nd smallest of 12
		expect(out[1].description).toBe('Fake: Age: 40; Housing: rent');
		// 3 batches of 4, each holding one omitted row: 1 request + 2 retries each
		expect(engine.requests).toBe(9);
	});

	it('loses the device like web-llm: the request in flight, then every later one, with the real texts', async () => {
		const engine = createFakeEngine({
			failAfter: {
				requests: 1,
				message: ENGINE_ERROR_TEXTS.deviceLostReading,
				later: ENGINE_ERROR_TEXTS.modelUnloaded
			}
		});
		const ask = () => engine.chat.completions.create(request('Row 0\n- Age: 30'));
		await expect(ask()).resolves.toBeDefined();
		await expect(ask()).rejects.toBe(ENGINE_ERROR_TEXTS.deviceLostReading); // a string, as across web-llm's worker
		await expect(ask()).rejects.toBe(ENGINE_ERROR_TEXTS.modelUnloaded);
		await expect(ask()).rejects.toBe(ENGINE_ERROR_TEXTS.modelUnloaded);
	});

	it('a lost device stops the describer with llm-device-lost after the rows before it', async () => {
		const engine = createFakeEngine({
			failAfter: { requests: 1, message: ENGINE_ERROR_TEXTS.deviceLostReading }
		});
		await expect(describer(engine).describe(rows)).rejects.toMatchObject({
			code: 'llm-device-lost'
		});
		expect(engine.requests).toBe(2);
	});
});

describe('loadFakeEngine', () => {
	it("reports web-llm's download progress, then gives a working engine", async () => {
		const reports: LoadReport[] = [];
		const engine = await loadFakeEngine({}, (r) => reports.push(r));
		expect(reports.map((r) => r.progress)).toEqual([0, 0.25, 0.5, 0.75, 1]);
		expect(reports[1].text).toBe(
			'Fetching param cache[1/4]: 32MB fetched. 25% completed, 0 secs elapsed.'
		);
		const out = await describer(engine).describe(rows.slice(0, 2));
		expect(out.map((d) => d.description)).toEqual([
			'Fake: Age: 30; Housing: own',
			'Fake: Age: 40; Housing: rent'
		]);
	});

	it('breaks off after the given progress reports with the text web-llm rejects with', async () => {
		const reports: LoadReport[] = [];
		const loading = loadFakeEngine(
			{ loadError: { afterSteps: 2, message: ENGINE_ERROR_TEXTS.offline } },
			(r) => reports.push(r)
		);
		await expect(loading).rejects.toBe('TypeError: Failed to fetch');
		expect(reports).toHaveLength(2);
	});
});
