import { describe, expect, it } from 'vitest';
import { profileTable } from '$lib/data';
import {
	createFakeEngine,
	createTemplateDescriber,
	createWebLlmDescriber,
	defaultPrompt,
	replySchema,
	schemaLabelChoices,
	type ChatRequest,
	type DescribeRow
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

	it('fails like a real engine after the given number of requests', async () => {
		const engine = createFakeEngine({
			failAfter: { requests: 1, message: 'DeviceLostError: the WebGPU device was lost' }
		});
		await expect(describer(engine).describe(rows)).rejects.toMatchObject({
			code: 'llm-device-lost'
		});
		expect(engine.requests).toBe(2);
	});
});
