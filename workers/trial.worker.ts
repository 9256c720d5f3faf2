/// <reference lib="webworker" />
/**
 * Trial worker: one lane of a parallel "Find the best model" on CPU / WASM. The train worker starts a few of
 * these (trial-pool.ts); each reads the dataset from IndexedDB itself, prepares the same folds (same seed →
 * same folds), and cross-validates the configurations it is sent, one at a time. The folds' probabilities
 * (for ensemble selection) go back as transferred buffers, not copies.
 */
import './tfjs-setup';
import * as Comlink from 'comlink';
import { chooseBackend, type BackendName } from '$lib/models';
import { settle } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import { loadTable } from '$lib/storage/datasets-db';
import {
	crossValidatePrepared,
	prepareFolds,
	type FoldPredictions,
	type PreparedFolds
} from '$lib/search/cross-validate';
import type { TrialEvaluation, TrialEvaluator } from '$lib/search/run-search';
import { trialEvaluation } from '$lib/search/trial-evaluation';
import { applyParams, type TrialParams } from '$lib/search/space';
import type { TrainSettings } from '$lib/runs/types';

/** What a trial's evaluation is given besides its configuration, without the signal and progress callback. */
export type TrialOptions = Omit<Parameters<TrialEvaluator>[1], 'signal' | 'onProgress'>;

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
	/**
	 * Cross-validates one configuration: mean ± std per metric, the folds' scores and probabilities when asked,
	 * stopping early when it runs out of time or is pruned (`options`, as the search's TrialEvaluator gets them).
	 */
	evaluate: async (
		params: TrialParams,
		onProgress: (p: Progress) => void,
		options: TrialOptions = {}
	) => {
		const outcome = await settle(async (): Promise<TrialEvaluation> => {
			if (!state) throw new Error('the trial worker was not prepared');
			controller = new AbortController();
			const { metric, ...cvOptions } = options;
			const cv = await crossValidatePrepared(state.prepared, applyParams(state.base, params), {
				signal: controller.signal,
				onProgress,
				...cvOptions
			});
			const evaluation = trialEvaluation(cv, metric);
			return {
				...evaluation,
				...(evaluation.predictions && { predictions: ownBuffers(evaluation.predictions) })
			};
		});
		const buffers = outcome.ok
			? (outcome.value.predictions ?? []).flatMap((p) => [p.heldOut.buffer, p.validation.buffer])
			: [];
		return Comlink.transfer(outcome, buffers);
	},
	cancel: () => controller?.abort()
};

/**
 * Each array with a buffer of its own, so transferring it moves exactly its values (a TF.js read may be a view
 * into a larger buffer, and a buffer listed twice would make the transfer throw).
 */
function ownBuffers(predictions: FoldPredictions[]): FoldPredictions[] {
	const seen = new Set<ArrayBufferLike>();
	const own = (a: Float32Array) => {
		const whole = a.byteOffset === 0 && a.byteLength === a.buffer.byteLength;
		const fresh = whole && !seen.has(a.buffer) ? a : a.slice();
		seen.add(fresh.buffer);
		return fresh;
	};
	return predictions.map((p) => ({ heldOut: own(p.heldOut), validation: own(p.validation) }));
}

export type TrialApi = typeof api;
Comlink.expose(api);
