import type { ColumnSetting } from '$lib/storage/dataset-record';
import type { FittedRecipe, RecipeSpec } from '$lib/features';
import type { BackendName, EpochReport, ModelSpec } from '$lib/models';
import type { Metrics } from '$lib/eval';
import type { Progress } from '$lib/shared/progress';
import type { Text } from '$lib/i18n';
import type { ModelArtifacts } from '$lib/models/artifacts';

import type { ErrorCosts, ThresholdMethod, ThresholdSweep } from '$lib/eval';
export type { ThresholdMethod } from '$lib/eval';

/**
 * Every choice that produces a run (how to train): stored with it, diffed in comparisons. What a search found
 * is not a setting: it is the run record's `search`.
 */
export type TrainSettings = {
	target: string;
	columns: ColumnSetting[];
	recipe: RecipeSpec;
	model: ModelSpec;
	/**
	 * Shares of the seeded stratified split. With `testColumn`, the test part is instead the rows whose cell in
	 * that column (as text, trimmed) equals `value` exactly, and the other rows are split into training and
	 * validation by `train / (train + validation)` (the `test` share is ignored). Settings stored before
	 * `testColumn` existed lack it: a random test share, as before.
	 */
	split: {
		train: number;
		validation: number;
		test: number;
		/** A predefined test part (an out-of-time holdout, a colleague's test rows); the column must not be a feature. */
		testColumn?: { name: string; value: string };
	};
	seed: number;
	backend: 'auto' | BackendName;
	/** Binary targets: the class treated as positive; null = the minority class of the training part. */
	positiveLabel: string | null;
	/** `costs`: method `cost` only (absent in settings stored before it existed). */
	threshold: { method: ThresholdMethod; value: number; costs?: ErrorCosts };
	/** Class balancing of the training part; absent in settings stored before it existed (= none). */
	balance?: BalanceSettings;
	/** Permutation importance is measured on the test part; `validation` adds the validation part (absent = no). */
	importance?: { validation: boolean };
	/**
	 * What the run's final model is fitted on. 'train' (absent: settings stored before it existed, and single
	 * Train runs): the training part, with early stopping on the validation part. 'train+validation': that fit
	 * still chooses the threshold, the validation metrics and the epoch count, then the model is fitted again,
	 * without early stopping, on the training + validation rows (AutoGluon's refit_full); a blend refits each member.
	 */
	finalFit?: 'train' | 'train+validation';
	/** Who wrote the dataset's `description` column (copied from the dataset at train time; absent = none). */
	describedBy?: { describer: 'template' | 'web-llm'; model: string | null; promptVersion: string };
};

export type { BalanceMethod, BalanceSettings } from './balance-settings';
import type { BalanceSettings } from './balance-settings';

/** What balancing did, recorded with the run: class counts of the training part before and after. */
export type BalanceSummary = BalanceSettings & {
	before: number[];
	after: number[];
	/** Rows added: synthetic (SMOTE family) or duplicated (random over-sampling). */
	synthetic: number;
	/** Adjustments the user should see (k reduced for a small class, no borderline rows…). */
	notes: string[];
	/** The same notes as catalogue Texts (runs before they existed: absent; show `notes`). */
	noteTexts?: Text[];
};

export { isGbdtArtifacts, type ModelArtifacts, type TfModelArtifacts } from '$lib/models/artifacts';

import type { TrainingReference } from '$lib/explain/reference';
import type { TreeColumnImportance } from '$lib/explain/tree-importance';

/** Permutation importance as a run records it (computed by src/lib/training/importance.ts). */
export type ColumnImportance = {
	column: string;
	/** Mean score lost over the repeats (negative: the shuffled column scored better, i.e. noise). */
	mean: number;
	std: number;
	/** The score lost by each repeat. */
	drops: number[];
};

export type PermutationImportance = {
	metric: 'rocAuc' | 'accuracy';
	/** The unshuffled score. */
	baseline: number;
	repeats: number;
	/** Rows scored. */
	rows: number;
	/** The part the rows come from (absent in runs recorded before validation importance: the test part). */
	part?: 'test' | 'validation';
	/** Most important first. */
	columns: ColumnImportance[];
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
	/** The trained model; null once the user removed it to free space (`RunRecord.modelRemoved`). */
	model: ModelArtifacts | null;
	/** Test-part probabilities (rows × classes) and labels, kept so the bundle round trip can be checked. */
	testRows: number[];
	/** Class balancing of the training part (absent in runs recorded before balancing existed). */
	balance?: BalanceSummary;
	/** Text features only: per class, the terms that weigh most for it (training/term-weights.ts). */
	termWeights?: TermWeights;
	/**
	 * Binary targets: precision, recall and (method `cost`) the cost per row against the threshold, on the
	 * validation part the threshold was chosen on (absent in runs recorded before it).
	 */
	thresholdSweep?: ThresholdSweep;
	/** Method `cost`: the costs and the expected cost of the errors at the chosen threshold. */
	costs?: ErrorCosts & {
		test: { total: number; perRow: number };
		validation: { total: number; perRow: number };
	};
	/** Permutation importance of each feature column on the test part (absent in runs recorded before it). */
	importance?: PermutationImportance;
	/** The same on the validation part, when `settings.importance.validation` asked for it. */
	validationImportance?: PermutationImportance;
	/** The training data's profile: for per-row reasons and drift checks (absent in runs recorded before it). */
	reference?: TrainingReference;
	/**
	 * Binary runs: p(positive) of every test row and whether it is positive (1) or not (0), in test-row order,
	 * so the run page can show the test metrics at any threshold (absent in runs recorded before it).
	 */
	testScores?: { p: number[]; positive: number[] };
	/**
	 * Settings `finalFit: 'train+validation'`: the final model was refitted on `rows` training + validation rows
	 * for `epochs` epochs (boosting / solver iterations). Its model, recipe, test metrics, importance and
	 * reference come from that refit; the threshold, the validation metrics, the threshold sweep and the
	 * history come from the fit on the training part (absent: the model is that fit).
	 */
	finalFit?: { rows: number; epochs: number };
	/** Tree runs: split counts and total gain per column (absent for other families and older runs). */
	treeImportance?: TreeColumnImportance[];
};

/** Per class (in label order), its top text terms, largest weight first; only positive weights are kept. */
export type TermWeights = { label: string; terms: { term: string; weight: number }[] }[];

/** Training progress: a phase, epochs done of the maximum, and the loss history so far. */
export type TrainProgress = Progress & { history?: EpochReport[] };
