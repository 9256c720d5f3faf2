/**
 * Scoring gradient-boosted trees in plain JavaScript: every tree's nodes flattened once per model into typed
 * arrays (cached in a WeakMap, so a model must not be edited after it is first scored), then each row walks
 * every tree. Dense rows are read in place; a row with a sparse part is scattered into a scratch row of the
 * full width and cleared again after, so a row costs its non-zeros, never the vocabulary size.
 */
import type { FeatureMatrix } from '$lib/features/matrix';
import type { GbdtArtifacts, GbdtTree } from './types';
import { scoresToProba } from './loss';

/** All trees' nodes end to end; `roots[t]` is tree t's first node; `left[i] === -1` marks a leaf. */
export type CompiledTrees = {
	roots: Int32Array;
	feature: Int32Array;
	threshold: Float64Array;
	missingLeft: Uint8Array;
	left: Int32Array;
	right: Int32Array;
	value: Float64Array;
};

const compiledModels = new WeakMap<GbdtArtifacts, CompiledTrees>();

/** Flattens `trees` (child indices made absolute). */
export function compileTrees(trees: readonly GbdtTree[]): CompiledTrees {
	const total = trees.reduce((s, t) => s + t.left.length, 0);
	const c: CompiledTrees = {
		roots: new Int32Array(trees.length),
		feature: new Int32Array(total),
		threshold: new Float64Array(total),
		missingLeft: new Uint8Array(total),
		left: new Int32Array(total),
		right: new Int32Array(total),
		value: new Float64Array(total)
	};
	let at = 0;
	trees.forEach((tree, t) => {
		c.roots[t] = at;
		for (let i = 0; i < tree.left.length; i++) {
			const leaf = tree.left[i] === -1;
			c.feature[at + i] = leaf ? 0 : tree.feature[i];
			c.threshold[at + i] = tree.threshold[i];
			c.missingLeft[at + i] = tree.missingLeft[i];
			c.left[at + i] = leaf ? -1 : at + tree.left[i];
			c.right[at + i] = leaf ? -1 : at + tree.right[i];
			c.value[at + i] = tree.value[i];
		}
		at += tree.left.length;
	});
	return c;
}

/**
 * Adds every tree's leaf value to `raw` (row-major rows × outputs): tree t scores output t mod `outputs`.
 */
export function accumulateScores(
	c: CompiledTrees,
	x: FeatureMatrix,
	raw: Float64Array,
	outputs: number
): void {
	const { roots, feature, threshold, missingLeft, left, right, value } = c;
	const treeCount = roots.length;
	const sparse = x.sparse && x.sparse.width > 0 ? x.sparse : null;
	const dw = x.denseWidth;
	// rows with a sparse part are assembled here; dense-only rows are read where they are
	const values = sparse ? new Float32Array(dw + sparse.width) : x.dense;
	for (let r = 0; r < x.rowCount; r++) {
		let base = r * dw;
		if (sparse) {
			values.set(x.dense.subarray(base, base + dw));
			for (let k = sparse.rowPtr[r]; k < sparse.rowPtr[r + 1]; k++) values[dw + sparse.indices[k]] = sparse.values[k];
			base = 0;
		}
		const out = r * outputs;
		for (let t = 0, k = 0; t < treeCount; t++) {
			let node = roots[t];
			let next = left[node];
			while (next !== -1) {
				const v = values[base + feature[node]];
				node = v <= threshold[node] || (v !== v && missingLeft[node] === 1) ? next : right[node];
				next = left[node];
			}
			raw[out + k] += value[node];
			if (++k === outputs) k = 0;
		}
		if (sparse) {
			for (let k = sparse.rowPtr[r]; k < sparse.rowPtr[r + 1]; k++) values[dw + sparse.indices[k]] = 0;
		}
	}
}

/**
 * Class probabilities of `x`, row-major rows × classCount (two classes: [1 − p, p]), like scikit-learn's
 * `predict_proba`.
 * @example
 * const proba = predictGbdt(model, x); // proba[i * model.classCount + c]
 */
export function predictGbdt(model: GbdtArtifacts, x: FeatureMatrix): Float32Array {
	let compiled = compiledModels.get(model);
	if (!compiled) {
		compiled = compileTrees(model.trees);
		compiledModels.set(model, compiled);
	}
	const raw = new Float64Array(x.rowCount * model.outputs);
	const outputs = model.outputs;
	for (let i = 0; i < raw.length; i += outputs) {
		for (let k = 0; k < outputs; k++) raw[i + k] = model.baseline[k];
	}
	accumulateScores(compiled, x, raw, outputs);
	return scoresToProba(raw, outputs, x.rowCount, new Float32Array(x.rowCount * model.classCount));
}
