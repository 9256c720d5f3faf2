/**
 * Model settings: the family (logistic regression or MLP), its hyperparameters, the defaults Faro starts
 * from, and their validation at the edge (settings come from the UI, the CLI and stored runs).
 */
import { FaroError } from '$lib/shared/errors';
import { text, type Text } from '$lib/i18n';

/**
 * `logistic`: one Dense softmax layer with an L2 penalty. `mlp`: Dense hidden layers, then the same.
 * `gbdt`: histogram gradient-boosted trees (models/gbdt, after scikit-learn's HistGradientBoostingClassifier).
 */
export type ModelFamily = 'logistic' | 'mlp' | 'gbdt';

/**
 * Tree settings of the `gbdt` family. The shared fields keep their meaning where it carries over:
 * `learningRate` is the shrinkage, `l2` the L2 regularisation of leaf values, `maxEpochs` the maximum number of
 * boosting iterations, `patience` the iterations without a lower validation loss before boosting stops.
 */
export type TreeSpec = {
	/** Leaves per tree (best-first growth), 2 to 1024. */
	maxLeafNodes: number;
	/** Depth limit, or null for none (then `maxLeafNodes` alone bounds a tree). */
	maxDepth: number | null;
	/** Rows a leaf needs at least. */
	minSamplesLeaf: number;
	/** Bins per feature for non-missing values, 2 to 255 (missing values get a bin of their own). */
	maxBins: number;
};

/** Hidden-layer activation. */
export type Activation = 'relu' | 'tanh' | 'elu';

/** Everything that shapes a model and its training; stored in the run record and the bundle. */
export type ModelSpec = {
	family: ModelFamily;
	/** Units per hidden layer (ignored, and normally empty, for `logistic`). */
	hiddenUnits: number[];
	activation: Activation;
	/** Dropout rate after each hidden layer, in [0, 1). */
	dropout: number;
	/** L2 penalty on every kernel: `l2 · Σ w²` added to the mean cross-entropy. */
	l2: number;
	/** Adam learning rate. */
	learningRate: number;
	batchSize: number;
	maxEpochs: number;
	/** Epochs without a lower validation loss before training stops (the best weights are restored). */
	patience: number;
	/** One weight per class multiplying each row's loss (e.g. "balanced" weights); null = all 1. */
	classWeights?: number[] | null;
	/** Family `gbdt` only (absent in settings stored before trees existed). */
	trees?: TreeSpec;
	/**
	 * How a `logistic` model is fitted: `lbfgs` solves it to its optimum over all the rows (logistic-lbfgs.ts,
	 * scikit-learn's solver; learning rate, batch size and patience do not apply, `maxEpochs` caps the
	 * iterations); `adam` (also when absent, as in settings stored before the solver existed) trains it in
	 * mini-batches with early stopping, as the MLP. Other families always use Adam (MLP) or boosting (trees).
	 */
	solver?: LogisticSolver;
};

export type LogisticSolver = 'adam' | 'lbfgs';
export const LOGISTIC_SOLVERS: readonly LogisticSolver[] = ['lbfgs', 'adam'];

export const MODEL_FAMILIES: readonly ModelFamily[] = ['logistic', 'mlp', 'gbdt'];

/** scikit-learn's HistGradientBoostingClassifier defaults. */
export const DEFAULT_TREE_SPEC: TreeSpec = {
	maxLeafNodes: 31,
	maxDepth: null,
	minSamplesLeaf: 20,
	maxBins: 255
};
export const ACTIVATIONS: readonly Activation[] = ['relu', 'tanh', 'elu'];

/**
 * Batch size growing with the data: 32 up to ~2,000 rows, then about n / 50 rounded to a power of two,
 * at most 512 (large batches keep epochs on 100,000 rows to a few hundred steps).
 */
export function defaultBatchSize(rowCount: number): number {
	const scaled = 2 ** Math.round(Math.log2(Math.max(1, rowCount) / 50));
	return Math.min(512, Math.max(32, scaled));
}

