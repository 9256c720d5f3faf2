/**
 * The search space of "Find the best model": model family and size, optimiser and regularisation
 * hyperparameters, gradient-boosted trees' settings, and preparation choices, with default ranges that suit
 * small to mid-sized tables and that the user can narrow (space-check.ts validates them). A sample is a
 * `TrialParams` (the knobs only, small enough to keep for every trial); `applyParams` turns it into full
 * training settings on top of the user's own.
 */
import {
	DEFAULT_TREE_SPEC,
	defaultBatchSize,
	defaultModelSpec,
	type ModelFamily,
	type ModelSpec
} from '$lib/models/spec';
import type { NumericOptions } from '$lib/features/recipe-spec';
import type { Rng } from '$lib/shared/rng';
import { DEFAULT_BALANCE } from '$lib/runs/default-settings';
import type { BalanceMethod, TrainSettings } from '$lib/runs/types';

export type Range = { min: number; max: number };

export type SearchSpace = {
	families: ModelFamily[];
	/** MLP hidden layouts to choose from (units per layer). */
	hiddenLayouts: number[][];
	/** Adam learning rate (logistic and MLP), log-uniform. */
	learningRate: Range;
	/** L2 penalty on the weights (logistic and MLP), log-uniform. */
	l2: Range;
	/** MLP dropout, uniform. */
	dropout: Range;
	batchSizes: number[];
	/** Gradient-boosted trees: leaves per tree. */
	treeLeaves: number[];
	/** Gradient-boosted trees: depth limits (null = none). */
	treeDepths: (number | null)[];
	/** Gradient-boosted trees: rows a leaf needs at least. */
	treeMinLeafRows: number[];
	/** Gradient-boosted trees: shrinkage, log-uniform (its own range: trees want larger steps than Adam). */
	treeLearningRate: Range;
	/** Gradient-boosted trees: L2 on the leaf values, log-uniform. */
	treeL2: Range;
	/** Gradient-boosted trees: most boosting iterations (early stopping usually ends sooner). */
	treeIterations: number[];
	/** One-hot keeps this many levels per categorical column. */
	oneHotK: number[];
	/** Scaling of numeric columns (logistic and MLP; trees split on ranks and need none). */
	scales: NumericOptions['scale'][];
	/** TF-IDF vocabulary sizes; empty when the data has no text column. */
	textVocab: number[];
	/** Class balancing of each fold's training rows. */
	balance: BalanceMethod[];
};

export type { TreeParams, TrialParams } from '$lib/runs/trial-params';
import type { TreeParams, TrialParams } from '$lib/runs/trial-params';

/**
 * The families searched by default: logistic regression, MLPs and gradient-boosted trees, except when text
 * columns are features. Then trees are left out (the user can tick them): every TF-IDF term is a feature to
 * histogram at every split, for every class. On the Austen sample, scikit-learn's HistGradientBoosting took
 * 82 s for 10 iterations on 1,000 dense TF-IDF terms, and on a 100-dimensional LSA of them scored a test ROC
 * AUC of 0.895 against logistic regression's 0.939 (bench/search-quality.ts).
 */
export function defaultFamilies(settings: TrainSettings): ModelFamily[] {
	return hasTextFeatures(settings) ? ['logistic', 'mlp'] : ['logistic', 'mlp', 'gbdt'];
}

/**
 * Default ranges around Faro's untuned defaults (spec.ts): learning rate 3·10⁻⁴–3·10⁻², L2 10⁻⁵–10⁻¹,
 * dropout 0–0.5, batch 16–128 on small data (`searchBatchSizes`: larger with the rows), one-hot K 5–50, standard or min-max scaling, for text 2,000–20,000 terms;
 * balancing none, class weights or random over-sampling (cheap, and safe with text; SMOTE is opt-in).
 * Trees around scikit-learn's HistGradientBoosting defaults (31 leaves, no depth limit, 20 rows per leaf,
 * shrinkage 0.1, no L2, 100 iterations): 7–63 leaves, depth none / 3 / 5 / 8, 5–40 rows per leaf, shrinkage
 * 0.02–0.3, L2 10⁻³–10 (10⁻³ is as good as none: it is added to leaf hessian sums of at least 5 rows × p(1−p)),
 * 100–500 iterations with early stopping.
 */
