/**
 * The search's opening trials: one strong, cheap configuration per family before any strategy draws, as FLAML
 * and AutoGluon start from defaults. On tables, gradient-boosted trees with scikit-learn's
 * HistGradientBoosting defaults come first (they reach ≈1.0 macro ROC AUC in seconds on the multiclass sets
 * where a drawn logistic regression used to eat the whole budget), then Faro's untuned logistic regression and
 * MLP (spec.ts); with text features, logistic regression on TF-IDF first, then the MLP, then trees if the user
 * ticked them. So every family of the space gets one full trial before any family gets a second, unless the
 * budget ends first. Each value is the nearest one the (possibly narrowed) space allows.
 */
import { defaultModelSpec, type ModelFamily } from '$lib/models/spec';
import { TEXT_TERMS } from '$lib/runs/default-settings';
import type { TrainSettings } from '$lib/runs/types';
import { fitRange, solvedLogistic, treeParams, type SearchSpace, type TrialParams } from './space';

/** scikit-learn's HistGradientBoosting defaults: 100 iterations of shrinkage 0.1, L2 0 (the space's smallest). */
const TREE_DEFAULTS = { iterations: 100, learningRate: 0.1, leaves: 31, minLeafRows: 20 };
/** Faro's default MLP layout (spec.ts). */
const MLP_LAYOUT = [64, 32];

/**
 * The opening configurations for `base` in `space`, in the order they run.
 * @param maxEpochs the epoch cap of logistic and MLP trials
 * @param rowCount the rows a fold trains on (the batch size follows it, as in `defaultModelSpec`)
 */
export function startingTrials(
	space: SearchSpace,
	base: TrainSettings,
	maxEpochs: number,
	rowCount: number
): TrialParams[] {
	const hasText = space.textVocab.length > 0;
	const order: ModelFamily[] = hasText ? ['logistic', 'mlp', 'gbdt'] : ['gbdt', 'logistic', 'mlp'];
	const shared = {
		oneHotK: nearest(space.oneHotK, base.recipe.categorical.maxLevels),
		textVocab: hasText
			? nearest(space.textVocab, base.recipe.text.maxFeatures ?? TEXT_TERMS)
			: null,
		balance: space.balance.includes('none') ? ('none' as const) : space.balance[0]
	};
	return order
		.filter((family) => space.families.includes(family))
		.map((family): TrialParams => {
			if (family === 'gbdt') {
				return treeParams(
					{
						maxLeafNodes: nearest(space.treeLeaves, TREE_DEFAULTS.leaves),
						maxDepth: space.treeDepths.includes(null)
							? null
							: Math.max(...(space.treeDepths as number[])),
						minSamplesLeaf: nearest(space.treeMinLeafRows, TREE_DEFAULTS.minLeafRows),
						maxIterations: nearest(space.treeIterations, TREE_DEFAULTS.iterations)
					},
					{
						...shared,
						learningRate: fitRange(TREE_DEFAULTS.learningRate, space.treeLearningRate),
						l2: space.treeL2.min
					}
				);
			}
			const spec = defaultModelSpec(family, rowCount, { hasText });
			const layout =
				space.hiddenLayouts.find(
					(l) => l.join() === (hasText ? spec.hiddenUnits : MLP_LAYOUT).join()
				) ?? space.hiddenLayouts[0];
			const params: TrialParams = {
				family,
				hiddenUnits: family === 'mlp' ? [...layout] : [],
				learningRate: fitRange(spec.learningRate, space.learningRate),
				l2: fitRange(spec.l2, space.l2),
				dropout: family === 'mlp' ? fitRange(spec.dropout, space.dropout) : 0,
				batchSize: nearest(space.batchSizes, spec.batchSize),
				maxEpochs,
				scale: space.scales.includes('standard') ? 'standard' : space.scales[0],
				...shared
			};
			return family === 'logistic' ? solvedLogistic(params) : params;
		});
}

/** The option closest to `value` (on a log scale: sizes and counts); the first of equals. */
function nearest(options: readonly number[], value: number): number {
	let best = options[0];
	for (const o of options) {
		if (Math.abs(Math.log(o / value)) < Math.abs(Math.log(best / value))) best = o;
	}
	return best;
}
