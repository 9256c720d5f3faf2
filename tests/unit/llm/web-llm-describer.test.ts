import { describe, expect, it } from 'vitest';
import { profileTable } from '$lib/data';
import {
	createFakeEngine,
	createTemplateDescriber,
	createWebLlmDescriber,
	defaultPrompt,
	ENGINE_ERROR_TEXTS,
	splitBatch,
	type ChatEngine,
	type ChatRequest,
	type DescribeRow
} from '$lib/llm';
import type { Progress } from '$lib/shared/progress';
import { cat, num, table } from '../features/tables';

const data = table(
	num('Age', [30, 40, 50, 60, 70, 35]),
	cat('Housing', ['own', 'rent', 'own', 'free', 'own', 'rent'])
);
const profile = profileTable(data, { fileName: 't.csv' });
const rows: DescribeRow[] = [30, 40, 50, 60, 70, 35].map((age, i) => ({
	id: String(i),
	values: { Age: age, Housing: i % 2 ? 'rent' : 'own' }
}));
const prompt = defaultPrompt('en', ['Age', 'Housing']);

/** An engine that answers with `script(requestIndex, ids)` and records what it was asked. */
function scripted(script: (call: number, ids: string[]) => string | Error | Promise<string>) {
	const asked: string[][] = [];
	const engine: ChatEngine = {
		chat: {
			completions: {
				async create(request: ChatRequest) {
					const ids = splitBatch(request.messages[1].content).map((b) => b.id);
					asked.push(ids);
					const answer = await script(asked.length - 1, ids);
					if (answer instanceof Error) throw answer;
					return { choices: [{ message: { content: answer } }] };
				}
			}
		}
	};
	return { engine, asked };
}

const reply = (ids: string[]) =>
	JSON.stringify({ rows: ids.map((id) => ({ id, description: `Row ${id} described.` })) });

function describer(engine: ChatEngine, extra: { batchSize?: number; maxAttempts?: number } = {}) {
	return createWebLlmDescriber({
		engine,
		model: 'SmolLM2-360M-Instruct-q4f16_1-MLC',
		prompt,
		promptVersion: 'v1.en',
		language: 'en',
		fallback: createTemplateDescriber(profile, 'en'),
		...extra
	});
}

describe('createWebLlmDescriber', () => {
	it('sends several rows per request with the JSON schema, and keeps the input order', async () => {
		const seen: ChatRequest[] = [];
		const { engine, asked } = scripted((_c, ids) =>
			JSON.stringify({ rows: [...ids].reverse().map((id) => ({ id, description: `D${id}` })) })
		);
		const spy: ChatEngine = {
			chat: { completions: { create: (r) => (seen.push(r), engine.chat.completions.create(r)) } }
		};
		const out = await describer(spy, { batchSize: 4 }).describe(rows);
		expect(asked).toEqual([
			['0', '1', '2', '3'],
			['4', '5']
		]);
		expect(out.map((d) => d.description)).toEqual(['D0', 'D1', 'D2', 'D3', 'D4', 'D5']);
		expect(out.every((d) => !d.fallback)).toBe(true);
		expect(seen[0]).toMatchObject({
			response_format: { type: 'json_object' },
			temperature: 0,
			stream: false
		});
		expect(seen[0].messages[1].content).toContain('Row 0\nDescribe this client');
		expect(seen[0].messages[1].content).toContain('- Age: 30\n- Housing: own');
	});

	it('asks again only for the rows that came back missing or malformed', async () => {
		const { engine, asked } = scripted((call, ids) =>
			call === 0
				? JSON.stringify({
						rows: [
							{ id: '0', description: 'Zero.' },
							{ id: '1', description: '' }
						]
					})
				: reply(ids)
		);
		const out = await describer(engine, { batchSize: 3 }).describe(rows.slice(0, 3));
		expect(asked).toEqual([
			['0', '1', '2'],
			['1', '2']
		]);
		expect(out.map((d) => d.description)).toEqual([
			'Zero.',
			'Row 1 described.',
			'Row 2 described.'
		]);
	});

	it('falls back to the template sentence, flagged, after the bounded retries', async () => {
		const { engine, asked } = scripted((call) =>
			call % 2 ? 'not json' : new Error('grammar matcher failed')
		);
		const out = await describer(engine, { batchSize: 2, maxAttempts: 3 }).describe(
			rows.slice(0, 2)
		);
		expect(asked).toHaveLength(3);
		expect(out).toEqual([
			{ id: '0', description: 'Age is 30, in the bottom 10%. Housing: own.', fallback: true },
			{ id: '1', description: 'Age is 40, below the median. Housing: rent.', fallback: true }
		]);
	});

	it('stops with a clear FaroError on failures a retry cannot fix', async () => {
		// As web-llm's worker engine rejects: with the error's string (engine-errors.test.ts has every text).
		const cases: [string, string][] = [
			[ENGINE_ERROR_TEXTS.offline, 'llm-unreachable'],
			[ENGINE_ERROR_TEXTS.deviceLostLoading, 'llm-out-of-memory'],
			[ENGINE_ERROR_TEXTS.deviceLostReading, 'llm-device-lost'],
			[ENGINE_ERROR_TEXTS.modelUnloaded, 'llm-device-lost'],
			[ENGINE_ERROR_TEXTS.noWebGpu, 'webgpu-unavailable']
		];
		for (const [text, code] of cases) {
			const { engine, asked } = scripted(() => Promise.reject(text));
			await expect(describer(engine).describe(rows)).rejects.toMatchObject({ code });
			expect(asked).toHaveLength(1);
		}
	});

	it('cancels a slow answer at once and interrupts the generation', async () => {
		const fake = createFakeEngine({ delayMs: 10_000 });
		let interrupted = 0;
		const engine: ChatEngine = { chat: fake.chat, interruptGenerate: () => interrupted++ };
		const controller = new AbortController();
		const job = describer(engine).describe(rows, { signal: controller.signal });
		setTimeout(() => controller.abort(), 20);
		await expect(job).rejects.toMatchObject({ code: 'cancelled' });
		expect(interrupted).toBe(1);
	});

	it('reports rows done, rows per second and time left', async () => {
		const reports: Progress[] = [];
		const fake = createFakeEngine({ delayMs: 5 });
		const out = await describer(fake, { batchSize: 2 }).describe(rows, {
			onProgress: (p) => reports.push(p)
		});
		expect(out.map((d) => d.description)[0]).toBe('Fake: Age: 30; Housing: own');
		expect(fake.requests).toBe(3);
		const last = reports[reports.length - 1];
		expect(last).toMatchObject({ done: 6, total: 6 });
		expect(last.ratePerSecond).toBeGreaterThan(0);
		expect(last.etaMs).toBe(0);
	});
});
