/**
 * A trial's configuration in words, for the leaderboard: the model ("Logistic", "MLP 64-32",
 * "Trees 31 leaves") and its settings ("lr 0.1 · L2 0.001 · depth ≤ 5 · ≥ 20 rows/leaf · ≤ 300 iterations ·
 * K 10 · standard"; "L-BFGS · L2 0.01 · ≤ 100 iterations · …" for a solved logistic regression). Reads trials stored before trees existed (no `trees`) as well. Free of TF.js.
 */
import { modelShortName } from '$lib/models/describe-spec';
import { DEFAULT_TREE_SPEC } from '$lib/models/spec';
import type { TrialParams } from './space';

/** "Logistic", "MLP 64-32" or "Trees 31 leaves". */
export const describeTrialModel = (p: TrialParams): string =>
	modelShortName({
		family: p.family,
		hiddenUnits: p.hiddenUnits,
		trees: p.trees && { ...DEFAULT_TREE_SPEC, ...p.trees }
	});

/** The trial's settings other than the model's shape, joined by " · ". */
export function describeTrialSettings(p: TrialParams): string {
	const lbfgs = p.family === 'logistic' && p.solver === 'lbfgs';
	const parts = lbfgs ? ['L-BFGS', `L2 ${p.l2}`] : [`lr ${p.learningRate}`, `L2 ${p.l2}`];
	if (lbfgs) parts.push(`≤ ${p.maxEpochs} iterations`);
	else if (p.family === 'gbdt') {
		const t = p.trees;
		if (t) {
			parts.push(
				t.maxDepth === null ? 'no depth limit' : `depth ≤ ${t.maxDepth}`,
				`≥ ${t.minSamplesLeaf} rows/leaf`
			);
		}
		parts.push(`≤ ${p.maxEpochs} iterations`);
	} else {
		if (p.family === 'mlp') parts.push(`dropout ${p.dropout}`);
		parts.push(`batch ${p.batchSize}`, `≤ ${p.maxEpochs} epochs`);
	}
	parts.push(`K ${p.oneHotK}`);
	if (p.family !== 'gbdt') parts.push(p.scale);
	if (p.textVocab !== null) parts.push(`vocab ${p.textVocab}`);
	if (p.balance !== 'none') parts.push(p.balance);
	return parts.join(' · ');
}
