/**
 * Scoring a Table with a loaded bundle: the fitted Recipe turns the rows into features exactly as it did
 * the test rows, the model gives softmax probabilities (a blend: the weighted average of its members', each
 * member through its own Recipe: `predictTable`), and each row gets a label: for a binary bundle
 * with a threshold, the positive label when p(positive) ≥ threshold, else the other one; otherwise the
 * most probable label (ties → the first in bundle order, like numpy `argmax`).
 */
import type { Table } from '$lib/data/table';
import { applyRecipe, type FittedRecipe } from '$lib/features';
import { blendProbabilities, predictFitted, type FittedModel } from '$lib/models/fitted-model';
import type { ModelBundle } from './bundle-types';

/**
 * Class probabilities of `table`'s rows, row-major `rows × classes`: a single model reads the features
 * `recipe` makes; a blend averages its members' probabilities, each member through its own Recipe
 * (`recipe` is then unused), weighted by the members' weights. Runs, cross-validated blends and bundles all
 * score through here.
 * @throws FaroError column-all-missing and the other errors of `applyRecipe` when `table` lacks an input
 * @example
 * const proba = await predictTable(model, result.recipe, takeRows(table, testRows));
 */
export async function predictTable(
	model: FittedModel,
	recipe: FittedRecipe,
	table: Table
): Promise<Float32Array> {
	if (model.kind !== 'ensemble') return predictFitted(model, applyRecipe(recipe, table));
	const parts: { weight: number; proba: Float32Array }[] = [];
	for (const member of model.members) {
		parts.push({
			weight: member.weight,
			proba: await predictTable(member.model, member.recipe, table)
		});
	}
	return blendProbabilities(parts);
}

/** Predictions for a table: one label per row and the probabilities, row-major `rows × labels`. */
export type TablePredictions = { labels: string[]; proba: Float32Array };

/** Scores every row of `table` (which has the recipe's input columns). */
export async function predictTableRows(
	model: FittedModel,
	bundle: ModelBundle,
	table: Table
): Promise<TablePredictions> {
	const proba = await predictTable(model, bundle.recipe, table);
	return { labels: decideLabels(bundle, proba), proba };
}

/** The predicted label of each row of `proba` (row-major, one column per bundle label). */
export function decideLabels(
	bundle: Pick<ModelBundle, 'labels' | 'positiveLabel' | 'threshold'>,
	proba: Float32Array
): string[] {
	const { labels, positiveLabel, threshold } = bundle;
	const k = labels.length;
	const rows = proba.length / k;
	const out: string[] = new Array(rows);
	if (k === 2 && positiveLabel !== undefined && threshold !== undefined) {
		const positive = labels.indexOf(positiveLabel);
		const negative = labels[1 - positive];
		for (let i = 0; i < rows; i++)
			out[i] = proba[i * k + positive] >= threshold ? positiveLabel : negative;
		return out;
	}
	for (let i = 0; i < rows; i++) {
		let best = 0;
		for (let c = 1; c < k; c++) if (proba[i * k + c] > proba[i * k + best]) best = c;
		out[i] = labels[best];
	}
	return out;
}
