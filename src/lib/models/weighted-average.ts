/**
 * The weighted average of probability matrices, the arithmetic of every blend in Faro: a blend run's and bundle's
 * probabilities (fitted-model.ts `blendProbabilities`) and a blend of trials scored on the cross-validation folds
 * (search/ensemble-select.ts). Σ weight·p is summed in float64 and divided once by the total weight, so
 * integer weights (selection counts) never push a probability above 1 by rounding. Free of TF.js.
 */

/**
 * Σ weightᵢ·probaᵢ / Σ weightᵢ over the first `length` entries.
 * @example
 * weightedAverage([{ weight: 2, proba: a }, { weight: 1, proba: b }]); // (2a + b) / 3
 */
export function weightedAverage(
	parts: readonly { weight: number; proba: ArrayLike<number> }[],
	length = parts[0]?.proba.length ?? 0
): Float64Array {
	const total = parts.reduce((sum, p) => sum + p.weight, 0);
	const sum = new Float64Array(length);
	for (const { weight, proba } of parts) {
		for (let i = 0; i < length; i++) sum[i] += weight * proba[i];
	}
	for (let i = 0; i < length; i++) sum[i] /= total;
	return sum;
}
