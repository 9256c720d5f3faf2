/// <reference lib="webworker" />
/**
 * Train worker: runs and searches, with TF.js set up by tfjs-setup.ts. A search on CPU / WASM spreads its
 * trials over a pool of trial workers (trial-pool.ts), one per core.
 */
import './tfjs-setup';
import * as Comlink from 'comlink';
import { chooseBackend } from '$lib/models';
import { settle } from '$lib/shared/errors';
import { summarizeRun, type TrainProgress } from '$lib/runs';
import { executeRun, type RunRequest } from '$lib/training';
import { executeSearch, type SearchRequest, type Trial } from '$lib/search';
import type { Progress } from '$lib/shared/progress';
import { startTrialPool } from './trial-pool';

const running = new Map<string, AbortController>();

const api = {
	/** Trains a run; resolves with its summary once the final record is stored. */
	async train(request: RunRequest, onProgress: (p: TrainProgress) => void) {
		const controller = new AbortController();
		running.set(request.runId, controller);
		try {
			return await settle(async () => {
				const record = await executeRun(request, (preference) => chooseBackend(preference), {
					signal: controller.signal,
					onProgress
				});
				return summarizeRun(record);
			});
		} finally {
			running.delete(request.runId);
		}
	},
	cancel(runId: string) {
		running.get(runId)?.abort();
	},
	/** "Find the best model": trials stream to `onTrial`; the best becomes a run (id `request.runId`). */
	async search(
		request: SearchRequest,
		onTrial: (trial: Trial) => void,
		onProgress: (p: Progress) => void
	) {
		const controller = new AbortController();
		running.set(request.runId, controller);
		try {
			return await settle(() =>
				executeSearch(request, (preference) => chooseBackend(preference), {
					signal: controller.signal,
					onTrial,
					onProgress,
					startPool: (backend) =>
						startTrialPool(request.datasetId, request.settings, request.options.k ?? 5, backend)
				})
			);
		} finally {
			running.delete(request.runId);
		}
	},
	/** Cancels a search: finished trials are kept and returned. */
	cancelSearch(runId: string) {
		running.get(runId)?.abort();
	}
};

export type TrainApi = typeof api;
Comlink.expose(api);
