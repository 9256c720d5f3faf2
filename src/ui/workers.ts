/**
 * The only place that constructs Workers. Each is created lazily, once, and wrapped with comlink; callers
 * get typed remote APIs and `unwrap` the `Outcome`s they return.
 */
import * as Comlink from 'comlink';
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

/** A new thread for web-llm (its own protocol, not comlink); one per loaded engine, ended by `terminate()`. */
export function createLlmWorker(): Worker {
	return new Worker(new URL('../../workers/llm.worker.ts', import.meta.url), { type: 'module', name: 'faro-llm' });
}
