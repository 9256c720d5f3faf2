/**
 * How often each feature splits a node across all trees: a cheap importance for tree models (the gains are not
 * stored in the model, so total gain per feature cannot be recovered from a saved one).
 */
import type { GbdtArtifacts } from './types';

/** Split count per feature (index = feature number, dense then sparse), over every tree of `model`. */
export function featureSplitCounts(model: GbdtArtifacts): Int32Array {
	const counts = new Int32Array(model.featureCount);
	for (const tree of model.trees) {
		for (let i = 0; i < tree.left.length; i++) if (tree.left[i] !== -1) counts[tree.feature[i]]++;
	}
	return counts;
}
