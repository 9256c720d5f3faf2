/**
 * One training step, written out by hand: forward pass, backpropagation and Adam over one flat parameter
 * vector. Why not `model.trainOnBatch` or `optimizer.minimize` over `model.apply`: on the wasm backend the
 * autodiff path costs ≈207 kernels per MLP step, and the transposed matMuls of its gradients are ~6× slower
 * than a transpose followed by a plain matMul. This path runs ≈60 kernels (fused matMul + bias + activation,
 * explicit transposes, Adam on one concatenated vector): 100,000 × 20 rows, MLP (64, 32), batch 256 went
 * from 6.3 to ≈2.5 ms per step on wasm (bench/train.ts). The maths is the model's own: same layers, same
 * loss, same L2 penalty; tests/unit/models/step.test.ts checks the gradients against `tf.grads`.
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '$lib/shared/rng';
import type { DenseLayerPlan } from './build';

// Adam (Kingma & Ba, 2015) with TF.js's defaults; ε added to the bias-corrected √v̂ as tf.train.adam does.
const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-7;
// ε keeps log(0) out of the loss, as TF.js's categoricalCrossentropy clips.
const PROBABILITY_FLOOR = 1e-7;

/** Owns the flat parameters and Adam moments while a model trains. */
export type Trainer = {
	/** One Adam step; the batch's summed weighted cross-entropy is added to the epoch total. */
	step(x: tf.Tensor2D, targets: tf.Tensor2D): void;
	/** Mean loss per row since the last call (reads the device once), then resets the total. */
	takeEpochLoss(rowCount: number): Promise<number>;
	/** Copies the current (or the given snapshot's) parameters into the model's weights. */
	writeTo(model: tf.LayersModel, snapshot?: tf.Tensor1D): void;
	/** A copy of the current parameters (the caller disposes it). */
	snapshot(): tf.Tensor1D;
	dispose(): void;
};

/**
 * Starts training `model` (built by `buildModel`, described by `layers`) from its current weights.
 * @param targets in `step`: one-hot rows scaled by each row's weight (class weight × sample weight)
 */
export function createTrainer(
	model: tf.LayersModel,
	layers: DenseLayerPlan[],
	options: { learningRate: number; l2: number; rng: Rng }
): Trainer {
	const sizes = layers.flatMap((l) => [l.inputUnits * l.units, l.units]);
	let params = tf.tidy(() =>
		tf.concat(model.getWeights().map((w) => w.reshape([-1])))
	) as tf.Tensor1D;
	let m: tf.Tensor = tf.zerosLike(params);
	let v: tf.Tensor = tf.zerosLike(params);
	let lossSum = tf.scalar(0);
	let t = 0;

	const unpack = (flat: tf.Tensor1D): tf.Tensor[] =>
		tf
			.split(flat, sizes)
			.map((piece, i) =>
				i % 2 === 0 ? piece.reshape([layers[i >> 1].inputUnits, layers[i >> 1].units]) : piece
			);

	const step = (x: tf.Tensor2D, targets: tf.Tensor2D): void => {
		const rows = x.shape[0];
		const masks = layers.map((l) =>
			l.dropout > 0 ? dropoutMask(rows, l.units, l.dropout, options.rng) : null
		);
		t++;
		const next = tf.tidy(() => {
			const { batchLoss, grads } = lossAndGradients(
				x,
				targets,
				unpack(params),
				layers,
				masks,
				options.l2
			);
			const g = tf.concat(grads.map((gr) => gr.reshape([-1])));
			const nextM = tf.add(tf.mul(m, BETA1), tf.mul(g, 1 - BETA1));
			const nextV = tf.add(tf.mul(v, BETA2), tf.mul(tf.square(g), 1 - BETA2));
			const stepSize = options.learningRate / (1 - BETA1 ** t);
			const vScale = 1 / Math.sqrt(1 - BETA2 ** t);
			const update = tf.div(nextM, tf.add(tf.mul(tf.sqrt(nextV), vScale), EPSILON));
			const nextParams = tf.sub(params, tf.mul(update, stepSize));
			return { nextParams, nextM, nextV, nextLoss: tf.add(lossSum, batchLoss) };
		});
		tf.dispose([params, m, v, lossSum, ...masks.filter((k) => k !== null)]);
		params = next.nextParams as tf.Tensor1D;
		m = next.nextM;
		v = next.nextV;
		lossSum = next.nextLoss as tf.Scalar;
	};

	return {
		step,
		async takeEpochLoss(rowCount) {
			const [total] = await lossSum.data();
			lossSum.dispose();
			lossSum = tf.scalar(0);
			return total / rowCount;
		},
		writeTo(target, snapshot) {
			tf.tidy(() => target.setWeights(unpack(snapshot ?? params)));
		},
		snapshot: () => tf.clone(params),
		dispose: () => tf.dispose([params, m, v, lossSum])
	};
}

