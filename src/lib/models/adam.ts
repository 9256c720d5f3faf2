/**
 * Adam (Kingma & Ba, 2015) with TF.js's defaults, shared by the TF.js update of step.ts and the JavaScript
 * update of the sparse first layer (sparse-first-layer.ts), so both halves of a model follow one rule.
 */

export const BETA1 = 0.9;
export const BETA2 = 0.999;
/** Added to the bias-corrected √v̂, as tf.train.adam does. */
export const EPSILON = 1e-7;

/** The bias-corrected step size and √v scale of step `t` (counting from 1). */
export function adamScales(learningRate: number, t: number): { stepSize: number; vScale: number } {
	return {
		stepSize: learningRate / (1 - BETA1 ** t),
		vScale: 1 / Math.sqrt(1 - BETA2 ** t)
	};
}

/**
 * One dense Adam step in place over every entry (untouched entries too: their moments decay and their
 * momentum still moves them, exactly as the TF.js update does): gᵢ = `grad[i] + decay · params[i]`.
 * @param decay the L2 penalty's gradient factor (2 · l2), 0 for none
 */
export function adamStepInPlace(
	params: Float32Array,
	grad: Float32Array,
	m: Float32Array,
	v: Float32Array,
	options: { learningRate: number; t: number; decay: number }
): void {
	const { stepSize, vScale } = adamScales(options.learningRate, options.t);
	const decay = options.decay;
	for (let i = 0; i < params.length; i++) {
		const g = grad[i] + decay * params[i];
		const mi = BETA1 * m[i] + (1 - BETA1) * g;
		const vi = BETA2 * v[i] + (1 - BETA2) * g * g;
		m[i] = mi;
		v[i] = vi;
		params[i] -= (stepSize * mi) / (Math.sqrt(vi) * vScale + EPSILON);
	}
}
