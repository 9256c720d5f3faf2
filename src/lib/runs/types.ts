import type { ColumnSetting } from '$lib/storage/dataset-record';
import type { FittedRecipe, RecipeSpec } from '$lib/features';
import type { BackendName, EpochReport, ModelSpec } from '$lib/models';
import type { Metrics } from '$lib/eval';
import type { Progress } from '$lib/shared/progress';

export type ThresholdMethod = 'f1' | 'youden' | 'fixed';

/** Every choice that produces a run: stored with it, diffed in comparisons. */
export type TrainSettings = {
	target: string;
	columns: ColumnSetting[];
	recipe: RecipeSpec;
	model: ModelSpec;
	split: { train: number; validation: number; test: number };
	seed: number;
	backend: 'auto' | BackendName;
	/** Binary targets: the class treated as positive; null = the minority class of the training part. */
	positiveLabel: string | null;
	threshold: { method: ThresholdMethod; value: number };
};

/** The model in the standard TF.js layers format (weights as base64), as the bundle will carry it. */
export type ModelArtifacts = {
	modelTopology: unknown;
	weightSpecs: unknown[];
	weightData: string;
};

export type RunResult = {
	labels: string[];
	positiveLabel: string | null;
	threshold: number | null;
	thresholdMethod: ThresholdMethod;
	splitSizes: { train: number; validation: number; test: number; droppedMissingTarget: number };
	metrics: Metrics;
	validationMetrics: Metrics;
	history: EpochReport[];
	bestEpoch: number;
	stoppedEarly: boolean;
	featureCount: number;
	warnings: { code: string; message: string }[];
	recipe: FittedRecipe;
	model: ModelArtifacts;
	/** Test-part probabilities (rows × classes) and labels, kept so the bundle round trip can be checked. */
	testRows: number[];
};

/** Training progress: a phase, epochs done of the maximum, and the loss history so far. */
export type TrainProgress = Progress & { history?: EpochReport[] };
