/**
 * Forward pass and backpropagation of the Dense chain, written out by hand for the training step (step.ts).
 * The first layer either multiplies its input (`x` is the batch) or has been multiplied already (`x` is
 * x·W₀, computed from sparse rows by sparse-first-layer.ts; its kernel gradient is then left to the caller).
 * tests/unit/models/step.test.ts checks the gradients against `tf.grads`.
 */
import * as tf from '@tensorflow/tfjs';
import type { DenseLayerPlan } from './build';

// ε keeps log(0) out of the loss, as TF.js's categoricalCrossentropy clips.
const PROBABILITY_FLOOR = 1e-7;

/**
 * The batch's summed weighted cross-entropy and the gradients [dW₀, db₀, dW₁, db₁, …] of
 * `Σᵢ tᵢ·(−log pᵢ) / rows + l2 · Σ‖W‖²` (the mean weighted loss the step minimises), by backpropagation.
 * With `firstProduct`, `x` is already x·W₀ (rows × units₀, no bias), `weights[0]` is ignored and
 * `grads[0]` is the gradient w.r.t. x·W₀ (dz₀, no L2 term): the caller forms Xᵀ·dz₀ + 2·l2·W₀ itself.
 * @param targets one-hot rows scaled by the row weights
 * @param masks per layer, the inverted-dropout mask applied to its output (null = none)
 */
export function lossAndGradients(
	x: tf.Tensor,
	targets: tf.Tensor,
	weights: (tf.Tensor | null)[],
	layers: DenseLayerPlan[],
	masks: (tf.Tensor | null)[],
	l2: number,
	firstProduct = false
): { batchLoss: tf.Tensor; grads: tf.Tensor[] } {
	const rows = x.shape[0];
	const fwd = forward(x, weights, layers, masks, firstProduct);
	const batchLoss = tf.neg(
		tf.sum(tf.mul(targets, tf.log(tf.maximum(fwd.probabilities, PROBABILITY_FLOOR))))
	);
	// d(mean weighted CE)/dz for softmax outputs: (p · wᵢ − tᵢ) / rows, wᵢ = Σ_c t_ic.
	const rowWeights = tf.sum(targets, 1, true);
	const dz = tf.mul(tf.sub(tf.mul(fwd.probabilities, rowWeights), targets), 1 / rows);
	return {
		batchLoss,
		grads: backward(x, dz, weights, layers, fwd, masks, l2, firstProduct)
	};
}

/** Per layer: the activation output `a`, and `h` = a × dropout mask (the next layer's input). */
type Forward = { activations: tf.Tensor[]; outputs: tf.Tensor[]; probabilities: tf.Tensor };

/** Activations of every layer (before and after dropout) and the softmax output. */
function forward(
	x: tf.Tensor,
	weights: (tf.Tensor | null)[],
	layers: DenseLayerPlan[],
	masks: (tf.Tensor | null)[],
	firstProduct: boolean
): Forward {
	const activations: tf.Tensor[] = [];
	const outputs: tf.Tensor[] = [];
	let h: tf.Tensor = x;
	layers.forEach((layer, i) => {
		const bias = weights[2 * i + 1] as tf.Tensor;
		if (i === 0 && firstProduct) {
			h = activate(tf.add(h, bias), layer.activation);
		} else if (layer.activation === 'softmax' || layer.activation === 'tanh') {
			h = activate(
				tf.fused.matMul({ a: h, b: weights[2 * i] as tf.Tensor, bias }),
				layer.activation
			);
		} else {
			const kernel = weights[2 * i] as tf.Tensor;
			h = tf.fused.matMul({ a: h, b: kernel, bias, activation: layer.activation });
		}
		activations.push(h);
		const mask = masks[i];
		if (mask) h = tf.mul(h, mask);
		outputs.push(h);
	});
	return { activations, outputs, probabilities: h };
}

function activate(z: tf.Tensor, activation: DenseLayerPlan['activation']): tf.Tensor {
	if (activation === 'softmax') return tf.softmax(z);
	if (activation === 'tanh') return tf.tanh(z);
	return activation === 'relu' ? tf.relu(z) : tf.elu(z);
}

/** Gradients [dW₀, db₀, dW₁, db₁, …] of the mean loss plus `l2 · Σ‖W‖²`, from the output's `dz`. */
function backward(
	x: tf.Tensor,
	dzOut: tf.Tensor,
	weights: (tf.Tensor | null)[],
	layers: DenseLayerPlan[],
	{ activations, outputs }: Forward,
	masks: (tf.Tensor | null)[],
	l2: number,
	firstProduct: boolean
): tf.Tensor[] {
	const grads: tf.Tensor[] = new Array(weights.length);
	let dz = dzOut;
	for (let i = layers.length - 1; i >= 0; i--) {
		grads[2 * i + 1] = tf.sum(dz, 0);
		if (i === 0 && firstProduct) {
			grads[0] = dz;
			break;
		}
		const kernel = weights[2 * i] as tf.Tensor;
		const input = i === 0 ? x : outputs[i - 1];
		// Explicit transposes: wasm's matMul with a transposed operand is several times slower.
		const dKernel = tf.matMul(tf.transpose(input), dz);
		grads[2 * i] = l2 > 0 ? tf.add(dKernel, tf.mul(kernel, 2 * l2)) : dKernel;
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
