/**
 * The only place that constructs Workers. Each is created lazily, once, and wrapped with comlink; callers
 * get typed remote APIs and `unwrap` the `Outcome`s they return.
 */
import * as Comlink from 'comlink';
import { llmCodeUnreachable } from '$lib/llm/load-engine';
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

let llm: { api: Comlink.Remote<LlmApi>; unloadable: Promise<never> } | null = null;

/**
 * The LLM worker (web-llm and the describe job) and a promise that rejects with `llm-unreachable` if its
 * script cannot be fetched (offline before web-llm was ever used: it is not precached). Race every call with
 * it; after such a failure the next call starts a new worker (the connection may be back).
 */
function llmWorker(): { api: Comlink.Remote<LlmApi>; unloadable: Promise<never> } {
	if (llm) return llm;
	const worker = new Worker(new URL('../../workers/llm.worker.ts', import.meta.url), { type: 'module', name: 'faro-llm' });
	const unloadable = new Promise<never>((_, reject) => {
		worker.addEventListener('error', (event) => {
			// A script error is an ErrorEvent; a script that could not be fetched is a plain `error` event.
			if (event instanceof ErrorEvent) return;
			llm = null;
			worker.terminate();
			reject(llmCodeUnreachable('the LLM worker did not load'));
		});
	});
	unloadable.catch(() => {}); // observed by the callers that race it
	llm = { api: Comlink.wrap<LlmApi>(worker), unloadable };
	return llm;
}

/** A call to the LLM worker, failing with `llm-unreachable` when the worker cannot load. */
export function inLlmWorker<R>(call: (api: Comlink.Remote<LlmApi>) => R): Promise<Awaited<R>> {
	const { api, unloadable } = llmWorker();
	return Promise.race([call(api), unloadable]);
}
