/**
 * The web-llm describer. It receives its engine (anything with web-llm's `chat.completions.create`), so the
 * LLM worker passes the real engine (running on that worker's thread) and tests pass a fake. Several rows go in one request with a JSON
 * schema for the reply; each row of the reply is validated on its own, rows that came back missing or
 * malformed are asked again (at most `maxAttempts` requests per batch), and the rows still missing after that
 * get the template sentence with `fallback: true`, so a job always ends with one description per row.
 * Engine failures that a retry cannot fix (no WebGPU, files unreachable, out of memory, device lost) stop
 * the job with a FaroError; Cancel interrupts the generation in flight.
 */
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import { throttleProgress, type LongWork } from '$lib/shared/progress';
import type { DescribeRow, Description, Describer, Language } from './describer';
import { classifyEngineError } from './engine-errors';
import { parseReply, replySchema, type ReplyRow } from './parse-reply';
import { batchMessage, systemMessage } from './prompts';

/** The part of web-llm's chat request the describer sends. */
export type ChatRequest = {
	messages: { role: 'system' | 'user'; content: string }[];
	response_format: { type: 'json_object'; schema: string };
	temperature: number;
	max_tokens: number;
	seed?: number;
	stream?: false;
};

/** The part of web-llm's chat reply the describer reads. */
export type ChatReply = { choices: { message: { content: string | null } }[] };

/** The slice of web-llm's MLCEngineInterface the describer uses (a fake in tests). */
export interface ChatEngine {
	chat: { completions: { create(request: ChatRequest): Promise<ChatReply> } };
	interruptGenerate?(): void;
}

export type WebLlmDescriberOptions = {
	engine: ChatEngine;
	/** The web-llm model id the engine has loaded (recorded with the descriptions). */
	model: string;
	/** The per-row prompt with `{{column}}` placeholders. */
	prompt: string;
	promptVersion: string;
	language: Language;
	/** Describes the rows the model failed (its results are flagged `fallback: true`). */
	fallback: Describer;
	/** Rows per request (default 4: small models lose track of longer lists). */
	batchSize?: number;
	/** Requests per batch before the remaining rows fall back (default 3). */
	maxAttempts?: number;
	labelChoices?: readonly string[];
	/** Token budget per row in a request (default 120). */
	maxTokensPerRow?: number;
	seed?: number;
};

/** A Describer backed by an LLM engine. @throws FaroError llm-*, webgpu-unavailable, cancelled */
export function createWebLlmDescriber(options: WebLlmDescriberOptions): Describer {
	const { engine, model, prompt, language, fallback, labelChoices } = options;
	const batchSize = Math.max(1, options.batchSize ?? 4);
	const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
	const schema = replySchema(labelChoices);
	const system = systemMessage(language, labelChoices);

	const request = (rows: DescribeRow[]): ChatRequest => ({
		messages: [
			{ role: 'system', content: system },
			{ role: 'user', content: batchMessage(prompt, rows, language) }
		],
		response_format: { type: 'json_object', schema },
		temperature: 0,
		max_tokens: rows.length * (options.maxTokensPerRow ?? 120) + 20,
		seed: options.seed ?? 0,
		stream: false
	});

	async function ask(rows: DescribeRow[], signal?: AbortSignal): Promise<string> {
		throwIfAborted(signal);
		try {
			const reply = await raceAbort(engine.chat.completions.create(request(rows)), signal);
			return reply.choices[0]?.message.content ?? '';
		} catch (err) {
			throwIfAborted(signal);
			const fatal = classifyEngineError(err, model);
			if (fatal) throw fatal;
			return ''; // a failed generation (e.g. a grammar error) counts as a malformed reply: retried
		}
	}

	async function describeBatch(batch: DescribeRow[], signal?: AbortSignal): Promise<Description[]> {
		const answers = new Map<string, ReplyRow>();
		let pending = batch;
		for (let attempt = 0; attempt < maxAttempts && pending.length > 0; attempt++) {
			const text = await ask(pending, signal);
			const parsed = parseReply(
				text,
				pending.map((r) => r.id),
				{ labelChoices }
			);
			for (const [id, row] of parsed.rows) answers.set(id, row);
			pending = pending.filter((r) => !answers.has(r.id));
		}
		const stand = pending.length ? await fallback.describe(pending, { signal }) : [];
		const standIns = new Map(stand.map((d) => [d.id, { ...d, fallback: true }]));
		return batch.map((row) => {
			const answer = answers.get(row.id);
			return answer ? { id: row.id, ...answer } : (standIns.get(row.id) as Description);
		});
	}

	return {
		describedBy: { describer: 'web-llm', model, promptVersion: options.promptVersion },
		async describe(rows: DescribeRow[], work: LongWork = {}): Promise<Description[]> {
			const { signal } = work;
			const report = throttleProgress(work.onProgress);
			const stop = () => engine.interruptGenerate?.();
			signal?.addEventListener('abort', stop);
			try {
				const out: Description[] = [];
				report({ phase: `Describing with ${model}`, done: 0, total: rows.length }, true);
				for (let start = 0; start < rows.length; start += batchSize) {
					out.push(...(await describeBatch(rows.slice(start, start + batchSize), signal)));
					report({ phase: `Describing with ${model}`, done: out.length, total: rows.length });
				}
				return out;
			} finally {
				signal?.removeEventListener('abort', stop);
			}
		}
	};
}

/** Resolves with `promise`, or rejects with `cancelled` as soon as `signal` fires (a slow answer never blocks Cancel). */
function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
	if (!signal) return promise;
	return new Promise<T>((resolve, reject) => {
		const onAbort = () => reject(new FaroError('cancelled', text('err_llm_cancelled')));
		if (signal.aborted) return onAbort();
		signal.addEventListener('abort', onAbort, { once: true });
		promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
	});
}
