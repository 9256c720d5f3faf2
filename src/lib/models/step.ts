/**
 * One training step, written out by hand: forward pass, backpropagation (backprop.ts) and Adam over one
 * flat parameter vector. Why not `model.trainOnBatch` or `optimizer.minimize` over `model.apply`: on the
 * wasm backend the autodiff path costs ≈207 kernels per MLP step, and the transposed matMuls of its
 * gradients are ~6× slower than a transpose followed by a plain matMul. This path runs ≈40 kernels on wasm
 * (fused matMul + bias + activation, explicit transposes; the L2 term and Adam run on one flat vector,
 * in JavaScript on wasm/cpu: flat-params.ts). MLP (64, 32), batch 256, 100,000 × 20 rows, 5 epochs on wasm:
 * ≈3.1 → 2.6 s (bench/train.ts). Inputs with a sparse (TF-IDF) part never densify: the first kernel lives
 * in JavaScript (sparse-first-layer.ts) and multiplies the CSR rows directly; the rest stays in TF.js.
 * The training loop uses this step on the GPU backends (webgl, webgpu: everything stays on the device); on wasm
 * and cpu the same step runs in Faro's WebAssembly kernel (kernel-step.ts), ≈1.9× faster.
 */
import * as tf from '@tensorflow/tfjs';
import { denseBatch, featureWidth, type FeatureMatrix } from '$lib/shared/feature-matrix';
import type { Rng } from '$lib/shared/rng';
import { lossAndGradients } from './backprop';
import type { DenseLayerPlan } from './build';
import { createFlatParams, type ParamsCopy } from './flat-params';
import { createSparseFirstLayer, type SparseFirstLayer } from './sparse-first-layer';

export { lossAndGradients } from './backprop';

/** A copy of the parameters at some point of training (dispose it when done). */
export type TrainerSnapshot = { dispose(): void };
type Snapshot = TrainerSnapshot & { params: ParamsCopy; firstKernel: Float32Array | null };

/** Owns the parameters and Adam moments while a model trains. */
export type Trainer = {
	/**
	 * One Adam step on the rows `rows` of `x`; the batch's summed weighted cross-entropy is added to the
	 * epoch total. `targets`: one-hot rows scaled by each row's weight (class weight × sample weight),
	 * rows × classes.
	 */
	step(x: FeatureMatrix, rows: Int32Array, targets: Float32Array): void;
	/** Mean loss per row since the last call (reads the device once), then resets the total. */
	takeEpochLoss(rowCount: number): Promise<number>;
	/** Copies the current (or the given snapshot's) parameters into the model's weights. */
	writeTo(model: tf.LayersModel, snapshot?: TrainerSnapshot): void;
	snapshot(): TrainerSnapshot;
	dispose(): void;
};

/**
 * Starts training `model` (built by `buildModel`, described by `layers`) from its current weights.
 * @param options.sparseInput the inputs have a sparse part: keep the first kernel in JavaScript
 */
export function createTrainer(
	model: tf.LayersModel,
	layers: DenseLayerPlan[],
	options: { learningRate: number; l2: number; rng: Rng; sparseInput?: boolean }
): Trainer {
	const weights = model.getWeights();
	const firstShape = weights[0].shape as [number, number];
	const first: SparseFirstLayer | null = options.sparseInput
		? createSparseFirstLayer(Float32Array.from(weights[0].dataSync()), layers[0].units, options)
		: null;
	const skip = first ? 1 : 0; // the first kernel is not in the flat vector
	const params = createFlatParams(weights.slice(skip), options);
	let lossSum = tf.scalar(0);
	let t = 0;

	const classes = layers[layers.length - 1].units;
	const step = (x: FeatureMatrix, rows: Int32Array, targetValues: Float32Array): void => {
		const masks = layers.map((l) =>
			l.dropout > 0
				? tf.tensor2d(dropoutValues(rows.length, l.units, l.dropout, options.rng), [
						rows.length,
						l.units
					])
				: null
		);
		// A fresh array per batch: the cpu and webgl backends keep a reference to the array they are given.
		const targets = tf.tensor2d(targetValues.slice(), [rows.length, classes]);
		t++;
		const input = first
			? tf.tensor2d(first.product(x, rows), [rows.length, layers[0].units])
			: // A fresh array per batch: the cpu and webgl backends keep the array they are given.
				tf.tensor2d(denseBatch(x, rows), [rows.length, featureWidth(x)]);
		const next = tf.tidy(() => {
			const { batchLoss, grads } = lossAndGradients(
				input,
				targets,
				[...(first ? [null] : []), ...params.pieces()],
				layers,
				masks,
				0, // the L2 term is added to the flat gradient (flat-params.ts)
				first !== null
			);
			const flat = tf.concat(grads.slice(skip).map((gr) => gr.reshape([-1])));
			const dzFirst = first ? grads[0] : tf.scalar(0);
			return { flat, nextLoss: tf.add(lossSum, batchLoss), dzFirst };
		});
		if (first) first.update(x, rows, next.dzFirst.dataSync() as Float32Array, t);
		params.update(next.flat as tf.Tensor1D, t);
		tf.dispose([lossSum, input, targets, next.dzFirst, ...masks.filter((k) => k !== null)]);
		lossSum = next.nextLoss as tf.Scalar;
	};

	const takeSnapshot = (): Snapshot => ({
		params: params.copy(),
		firstKernel: first ? first.kernel.slice() : null,
		dispose() {
			this.params.dispose();
		}
	});
	const write = (
		target: tf.LayersModel,
		snap: { params: ParamsCopy; firstKernel: Float32Array | null }
	) =>
		tf.tidy(() => {
			const rest = snap.params.pieces();
			// A copy of the first kernel: the cpu backend keeps the array, and training goes on changing it.
			const kernel = snap.firstKernel && tf.tensor2d(snap.firstKernel.slice(), firstShape);
			target.setWeights(kernel ? [kernel, ...rest] : rest);
		});

	return {
		step,
		async takeEpochLoss(rowCount) {
			const [total] = await lossSum.data();
			lossSum.dispose();
			lossSum = tf.scalar(0);
			return total / rowCount;
		},
		writeTo: (target, snapshot) =>
			write(
				target,
				(snapshot as Snapshot | undefined) ?? { params, firstKernel: first?.kernel ?? null }
			),
		snapshot: takeSnapshot,
		dispose: () => {
			params.dispose();
			lossSum.dispose();
		}
	};
}

/** Inverted-dropout mask drawn from the seeded stream: 0 or 1 / (1 − rate), rows × units. */
export function dropoutValues(rows: number, units: number, rate: number, rng: Rng): Float32Array {
	const values = new Float32Array(rows * units);
	rng.fillKept(values, values.length, rate, 1 / (1 - rate));
	return values;
}
