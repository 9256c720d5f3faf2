/// <reference lib="webworker" />
/**
 * Trial worker: one lane of a parallel "Find the best model" on CPU / WASM. The train worker starts a few of
 * these (trial-pool.ts); each reads the dataset from IndexedDB itself, prepares the same folds (same seed →
 * same folds), and cross-validates the configurations it is sent, one at a time.
 */
import './tfjs-setup';
import * as Comlink from 'comlink';
import { chooseBackend, type BackendName } from '$lib/models';
import { settle } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import { loadTable } from '$lib/storage/datasets-db';
import { crossValidatePrepared, prepareFolds, type PreparedFolds } from '$lib/runs/cross-validate';
import { applyParams, type TrialParams } from '$lib/runs/search/space';
import type { TrainSettings } from '$lib/runs/types';

let state: { prepared: PreparedFolds; base: TrainSettings } | null = null;
let controller: AbortController | null = null;

const api = {
	/** Reads the dataset and prepares the folds; resolves once this lane can take trials. */
	prepare: (datasetId: string, base: TrainSettings, k: number, backend: BackendName) =>
		settle(async () => {
			await chooseBackend(backend);
			const table = await loadTable(datasetId);
			state = { prepared: prepareFolds(table, base, k), base };
		}),
	/** Cross-validates one configuration: mean ± std per metric. */
	evaluate: (params: TrialParams, onProgress: (p: Progress) => void) =>
		settle(async () => {
			if (!state) throw new Error('the trial worker was not prepared');
			controller = new AbortController();
			const cv = await crossValidatePrepared(state.prepared, applyParams(state.base, params), {
				signal: controller.signal,
				onProgress
			});
			return cv.summary;
		}),
	cancel: () => controller?.abort()
};

export type TrialApi = typeof api;
Comlink.expose(api);
