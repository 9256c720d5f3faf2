/**
 * A deterministic stand-in for web-llm's engine, for tests, the benchmark and test builds of the app (the
 * Describe panel offers it only in builds made with VITE_FARO_FAKE_LLM=1 or `--mode test`, and only with
 * `?fake-llm` in the URL). It answers each request with JSON: for every "Row <id>" block, a description
 * made of the block's field lines, and a label from the schema's choices when the request asks for one. It
 * can also misbehave on purpose: leave rows out (malformed answers), be slow, or fail like a real engine.
 * It never fetches anything.
 */
import type { ChatEngine, ChatReply, ChatRequest } from './web-llm-describer';

export type FakeEngineOptions = {
	/** Milliseconds before each answer (a slow model). Default 0. */
	delayMs?: number;
	/** Model id the fake claims to be. */
	model?: string;
	/** Leaves out every row whose numeric id is a multiple of this (never answered: they fall back). */
	omitEvery?: number;
	/** Throws `Error(message)` on every request after the first `requests` (e.g. "DeviceLostError: …"). */
	failAfter?: { requests: number; message: string };
};

/** Splits a batch message back into (id, body) pairs. */
export function splitBatch(message: string): { id: string; body: string }[] {
	return message
		.split(/\n\n(?=Row )/)
		.map((block) => /^Row (\S+)\n([\s\S]*)$/.exec(block))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => ({ id: m[1], body: m[2] }));
}

/** The label choices a request's JSON schema allows (empty when it asks for no label). */
export function schemaLabelChoices(request: ChatRequest): string[] {
	try {
		const schema = JSON.parse(request.response_format.schema) as {
			properties?: { rows?: { items?: { properties?: { label?: { enum?: unknown } } } } };
		};
		const choices = schema.properties?.rows?.items?.properties?.label?.enum;
		return Array.isArray(choices) ? choices.filter((c): c is string => typeof c === 'string') : [];
	} catch {
		return [];
	}
}

/** A fake engine that writes "Fake: <field lines>" for every row it is asked about. */
export function createFakeEngine(
	options: FakeEngineOptions = {}
): ChatEngine & { requests: number } {
	let interrupted = false;
	const engine = {
		requests: 0,
		chat: {
			completions: {
				async create(request: ChatRequest): Promise<ChatReply> {
					engine.requests++;
					interrupted = false;
					if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
					if (options.failAfter && engine.requests > options.failAfter.requests) {
						throw new Error(options.failAfter.message);
					}
					if (interrupted) return { choices: [{ message: { content: '' } }] };
					const user = request.messages.find((m) => m.role === 'user')?.content ?? '';
					const labels = schemaLabelChoices(request);
					const omit = options.omitEvery;
					const rows = splitBatch(user)
						.filter(({ id }) => !(omit && Number(id) % omit === 0))
						.map(({ id, body }) => {
							const fields = body
								.split('\n')
								.filter((l) => l.startsWith('- '))
								.map((l) => l.slice(2));
							const label = labels.length ? { label: labels[body.length % labels.length] } : {};
							return { id, description: `Fake: ${fields.join('; ')}`, ...label };
						});
					return { choices: [{ message: { content: JSON.stringify({ rows }) } }] };
				}
			}
		},
		interruptGenerate() {
			interrupted = true;
		}
	};
	return engine;
}