/**
 * Settings that work untuned on small tabular data, chosen on German credit (bench/german-credit-quality.ts
 * `--grid`, mean test ROC AUC over 5 seeds): logistic lr 0.01 / L2 0.01 → 0.764 with Adam (lr 0.02–0.05 and
 * L2 1e-3 scored 0.745–0.761); solved by L-BFGS (the default solver), L2 0.01 → 0.764 in ~40 iterations
 * (3e-4: 0.757, 1/700 = scikit-learn's C = 1: 0.759, 3e-3: 0.761, 3e-2: 0.767); MLP (64, 32) dropout 0.3 / L2 1e-3 → 0.761 (dropout 0.1 / L2 1e-4: 0.751).
 * `shape.hasText` (text columns among the features) gives textModelSpec's settings instead.
 */
export function defaultModelSpec(
	family: ModelFamily,
	rowCount: number,
	shape: { hasText?: boolean } = {}
): ModelSpec {
	const common = {
		batchSize: defaultBatchSize(rowCount),
		maxEpochs: 100,
		patience: 10,
		classWeights: null
	};
	if (family === 'gbdt') {
		// scikit-learn's defaults: 100 iterations of shrinkage 0.1, no L2, 10 iterations of patience.
		return {
			family,
			hiddenUnits: [],
			activation: 'relu',
			dropout: 0,
			l2: 0,
			learningRate: 0.1,
			...common,
			patience: 10,
			trees: { ...DEFAULT_TREE_SPEC }
		};
	}
	if (shape.hasText) return textModelSpec(family, common);
	if (family === 'logistic') {
		return {
			family,
			hiddenUnits: [],
			activation: 'relu',
			dropout: 0,
			l2: 1e-2,
			learningRate: 0.01,
			...common,
			solver: 'lbfgs'
		};
	}
	return {
		family,
		hiddenUnits: [64, 32],
		activation: 'relu',
		dropout: 0.3,
		l2: 1e-3,
		learningRate: 1e-3,
		...common
	};
}

/**
 * Settings for inputs dominated by TF-IDF features (thousands of sparse, L2-normalised columns), chosen on the
 * Austen sample (6 classes, 4,200 training rows, 5,000 terms; macro test ROC AUC, seed 42, wasm): the tabular
 * defaults barely move off the prior there (logistic 0.868 after 41 epochs: an L2 of 1e-2 on the mean loss is
 * scikit-learn's C ≈ 0.01). Logistic: L2 1e-4 (C ≈ 1 at this size) with lr 0.1 → 0.920–0.922 in 10–14
 * epochs (lr 0.05: 0.93 but 51 epochs). MLP: one hidden layer of 32 (each unit costs a pass over all the
 * terms), L2 1e-4, lr 3e-3 → 0.928 in 13 epochs (64 units: ≈2× the time per epoch). Patience 5: validation loss
 * turns within a few epochs on text, and every epoch densifies every row.
 */
function textModelSpec(
	family: 'logistic' | 'mlp',
	common: Pick<ModelSpec, 'batchSize' | 'maxEpochs' | 'classWeights'>
): ModelSpec {
	const shared = { ...common, activation: 'relu' as const, l2: 1e-4, patience: 5 };
	if (family === 'logistic') {
		return { family, hiddenUnits: [], dropout: 0, learningRate: 0.1, ...shared, solver: 'lbfgs' };
	}
	return { family, hiddenUnits: [32], dropout: 0.3, learningRate: 3e-3, ...shared };
}

/** The messages that name only the field: what it must be is in the text. */
type FieldMessage =
	| 'err_model_setting_object'
	| 'err_model_setting_hidden_units'
	| 'err_model_setting_layers'
	| 'err_model_setting_dropout'
	| 'err_model_setting_l2'
	| 'err_model_setting_learning_rate'
	| 'err_model_setting_min_leaf'
	| 'err_model_setting_trees'
	| 'err_model_setting_max_depth'
	| 'err_model_setting_solver_family'
	| 'err_model_setting_class_weights';

/**
 * Checks every field of `spec`.
 * @throws FaroError settings-invalid naming the field and the accepted values
 */
