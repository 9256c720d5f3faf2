/**
 * A pool of trial workers for a parallel search on CPU / WASM: one trial per lane, a lane per core. GPU
 * backends keep one trial at a time (the trials would share one device). Started from the train worker (a
 * worker may start workers).
 */
import * as Comlink from 'comlink';
import type { BackendName } from '$lib/models';
import { unwrap } from '$lib/shared/errors';
import type { TrialEvaluator } from '$lib/search/run-search';
import type { TrainSettings } from '$lib/runs/types';
import type { TrialApi } from './trial.worker';

/** At most this many lanes: each holds its own copy of the table and of TF.js. */
const MAX_LANES = 4;

export type TrialPool = { evaluate: TrialEvaluator; lanes: number; dispose(): void };

/** Lanes for this machine: one per core up to MAX_LANES on CPU / WASM; 1 on GPU backends or a single core. */
export function laneCount(backend: string, cores: number): number {
	if (backend !== 'wasm' && backend !== 'cpu') return 1;
	return Math.max(1, Math.min(MAX_LANES, cores));
}

/**
 * Starts `lanes` trial workers, each with the dataset and folds ready; null when fewer than 2 lanes make sense
 * or a worker cannot start (the search then runs its trials here, one at a time).
 */
export async function startTrialPool(
	datasetId: string,
	base: TrainSettings,
	k: number,
	backend: string
): Promise<TrialPool | null> {
	const lanes = laneCount(backend, navigator.hardwareConcurrency ?? 1);
	if (lanes < 2) return null;
	const workers: Worker[] = [];
	try {
		const remotes = await Promise.all(
			Array.from({ length: lanes }, async (_, i) => {
				const worker = new Worker(new URL('./trial.worker.ts', import.meta.url), {
					type: 'module',
					name: `faro-trial-${i + 1}`
				});
				workers.push(worker);
				const remote = Comlink.wrap<TrialApi>(worker);
				unwrap(await remote.prepare(datasetId, base, k, backend as BackendName));
				return remote;
			})
		);
		const free = [...remotes];
		const waiting: ((r: Comlink.Remote<TrialApi>) => void)[] = [];
		const release = (r: Comlink.Remote<TrialApi>) => {
			const next = waiting.shift();
			if (next) next(r);
			else free.push(r);
		};
		const evaluate: TrialEvaluator = async (params, work) => {
			const remote =
				free.pop() ??
				(await new Promise<Comlink.Remote<TrialApi>>((resolve) => waiting.push(resolve)));
			const cancel = () => void remote.cancel();
			work.signal.addEventListener('abort', cancel);
			try {
				const { signal: _signal, onProgress, ...options } = work;
				return unwrap(await remote.evaluate(params, Comlink.proxy(onProgress), options));
			} finally {
				work.signal.removeEventListener('abort', cancel);
				release(remote);
			}
		};
		return { evaluate, lanes, dispose: () => workers.forEach((w) => w.terminate()) };
	} catch (err) {
		workers.forEach((w) => w.terminate());
		console.warn('Faro: trial workers could not start; the search runs one trial at a time.', err);
		return null;
	}
}