/**
 * The batch's summed weighted cross-entropy and the gradients [dW₀, db₀, dW₁, db₁, …] of
 * `Σᵢ tᵢ·(−log pᵢ) / rows + l2 · Σ‖W‖²` (the mean weighted loss the step minimises), by backpropagation.
 * @param targets one-hot rows scaled by the row weights
 * @param masks per layer, the inverted-dropout mask applied to its output (null = none)
 */
export function lossAndGradients(
	x: tf.Tensor,
	targets: tf.Tensor,
	weights: tf.Tensor[],
	layers: DenseLayerPlan[],
	masks: (tf.Tensor | null)[],
	l2: number
): { batchLoss: tf.Tensor; grads: tf.Tensor[] } {
	const rows = x.shape[0];
	const fwd = forward(x, weights, layers, masks);
	const batchLoss = tf.neg(
		tf.sum(tf.mul(targets, tf.log(tf.maximum(fwd.probabilities, PROBABILITY_FLOOR))))
	);
	// d(mean weighted CE)/dz for softmax outputs: (p · wᵢ − tᵢ) / rows, wᵢ = Σ_c t_ic.
	const rowWeights = tf.sum(targets, 1, true);
	const dz = tf.mul(tf.sub(tf.mul(fwd.probabilities, rowWeights), targets), 1 / rows);
	return { batchLoss, grads: backward(x, dz, weights, layers, fwd, masks, l2) };
}

/** Per layer: the activation output `a`, and `h` = a × dropout mask (the next layer's input). */
type Forward = { activations: tf.Tensor[]; outputs: tf.Tensor[]; probabilities: tf.Tensor };

/** Activations of every layer (before and after dropout) and the softmax output. */
function forward(
	x: tf.Tensor,
	weights: tf.Tensor[],
	layers: DenseLayerPlan[],
	masks: (tf.Tensor | null)[]
): Forward {
	const activations: tf.Tensor[] = [];
	const outputs: tf.Tensor[] = [];
	let h: tf.Tensor = x;
	layers.forEach((layer, i) => {
		const kernel = weights[2 * i] as tf.Tensor;
		const bias = weights[2 * i + 1];
		if (layer.activation === 'softmax') {
			h = tf.softmax(tf.fused.matMul({ a: h, b: kernel, bias }));
		} else if (layer.activation === 'tanh') {
			h = tf.tanh(tf.fused.matMul({ a: h, b: kernel, bias }));
		} else {
			h = tf.fused.matMul({ a: h, b: kernel, bias, activation: layer.activation });
		}
		activations.push(h);
		const mask = masks[i];
		if (mask) h = tf.mul(h, mask);
		outputs.push(h);
	});
	return { activations, outputs, probabilities: h };
}

/** Gradients [dW₀, db₀, dW₁, db₁, …] of the mean loss plus `l2 · Σ‖W‖²`, from the output's `dz`. */
function backward(
	x: tf.Tensor,
	dzOut: tf.Tensor,
	weights: tf.Tensor[],
	layers: DenseLayerPlan[],
	{ activations, outputs }: Forward,
	masks: (tf.Tensor | null)[],
	l2: number
): tf.Tensor[] {
	const grads: tf.Tensor[] = new Array(weights.length);
	let dz = dzOut;
	for (let i = layers.length - 1; i >= 0; i--) {
		const kernel = weights[2 * i] as tf.Tensor;
		const input = i === 0 ? x : outputs[i - 1];
		// Explicit transposes: wasm's matMul with a transposed operand is several times slower.
		const dKernel = tf.matMul(tf.transpose(input), dz);
		grads[2 * i] = l2 > 0 ? tf.add(dKernel, tf.mul(kernel, 2 * l2)) : dKernel;
		grads[2 * i + 1] = tf.sum(dz, 0);
		if (i === 0) break;
		const below = layers[i - 1];
		let dh = tf.matMul(dz, tf.transpose(kernel));
		const mask = masks[i - 1];
		if (mask) dh = tf.mul(dh, mask);
		dz = tf.mul(dh, activationSlope(activations[i - 1], below.activation));
	}
	return grads;
}

/** f′ written with the activation's output a = f(z), as TF.js's own gradients do. */
function activationSlope(a: tf.Tensor, activation: DenseLayerPlan['activation']): tf.Tensor {
	if (activation === 'relu') return tf.step(a);
	if (activation === 'tanh') return tf.sub(1, tf.square(a));
	return tf.minimum(tf.add(a, 1), 1); // elu (α = 1): 1 where a > 0, else a + 1
}

/** Inverted-dropout mask drawn from the seeded stream: 0 or 1 / (1 − rate). */
function dropoutMask(rows: number, units: number, rate: number, rng: Rng): tf.Tensor {
	const values = new Float32Array(rows * units);
	const kept = 1 / (1 - rate);
	for (let i = 0; i < values.length; i++) values[i] = rng.next() < rate ? 0 : kept;
	return tf.tensor2d(values, [rows, units]);
}
