/**
 * What a tree model's own splits say about each input column: how many splits use it and the total gain
 * (loss reduction) of those splits, XGBoost's `total_gain`, summed over every tree and class. Features roll up
 * to their column as in explain.ts (a feature of two columns gives each half). Complements permutation
 * importance: gain shows what the trees used while fitting, permutation what the score needs on test rows.
 */
import { featureColumns, type FittedRecipe } from '$lib/features';
import type { GbdtArtifacts } from '$lib/models/gbdt/types';

export type TreeColumnImportance = {
	column: string;
	splits: number;
	gain: number;
	/** `gain` over all columns' gain. */
	gainShare: number;
};

/**
 * Split counts and total gain per input column of `recipe`, largest gain first; null when the trees carry no
 * gains (models written before Faro stored them).
 */
export function treeColumnImportance(
	model: GbdtArtifacts,
	recipe: FittedRecipe
): TreeColumnImportance[] | null {
	if (model.trees.some((t) => !t.gain || t.gain.length !== t.left.length)) return null;
	const sources = featureColumns(recipe);
	const byColumn = new Map(recipe.inputs.map((c) => [c.name, { splits: 0, gain: 0 }]));
	for (const tree of model.trees) {
		const gain = tree.gain as number[];
		for (let i = 0; i < tree.left.length; i++) {
			if (tree.left[i] === -1) continue;
			const columns = sources[tree.feature[i]] ?? [];
			for (const column of columns) {
				const entry = byColumn.get(column);
				if (!entry) continue;
				entry.splits += 1 / columns.length;
				entry.gain += gain[i] / columns.length;
			}
		}
	}
	const total = [...byColumn.values()].reduce((s, e) => s + e.gain, 0);
	return [...byColumn]
		.map(([column, e]) => ({
			column,
			splits: e.splits,
			gain: e.gain,
			gainShare: total > 0 ? e.gain / total : 0
		}))
		.sort((a, b) => b.gain - a.gain || (a.column < b.column ? -1 : 1));
}
