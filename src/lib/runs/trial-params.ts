/** The sampled knobs of one search trial (a leaf of the search types: trial records and the space both use it). */
import type { ModelFamily } from '$lib/models/spec';
import type { NumericOptions } from '$lib/features/recipe-spec';
import type { BalanceMethod } from './balance-settings';

/** A trial's tree settings (family `gbdt` only). */
export type TreeParams = {
	maxLeafNodes: number;
	maxDepth: number | null;
	minSamplesLeaf: number;
	/** The configuration's full iteration budget (successive halving's early rungs run fewer). */
	maxIterations: number;
};

/**
 * The sampled choices of one trial. `maxEpochs` is what the trial ran with: set by the strategy (successive
 * halving varies it); for `gbdt` it counts boosting iterations. For `gbdt`, `learningRate` and `l2` are the
 * trees' shrinkage and leaf L2, `hiddenUnits` is empty, `dropout` and `batchSize` are 0 (unused) and `scale`
 * is 'none'.
 */
export type TrialParams = {
	family: ModelFamily;
	hiddenUnits: number[];
	learningRate: number;
	l2: number;
	dropout: number;
	batchSize: number;
	maxEpochs: number;
	oneHotK: number;
	scale: NumericOptions['scale'];
	textVocab: number | null;
	balance: BalanceMethod;
	/** Family `gbdt` only; absent for the others and in searches stored before trees existed. */
	trees?: TreeParams;
	/**
	 * Family `logistic`: solved by L-BFGS (learning rate and batch size unused). Absent: trained with Adam, as
	 * logistic trials were before the solver existed (their stored records keep meaning what they ran).
	 */
	solver?: 'lbfgs';
};
