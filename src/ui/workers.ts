/**
 * The only place that constructs Workers. Each is created lazily, once, and wrapped with comlink; callers
 * get typed remote APIs and `unwrap` the `Outcome`s they return.
 */
import * as Comlink from 'comlink';
import { llmCodeUnreachable } from '$lib/llm/load-engine';
import { asFaroError } from '$lib/shared/errors';
import type { DataApi } from '$workers/data.worker';

let data: Comlink.Remote<DataApi> | null = null;

export function dataWorker(): Comlink.Remote<DataApi> {
	data ??= Comlink.wrap<DataApi>(
		new Worker(new URL('../../workers/data.worker.ts', import.meta.url), { type: 'module', name: 'faro-data' })
	);
	return data;
}

export { Comlink };

import type { TrainApi } from '$workers/train.worker';

let train: Comlink.Remote<TrainApi> | null = null;

export function trainWorker(): Comlink.Remote<TrainApi> {
	train ??= Comlink.wrap<TrainApi>(
		new Worker(new URL('../../workers/train.worker.ts', import.meta.url), { type: 'module', name: 'faro-train' })
	);
	return train;
}

import type { PredictApi } from '$workers/predict.worker';

let predict: Comlink.Remote<PredictApi> | null = null;

export function predictWorker(): Comlink.Remote<PredictApi> {
	predict ??= Comlink.wrap<PredictApi>(
		new Worker(new URL('../../workers/predict.worker.ts', import.meta.url), { type: 'module', name: 'faro-predict' })
	);
	return predict;
}

import type { LlmApi } from '$workers/llm.worker';

type LlmWorker = { api: Comlink.Remote<LlmApi>; unloadable: Promise<never>; started: boolean };
let llm: LlmWorker | null = null;

/**
 * The LLM worker (web-llm and the describe job) and a promise that rejects when it cannot start: with
 * `llm-unreachable` when its script cannot be fetched (offline before web-llm was ever used: it is not
 * precached), or with the error its script threw before it first answered. Race every call with it, so none
 * waits forever; after such a failure the next call starts a new worker (the connection may be back).
 */
function llmWorker(): LlmWorker {
	if (llm) return llm;
	const worker = new Worker(new URL('../../workers/llm.worker.ts', import.meta.url), { type: 'module', name: 'faro-llm' });
	let entry: LlmWorker | null = null;
	const unloadable = new Promise<never>((_, reject) => {
		worker.addEventListener('error', (event) => {
			// A script that could not be fetched is a plain `error` event; an error thrown in it is an ErrorEvent
			// (once the worker has answered, its calls report their own errors).
			if (event instanceof ErrorEvent && entry?.started) return;
			llm = null;
			worker.terminate();
			reject(
				event instanceof ErrorEvent
					? asFaroError(event.error ?? new Error(event.message))
					: llmCodeUnreachable('the LLM worker did not load')
			);
		});
	});
	unloadable.catch(() => {}); // observed by the callers that race it
	entry = { api: Comlink.wrap<LlmApi>(worker), unloadable, started: false };
	llm = entry;
	return entry;
}

/** A call to the LLM worker, failing (not waiting forever) when the worker cannot start. */
export async function inLlmWorker<R>(call: (api: Comlink.Remote<LlmApi>) => R): Promise<Awaited<R>> {
	const entry = llmWorker();
	const answer = await Promise.race([call(entry.api), entry.unloadable]);
	entry.started = true;
	return answer;
}
