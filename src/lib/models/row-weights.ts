/** Per-row loss weights of a training set, as scikit-learn multiplies them. */

/** classWeights[yᵢ] × sampleWeight[i] per training row (scikit-learn's class_weight × sample_weight), or null. */
export function rowWeights(
	y: Int32Array,
	classWeights: readonly number[] | null,
	sampleWeight: Float32Array | null
): Float64Array | null {
	if (!classWeights && !sampleWeight) return null;
	return Float64Array.from(
		y,
		(c, i) => (classWeights ? classWeights[c] : 1) * (sampleWeight ? sampleWeight[i] : 1)
	);
}