export function validateModelSpec(spec: ModelSpec): void {
	/** `expected` builds the message for the field (what the setting must be). */
	const fail = (field: string, expected: (field: string) => Text, got: unknown): never => {
		throw new FaroError('settings-invalid', expected(field), {
			where: `model.${field} = ${JSON.stringify(got)}`,
			hint: text('err_model_setting_hint')
		});
	};
	const oneOf = (choices: readonly string[]) => (field: string) =>
		text('err_model_setting_one_of', { field, choices: choices.join(', ') });
	const wholeRange = (min: number, max: number) => (field: string) =>
		text('err_model_setting_whole_range', { field, min, max });
	const says = (key: FieldMessage) => (field: string) => text(key, { field });
	const isInt = (v: unknown, min: number, max: number) =>
		typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
	const isNumber = (v: unknown, min: number, max: number) =>
		typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

	if (typeof spec !== 'object' || spec === null)
		fail('family', says('err_model_setting_object'), spec);
	if (!MODEL_FAMILIES.includes(spec.family)) fail('family', oneOf(MODEL_FAMILIES), spec.family);
	if (!Array.isArray(spec.hiddenUnits) || !spec.hiddenUnits.every((u) => isInt(u, 1, 4096))) {
		fail('hiddenUnits', says('err_model_setting_hidden_units'), spec.hiddenUnits);
	}
	if (spec.hiddenUnits.length > 8)
		fail('hiddenUnits', says('err_model_setting_layers'), spec.hiddenUnits);
	if (!ACTIVATIONS.includes(spec.activation)) {
		fail('activation', oneOf(ACTIVATIONS), spec.activation);
	}
	if (!isNumber(spec.dropout, 0, 0.95))
		fail('dropout', says('err_model_setting_dropout'), spec.dropout);
	if (!isNumber(spec.l2, 0, 10)) fail('l2', says('err_model_setting_l2'), spec.l2);
	if (!isNumber(spec.learningRate, 1e-7, 10) || spec.learningRate <= 0) {
		fail('learningRate', says('err_model_setting_learning_rate'), spec.learningRate);
	}
	if (!isInt(spec.batchSize, 1, 65536)) fail('batchSize', wholeRange(1, 65536), spec.batchSize);
	if (!isInt(spec.maxEpochs, 1, 10000)) fail('maxEpochs', wholeRange(1, 10000), spec.maxEpochs);
	if (!isInt(spec.patience, 0, 10000)) fail('patience', wholeRange(0, 10000), spec.patience);
	if (spec.family === 'gbdt') {
		const trees = spec.trees;
		if (typeof trees !== 'object' || trees === null) {
			fail('trees', says('err_model_setting_trees'), trees);
			return;
		}
		if (!isInt(trees.maxLeafNodes, 2, 1024))
			fail('trees.maxLeafNodes', wholeRange(2, 1024), trees.maxLeafNodes);
		if (trees.maxDepth !== null && !isInt(trees.maxDepth, 1, 64)) {
			fail('trees.maxDepth', says('err_model_setting_max_depth'), trees.maxDepth);
		}
		if (!isInt(trees.minSamplesLeaf, 1, 1_000_000)) {
			fail('trees.minSamplesLeaf', says('err_model_setting_min_leaf'), trees.minSamplesLeaf);
		}
		if (!isInt(trees.maxBins, 2, 255)) fail('trees.maxBins', wholeRange(2, 255), trees.maxBins);
	}
	if (spec.solver !== undefined) {
		if (!LOGISTIC_SOLVERS.includes(spec.solver))
			fail('solver', oneOf(LOGISTIC_SOLVERS), spec.solver);
		if (spec.solver === 'lbfgs' && spec.family !== 'logistic')
			fail('solver', says('err_model_setting_solver_family'), spec.solver);
	}
	const weights = spec.classWeights;
	if (weights !== undefined && weights !== null) {
		const ok = Array.isArray(weights) && weights.every((w) => isNumber(w, 0, 1e6));
		if (!ok || !weights.some((w) => w > 0)) {
			fail('classWeights', says('err_model_setting_class_weights'), weights);
		}
	}
}