export function defaultSearchSpace(settings: TrainSettings, rowCount?: number): SearchSpace {
	return {
		families: defaultFamilies(settings),
		hiddenLayouts: [[32], [64], [128], [64, 32], [128, 64], [128, 64, 32]],
		learningRate: { min: 3e-4, max: 3e-2 },
		l2: { min: 1e-5, max: 1e-1 },
		dropout: { min: 0, max: 0.5 },
		batchSizes: searchBatchSizes(rowCount ?? 0),
		treeLeaves: [7, 15, 31, 63],
		treeDepths: [null, 3, 5, 8],
		treeMinLeafRows: [5, 10, 20, 40],
		treeLearningRate: { min: 0.02, max: 0.3 },
		treeL2: { min: 1e-3, max: 10 },
		treeIterations: [100, 200, 300, 500],
		oneHotK: [5, 10, 20, 50],
		scales: ['standard', 'minmax'],
		textVocab: hasTextFeatures(settings) ? [2000, 5000, 20000] : [],
		balance: ['none', 'class-weights', 'random-over']
	};
}

/**
 * Batch sizes to search for a dataset of `rowCount` rows: 16–128 up to ~2,000 rows, then the same ladder scaled
 * by `defaultBatchSize` (512 at ~25,000 rows and more: 256–1,024). A fixed 16–128 made an epoch on 40,000 rows
 * up to 2,000 steps, and the first logistic trial drawn on 43,500 × 9 rows took the whole 2 minutes.
 */
export function searchBatchSizes(rowCount: number): number[] {
	const scale = defaultBatchSize(rowCount) / 32;
	const sizes = [16, 32, 64, 128].map((b) => Math.min(MAX_SEARCH_BATCH, b * scale));
	return [...new Set(sizes)];
}

const MAX_SEARCH_BATCH = 1024;

/**
 * Draws one configuration from `space`, uniformly (log-uniformly for learning rates and L2), with 3
 * significant digits for continuous values so they read well. `maxEpochs` is the epoch cap of logistic and
 * MLP trials; a tree trial's cap is its drawn iteration count.
 */
export function sampleParams(space: SearchSpace, rng: Rng, maxEpochs: number): TrialParams {
	const pickOne = <T>(options: T[]): T => options[rng.int(options.length)];
	const family = pickOne(space.families);
	const shared = {
		oneHotK: pickOne(space.oneHotK),
		textVocab: space.textVocab.length ? pickOne(space.textVocab) : null,
		balance: space.balance.length ? pickOne(space.balance) : ('none' as const)
	};
	if (family === 'gbdt') {
		const trees: TreeParams = {
			maxLeafNodes: pickOne(space.treeLeaves),
			maxDepth: pickOne(space.treeDepths),
			minSamplesLeaf: pickOne(space.treeMinLeafRows),
			maxIterations: pickOne(space.treeIterations)
		};
		return treeParams(trees, {
			...shared,
			learningRate: fitRange(logUniform(space.treeLearningRate, rng), space.treeLearningRate),
			l2: fitRange(logUniform(space.treeL2, rng), space.treeL2)
		});
	}
	const hiddenUnits = pickOne(space.hiddenLayouts);
	const learningRate = fitRange(logUniform(space.learningRate, rng), space.learningRate);
	const l2 = fitRange(logUniform(space.l2, rng), space.l2);
	const dropout = fitRange(
		space.dropout.min + rng.next() * (space.dropout.max - space.dropout.min),
		space.dropout
	);
	const params: TrialParams = {
		family,
		hiddenUnits: family === 'mlp' ? [...hiddenUnits] : [],
		learningRate,
		l2,
		dropout: family === 'mlp' ? dropout : 0,
		batchSize: pickOne(space.batchSizes),
		maxEpochs,
		scale: pickOne(space.scales),
		...shared
	};
	return family === 'logistic' ? solvedLogistic(params) : params;
}

/**
 * A logistic trial solved by L-BFGS: learning rate and batch size do not act on it, so they are pinned (to the
 * logistic defaults; the space's ranges for them are the MLP's and may be anything when only logistic
 * regression is searched) and two trials never differ in them alone.
 */
