/** The validation loss every model family reports, free of TF.js (tree models use it without loading TF.js). */

/**
 * Mean categorical cross-entropy `−Σ wᵢ log p(yᵢ) / Σ wᵢ` with wᵢ = `classWeights[yᵢ]` (1 without weights);
 * probabilities are floored at 1e-7 like TF.js's `categoricalCrossentropy`. NaN for no rows.
 */
export function meanCrossEntropy(
	proba: Float32Array,
	y: Int32Array,
	classCount: number,
	classWeights?: readonly number[] | null
): number {
	let total = 0;
	let weightSum = 0;
	for (let i = 0; i < y.length; i++) {
		const w = classWeights ? classWeights[y[i]] : 1;
		total -= w * Math.log(Math.max(proba[i * classCount + y[i]], 1e-7));
		weightSum += w;
	}
	return total / weightSum;
}
