/** Short human names for model settings (run names, settings summaries, leaderboards). Free of TF.js. */
import type { ModelSpec } from './spec';

/** "Logistic", "MLP 64-32" or "Trees 31 leaves": the default run name's model part. */
export function modelShortName(spec: Pick<ModelSpec, 'family' | 'hiddenUnits' | 'trees'>): string {
	if (spec.family === 'mlp') return `MLP ${spec.hiddenUnits.join('-')}`;
	if (spec.family === 'gbdt') return `Trees ${spec.trees?.maxLeafNodes ?? '?'} leaves`;
	return 'Logistic';
}

/** One line with every setting of the model, as the run page shows it. */
export function describeModelSpec(spec: ModelSpec): string {
	if (spec.family === 'gbdt') {
		const t = spec.trees;
		const depth = t?.maxDepth == null ? 'no depth limit' : `depth ≤ ${t.maxDepth}`;
		return (
			`Gradient-boosted trees: ≤ ${spec.maxEpochs} iterations, learning rate ${spec.learningRate}, ` +
			`${t?.maxLeafNodes ?? '?'} leaves, ${depth}, ≥ ${t?.minSamplesLeaf ?? '?'} rows per leaf, ` +
			`${t?.maxBins ?? '?'} bins, L2 ${spec.l2}, patience ${spec.patience}`
		);
	}
	if (spec.family === 'logistic' && spec.solver === 'lbfgs')
		return `Logistic regression, L2 ${spec.l2}, solved by L-BFGS in ≤ ${spec.maxEpochs} iterations`;
	const family =
		spec.family === 'mlp'
			? `MLP (${spec.hiddenUnits.join(', ')}), ${spec.activation}, dropout ${spec.dropout}`
			: 'Logistic regression';
	return (
		`${family}, L2 ${spec.l2}, Adam lr ${spec.learningRate}, batch ${spec.batchSize}, ` +
		`≤ ${spec.maxEpochs} epochs, patience ${spec.patience}`
	);
}
