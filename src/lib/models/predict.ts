/**
 * Class probabilities for a FeatureMatrix, one densified batch at a time, and the cross-entropy that
 * training reports as its validation loss. Inputs with a sparse (TF-IDF) part go through the JavaScript
 * forward pass of predict-js.ts instead, which reads the CSR rows directly: densifying rows × vocabulary
 * made scoring the dominant cost of a text run (20,000 terms: ≈17 of 30 s in bench/text-train.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { denseBatch, featureWidth, type FeatureMatrix } from '$lib/features/matrix';
import { predictProbaJs, readDenseChain } from './predict-js';

/**
 * Rows scored at once: up to 4,096, fewer when the densified batch would pass about 4 million floats
 * (16 MB; wide TF-IDF inputs). Measured on wasm with a German-credit MLP: 1,024 rows → 78,000 rows/s,
 * 4,096 → 104,000, 16,384 → 37,000 (the bigger intermediate tensors stop fitting in cache).
 */
export const predictBatchSize = (width: number): number =>
	Math.max(256, Math.min(4096, Math.floor(4_000_000 / Math.max(1, width))));

/**
 * Softmax probabilities, row-major `rowCount × classCount` (row i's class c at `i · k + c`).
 * @param batchSize rows densified and scored at once (dense inputs) (memory: batchSize × feature width floats)
 */
export async function predictProba(
	model: tf.LayersModel,
	x: FeatureMatrix,
	batchSize = predictBatchSize(featureWidth(x))
): Promise<Float32Array> {
	const chain = x.sparse && x.sparse.width > 0 ? await readDenseChain(model) : null;
	if (chain) return predictProbaJs(chain, x);
	const classCount = outputWidth(model);
	const out = new Float32Array(x.rowCount * classCount);
	const width = featureWidth(x);
	const rows = new Int32Array(Math.min(batchSize, x.rowCount));
	for (let start = 0; start < x.rowCount; start += batchSize) {
		const count = Math.min(batchSize, x.rowCount - start);
		const batchRows = rows.subarray(0, count);
		for (let r = 0; r < count; r++) batchRows[r] = start + r;
		const probabilities = tf.tidy(() => {
			const input = tf.tensor2d(denseBatch(x, batchRows), [count, width]);
			return model.predict(input) as tf.Tensor;
		});
		out.set(await probabilities.data(), start * classCount);
		probabilities.dispose();
	}
	return out;
}

/** Number of classes the model outputs. */
export function outputWidth(model: tf.LayersModel): number {
	const shape = model.outputs[0].shape;
	return shape[shape.length - 1] ?? 0;
}

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