export function solvedLogistic(p: TrialParams): TrialParams {
	return { ...p, learningRate: 0.01, batchSize: 32, solver: 'lbfgs' };
}

/** A `gbdt` trial's params from its tree settings and the choices shared with the other families. */
export function treeParams(
	trees: TreeParams,
	rest: Pick<TrialParams, 'learningRate' | 'l2' | 'oneHotK' | 'textVocab' | 'balance'>
): TrialParams {
	return {
		family: 'gbdt',
		hiddenUnits: [],
		dropout: 0,
		batchSize: 0,
		maxEpochs: trees.maxIterations,
		scale: 'none',
		...rest,
		trees
	};
}

/** The epochs (boosting iterations for trees) a configuration gets when trained in full. */
/**
 * The epoch cap of the search's logistic and MLP trials: the user's own `maxEpochs`, unless their settings are
 * trees (then it counts boosting iterations, and the neural default of 100 epochs applies instead).
 */
export const neuralEpochCap = (base: TrainSettings): number =>
	base.model.family === 'gbdt' ? defaultModelSpec('mlp', 1).maxEpochs : base.model.maxEpochs;

export const fullEpochs = (p: TrialParams, maxEpochs: number): number =>
	p.family === 'gbdt' && p.trees ? p.trees.maxIterations : maxEpochs;

/**
 * The full training settings of a trial: `base` with the trial's choices. A `gbdt` trial sets `model.trees`
 * (bins from `base` when it is a tree model, else scikit-learn's 255) and stops after 10 iterations without a
 * lower validation loss (scikit-learn's default) unless `base` is a tree model with its own patience; the
 * other families drop `model.trees`. Logistic trials with `solver: 'lbfgs'` are solved by L-BFGS (learning rate
 * and batch size unused: the optimum depends on the L2 penalty and the preparation only), older ones by Adam.
 */
export function applyParams(base: TrainSettings, p: TrialParams): TrainSettings {
	const recipe = base.recipe;
	const { trees: baseTrees, solver: _solver, ...baseModel } = base.model;
	const shared = {
		...baseModel,
		family: p.family,
		learningRate: p.learningRate,
		l2: p.l2,
		maxEpochs: p.maxEpochs
	};
	const model: ModelSpec =
		p.family === 'gbdt'
			? {
					...shared,
					hiddenUnits: [],
					dropout: 0,
					patience: base.model.family === 'gbdt' ? base.model.patience : GBDT_PATIENCE,
					trees: {
						maxLeafNodes: p.trees?.maxLeafNodes ?? DEFAULT_TREE_SPEC.maxLeafNodes,
						maxDepth: p.trees ? p.trees.maxDepth : DEFAULT_TREE_SPEC.maxDepth,
						minSamplesLeaf: p.trees?.minSamplesLeaf ?? DEFAULT_TREE_SPEC.minSamplesLeaf,
						maxBins: baseTrees?.maxBins ?? DEFAULT_TREE_SPEC.maxBins
					}
				}
			: {
					...shared,
					hiddenUnits: p.hiddenUnits,
					dropout: p.dropout,
					batchSize: p.batchSize,
					...(p.family === 'logistic' && p.solver === 'lbfgs' && { solver: 'lbfgs' as const })
				};
	return {
		...base,
		model,
		recipe: {
			...recipe,
			numeric: { ...recipe.numeric, scale: p.scale },
			categorical: { ...recipe.categorical, maxLevels: p.oneHotK },
			text: p.textVocab === null ? recipe.text : { ...recipe.text, maxFeatures: p.textVocab }
		},
		balance: { ...(base.balance ?? DEFAULT_BALANCE), method: p.balance }
	};
}

/** scikit-learn's `n_iter_no_change`. */
const GBDT_PATIENCE = 10;

const hasTextFeatures = (settings: TrainSettings) =>
	settings.columns.some((c) => c.role === 'feature' && c.kind === 'text');

const logUniform = (r: Range, rng: Rng) =>
	Math.exp(Math.log(r.min) + rng.next() * (Math.log(r.max) - Math.log(r.min)));

/** 3 significant digits, kept inside the range (a bound with more digits could round outside it). */
export const fitRange = (x: number, r: Range): number =>
	Math.min(r.max, Math.max(r.min, Number(x.toPrecision(3))));
