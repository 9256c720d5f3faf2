/**
 * Class probabilities for a FeatureMatrix, one densified batch at a time, and the cross-entropy that
 * training reports as its validation loss. Inputs with a sparse (TF-IDF) part go through the JavaScript
 * forward pass of predict-js.ts instead, which reads the CSR rows directly: densifying rows × vocabulary
 * made scoring the dominant cost of a text run (20,000 terms: ≈17 of 30 s in bench/text-train.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { denseBatch, featureWidth, type FeatureMatrix } from '$lib/shared/feature-matrix';
import { predictProbaJs, readDenseChain } from './predict-js';

export { meanCrossEntropy } from './cross-entropy';

/**
 * Rows scored at once: up to 4,096, fewer when the densified batch would pass about 4 million floats
 * (16 MB; wide inputs). Measured on wasm with a German-credit MLP, fused path: 1,024 rows → 2.07 M rows/s,
 * 4,096 → 2.32 M, 16,384 → 2.11 M.
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
	const layers = fusedLayers(model);
	const rows = new Int32Array(Math.min(batchSize, x.rowCount));
	for (let start = 0; start < x.rowCount; start += batchSize) {
		const count = Math.min(batchSize, x.rowCount - start);
		const batchRows = rows.subarray(0, count);
		for (let r = 0; r < count; r++) batchRows[r] = start + r;
		const probabilities = tf.tidy(() => {
			// Batches are consecutive rows: without a sparse part they are a view of the dense block, no copy.
			const values = x.sparse
				? denseBatch(x, batchRows)
				: x.dense.subarray(start * width, (start + count) * width);
			const input = tf.tensor2d(values, [count, width]);
			return layers ? forward(layers, input) : (model.predict(input) as tf.Tensor);
		});
		out.set(await probabilities.data(), start * classCount);
		probabilities.dispose();
	}
	return out;
}

type FusedLayer = { kernel: tf.Tensor2D; bias: tf.Tensor1D; activation: string };

/**
 * The model's Dense layers as (kernel, bias, activation) for `tf.fused.matMul`, or null for any other
 * architecture. Going around `model.predict` matters: the layers API costs ~20 ms of bookkeeping per call,
 * so on wasm the German-credit MLP scored 122,000 rows/s through `predict` and 2,300,000 rows/s fused.
 * Dropout is the identity at inference. The tensors are the model's own variables (not copies).
 */
function fusedLayers(model: tf.LayersModel): FusedLayer[] | null {
	const layers: FusedLayer[] = [];
	for (const layer of model.layers) {
		const kind = layer.getClassName();
		if (kind === 'Dropout' || kind === 'InputLayer') continue;
		const config = layer.getConfig() as { activation?: string; useBias?: boolean };
		const weights = layer.getWeights();
		if (kind !== 'Dense' || weights.length !== 2) return null;
		layers.push({
			kernel: weights[0] as tf.Tensor2D,
			bias: weights[1] as tf.Tensor1D,
			activation: config.activation ?? 'linear'
		});
	}
	const known = ['linear', 'relu', 'elu', 'sigmoid', 'tanh', 'softmax'];
	return layers.length > 0 && layers.every((l) => known.includes(l.activation)) ? layers : null;
}

/** The forward pass of fused Dense layers (inside the caller's tidy). */
function forward(layers: FusedLayer[], input: tf.Tensor2D): tf.Tensor {
	let h = input;
	for (const layer of layers) {
		const fusable =
			layer.activation === 'relu' || layer.activation === 'elu' || layer.activation === 'sigmoid';
		h = tf.fused.matMul({
			a: h,
			b: layer.kernel,
			bias: layer.bias,
			activation: fusable ? (layer.activation as 'relu' | 'elu' | 'sigmoid') : 'linear'
		}) as tf.Tensor2D;
		if (layer.activation === 'tanh') h = tf.tanh(h);
		if (layer.activation === 'softmax') h = tf.softmax(h);
	}
	return h;
}

/** Number of classes the model outputs. */
export function outputWidth(model: tf.LayersModel): number {
	const shape = model.outputs[0].shape;
	return shape[shape.length - 1] ?? 0;
}
