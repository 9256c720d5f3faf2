/**
 * A deterministic stand-in for web-llm's engine, for tests, the benchmark and test builds of the app (the
 * Describe panel offers it only when built with `--mode test`, see DescribePanel.svelte). It answers each
 * request with valid JSON: for every "Row <id>" block, a description made of the block's field lines.
 */
import type { ChatEngine, ChatReply, ChatRequest } from './web-llm-describer';

export type FakeEngineOptions = {
	/** Milliseconds before each answer (a slow model). Default 0. */
	delayMs?: number;
	/** Model id the fake claims to be. */
	model?: string;
};

/** Splits a batch message back into (id, body) pairs. */
export function splitBatch(message: string): { id: string; body: string }[] {
	return message
		.split(/\n\n(?=Row )/)
		.map((block) => /^Row (\S+)\n([\s\S]*)$/.exec(block))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => ({ id: m[1], body: m[2] }));
}

/** A fake engine that writes "Fake: <field lines>" for every row it is asked about. */
export function createFakeEngine(options: FakeEngineOptions = {}): ChatEngine & { requests: number } {
	let interrupted = false;
	const engine = {
		requests: 0,
		chat: {
			completions: {
				async create(request: ChatRequest): Promise<ChatReply> {
					engine.requests++;
					interrupted = false;
					if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
					if (interrupted) return { choices: [{ message: { content: '' } }] };
					const user = request.messages.find((m) => m.role === 'user')?.content ?? '';
					const rows = splitBatch(user).map(({ id, body }) => ({
						id,
						description: `Fake: ${body.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2)).join('; ')}`
					}));
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
