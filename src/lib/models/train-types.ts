/** What training takes and gives, for every trainer (Adam in train.ts, L-BFGS in logistic-lbfgs.ts) and its checks. */
import type * as tf from '@tensorflow/tfjs';
import type { FeatureMatrix } from '$lib/shared/feature-matrix';
import type { Progress } from '$lib/shared/progress';
import type { ModelSpec } from './spec';

/** One finished epoch. `epoch` counts from 0; `etaMs` assumes training runs to `maxEpochs` (an upper bound). */
export type EpochReport = {
	epoch: number;
	loss: number;
	valLoss: number;
	elapsedMs: number;
	etaMs: number;
};

export type TrainInput = {
	train: { x: FeatureMatrix; y: Int32Array; sampleWeight?: Float32Array };
	validation: { x: FeatureMatrix; y: Int32Array };
	classCount: number;
	spec: ModelSpec;
	seed: number;
};

/** `onEpoch` fires once per epoch; `onProgress` (rows of the current epoch) at most 4 times a second. */
export type TrainWork = {
	signal?: AbortSignal;
	onEpoch?: (e: EpochReport) => void;
	onProgress?: (p: Progress) => void;
};

/** How to compute (the result is the same, up to float rounding for the MLP step). */
export type EngineOptions = {
	/**
	 * Faro's WebAssembly kernels where they apply (the default): tree histograms and partitions, the MLP step
	 * on the wasm and cpu backends. false: the plain path (JavaScript loops, TF.js kernels), to compare with.
	 */
	wasm?: boolean;
};

/** The trained model (best validation epoch's weights; the caller disposes it) and its history. */
export type TrainedModel = {
	model: tf.LayersModel;
	history: EpochReport[];
	bestEpoch: number;
	stoppedEarly: boolean;
};
