/**
 * A deterministic stand-in for web-llm's engine, for tests, the benchmark and test builds of the app (the
 * Describe panel offers it only in builds made with VITE_FARO_FAKE_LLM=1 or `--mode test`, and only with
 * `?fake-llm` in the URL). It answers each request with JSON: for every "Row <id>" block, a description
 * made of the block's field lines, and a label from the schema's choices when the request asks for one. It
 * can also misbehave on purpose: leave rows out (malformed answers), be slow, or fail the way the real engine
 * fails, with the very texts web-llm's worker engine rejects with (ENGINE_ERROR_TEXTS), so the page's own
 * classification (engine-errors.ts) is what gets exercised. It never fetches anything.
 */
import type { ChatEngine, ChatReply, ChatRequest } from './web-llm-describer';

/**
 * What the real engine rejects with, word for word. web-llm's worker engine rejects with `err.toString()`
 * (a string, not an Error), so these are "Name: message". Chromium 156's texts were recorded by
 * tests/unit/llm/probe-chromium-errors.mjs (fixture chromium-error-texts.json); web-llm 0.2.86's come from
 * its lib/index.js (tests/unit/llm/engine-errors.test.ts checks that the installed version still says them).
 */
export const ENGINE_ERROR_TEXTS = {
	/** Chromium: fetch (and Cache.add) with the host unreachable: offline, DNS, CORS. */
	offline: 'TypeError: Failed to fetch',
	/** Chromium: Cache.add of a URL that answers 404/500 (web-llm's default cache downloads with it). */
	httpError: "TypeError: Failed to execute 'add' on 'Cache': Request failed",
	/** web-llm DeviceLostError: the device was lost during reload(), in practice out of GPU memory. */
	deviceLostLoading:
		'DeviceLostError: The WebGPU device was lost while loading the model. This issue often occurs due to running out of memory (OOM). To resolve this, try reloading with a model that has fewer parameters or uses a smaller context length.',
	/** Chromium: the read-back of the generation step in flight when the device is lost. */
	deviceLostReading:
		"AbortError: Failed to execute 'mapAsync' on 'GPUBuffer': The Device was lost before mapping was resolved.",
	/** web-llm ModelNotLoadedError: after a device loss web-llm unloads the model; every later request says this. */
	modelUnloaded:
		'ModelNotLoadedError: Model not loaded before trying to complete ChatCompletionRequest. Please ensure you have called MLCEngine.reload(model) to load the model before initiating APIs, or initialize your engine using CreateMLCEngine() with a valid model configuration.',
	/** web-llm WebGPUNotAvailableError (no adapter). */
	noWebGpu:
		"WebGPUNotAvailableError: WebGPU is not supported in your current environment, but it is necessary to run the WebLLM engine. Please make sure that your browser supports WebGPU and that it is enabled in your browser settings. You can also consult your browser's compatibility chart to see if it supports WebGPU. For more information about WebGPU support in your browser, visit https://webgpureport.org/"
} as const;

export type FakeEngineOptions = {
	/** Milliseconds before each answer (a slow model). Default 0. */
	delayMs?: number;
	/** Model id the fake claims to be. */
	model?: string;
	/** Leaves out every row whose numeric id is a multiple of this (never answered: they fall back). */
	omitEvery?: number;
	/**
	 * Fails every request after the first `requests`: the first failing one rejects with `message`, the later
	 * ones with `later` (default `message`), as web-llm does after a lost device (read-back, then unloaded).
	 */
	failAfter?: { requests: number; message: string; later?: string };
	/** `loadFakeEngine` rejects with `message` after `afterSteps` progress reports (a download that breaks off). */
	loadError?: { afterSteps: number; message: string };
};

/** The fake engine; `requests` counts every `create` call. */
export type FakeEngine = ChatEngine & { requests: number };

/** web-llm's load report, as its `initProgressCallback` gives it. */
export type LoadReport = { progress: number; text: string };

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

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fake engine that writes "Fake: <field lines>" for every row it is asked about. */
export function createFakeEngine(options: FakeEngineOptions = {}): FakeEngine {
	let interrupted = false;
	let failed = false;
	const engine = {
		requests: 0,
		chat: {
			completions: {
				async create(request: ChatRequest): Promise<ChatReply> {
					engine.requests++;
					interrupted = false;
					if (options.delayMs) await pause(options.delayMs);
					const fail = options.failAfter;
					if (fail && engine.requests > fail.requests) {
						const text = failed ? (fail.later ?? fail.message) : fail.message;
						failed = true;
						// web-llm's worker engine rejects with the error's string, not an Error object.
						throw text;
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

/**
 * "Loads" a fake engine the way web-llm reports a download (four param shards, then the GPU), and rejects
 * with `loadError.message` part-way when asked to.
 * @throws string the `loadError` text, as web-llm's worker engine rejects
 */
export async function loadFakeEngine(
	options: FakeEngineOptions,
	onProgress: (report: LoadReport) => void
): Promise<FakeEngine> {
	const shards = 4;
	for (let i = 0; i <= shards; i++) {
		if (options.loadError && i >= options.loadError.afterSteps) throw options.loadError.message;
		const text =
			i < shards
				? `Fetching param cache[${i}/${shards}]: ${i * 32}MB fetched. ${(i * 100) / shards}% completed, 0 secs elapsed.`
				: 'Finish loading on WebGPU - fake';
		onProgress({ progress: i / shards, text });
		await pause(options.delayMs ?? 0);
	}
	return createFakeEngine(options);
}
