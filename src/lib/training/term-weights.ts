/**
 * The text terms that weigh most for each class, shown after a run on data with text columns.
 * - Logistic regression (one Dense softmax layer): the kernel weight of each term for each class, centred
 *   across classes (`w[j][c] − mean_c′ w[j][c′]`; softmax is unchanged when a constant is added to every
 *   class, so only the differences mean anything).
 * - MLP: gradient × input (Shrikumar et al., 2016; Simonyan et al., 2014 for the gradient), the exact TF.js
 *   gradient of the row's own class probability with respect to its inputs, times the input, averaged over
 *   the rows of that class. Only the text features are read, and only where a row has a term (the product
 *   is 0 elsewhere), one densified batch at a time.
 */
import * as tf from '@tensorflow/tfjs';
import { denseBatch, featureWidth, type FeatureMatrix } from '$lib/shared/feature-matrix';
import type { FittedRecipe } from '$lib/features';
import { throwIfAborted } from '$lib/shared/errors';
import type { TermWeights } from '$lib/runs/types';

export type TermWeightOptions = {
	/** Terms kept per class. */
	top?: number;
	/** Rows densified at once for the MLP gradients (memory: batchSize × feature width floats). */
	batchSize?: number;
	signal?: AbortSignal;
};

/**
 * Term weights of `model` on the rows `x` (with classes `y`, e.g. the test part); undefined when the recipe
 * has no text features.
 * @throws FaroError cancelled
 * @example
 * const weights = await computeTermWeights(model, recipe, xTest, yTest, labels);
 * weights?.[0].terms[0]; // { term: 'darcy', weight: 0.41 }
 */
export async function computeTermWeights(
	model: tf.LayersModel,
	recipe: FittedRecipe,
	x: FeatureMatrix,
	y: Int32Array,
	labels: string[],
	options: TermWeightOptions = {}
): Promise<TermWeights | undefined> {
	const textWidth = x.sparse?.width ?? 0;
	if (textWidth === 0) return undefined;
	const dense = model.layers.filter((layer) => layer.getClassName() === 'Dense');
	const weights =
		dense.length === 1
			? await centredKernel(dense[0], x.denseWidth, textWidth, labels.length)
			: await gradientTimesInput(model, x, y, labels.length, options);
	return rankTerms(weights, termNames(recipe), labels, options.top ?? 15);
}

/** Class-major `classCount × textWidth`: the text rows of the kernel, centred across classes. */
async function centredKernel(
	layer: tf.layers.Layer,
	denseWidth: number,
	textWidth: number,
	classCount: number
): Promise<Float64Array> {
	const kernel = await layer.getWeights()[0].data();
	const out = new Float64Array(classCount * textWidth);
	for (let j = 0; j < textWidth; j++) {
		const row = (denseWidth + j) * classCount;
		let mean = 0;
		for (let c = 0; c < classCount; c++) mean += kernel[row + c] / classCount;
		for (let c = 0; c < classCount; c++) out[c * textWidth + j] = kernel[row + c] - mean;
	}
	return out;
}

/** Class-major `classCount × textWidth`: mean over the rows of class c of ∂p_c/∂x_j · x_j. */
async function gradientTimesInput(
	model: tf.LayersModel,
	x: FeatureMatrix,
	y: Int32Array,
	classCount: number,
	options: TermWeightOptions
): Promise<Float64Array> {
	const sparse = x.sparse as NonNullable<FeatureMatrix['sparse']>;
	const width = featureWidth(x);
	const batchSize = options.batchSize ?? 256;
	const sums = new Float64Array(classCount * sparse.width);
	const rowsOfClass = new Float64Array(classCount);
	for (let start = 0; start < x.rowCount; start += batchSize) {
		throwIfAborted(options.signal);
		const count = Math.min(batchSize, x.rowCount - start);
		const rows = Int32Array.from({ length: count }, (_, r) => start + r);
		const picks = new Float32Array(count * classCount);
		rows.forEach((row, r) => (picks[r * classCount + y[row]] = 1));
		// Rows are independent at inference (no dropout, no batch statistics), so the gradient of the summed
		// own-class probabilities holds every row's own gradient.
		const grads = tf.tidy(() => {
			const own = tf.tensor2d(picks, [count, classCount]);
			const ownProbability = (input: tf.Tensor) =>
				tf.sum(tf.mul(model.apply(input, { training: false }) as tf.Tensor, own));
			return tf.grad(ownProbability)(tf.tensor2d(denseBatch(x, rows), [count, width]));
		});
		const values = await grads.data();
		grads.dispose();
		rows.forEach((row, r) => {
			const c = y[row];
			rowsOfClass[c]++;
			for (let k = sparse.rowPtr[row]; k < sparse.rowPtr[row + 1]; k++) {
				const j = sparse.indices[k];
				sums[c * sparse.width + j] += values[r * width + x.denseWidth + j] * sparse.values[k];
			}
		});
	}
	for (let c = 0; c < classCount; c++) {
		if (rowsOfClass[c] === 0) continue;
		for (let j = 0; j < sparse.width; j++) sums[c * sparse.width + j] /= rowsOfClass[c];
	}
	return sums;
}

/** "term" with one text column, "column: term" with several (the recipe's feature names). */
function termNames(recipe: FittedRecipe): string[] {
	if (recipe.text.length === 1) return recipe.text[0].tfidf.terms;
	return recipe.text.flatMap((step) => step.names);
}

function rankTerms(
	weights: Float64Array,
	names: string[],
	labels: string[],
	top: number
): TermWeights {
	const width = names.length;
	return labels.map((label, c) => {
		const order = Array.from({ length: width }, (_, j) => j)
			.filter((j) => weights[c * width + j] > 0)
			.sort((a, b) => weights[c * width + b] - weights[c * width + a] || a - b)
			.slice(0, top);
		return { label, terms: order.map((j) => ({ term: names[j], weight: weights[c * width + j] })) };
	});
}
