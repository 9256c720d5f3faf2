/** The MLP training loss written the obvious way, for TF.js autodiff to check the hand-written steps against. */
import * as tf from '@tensorflow/tfjs';
import type { DenseLayerPlan } from '$lib/models/build';

/** Mean weighted cross-entropy + l2 · Σ‖W‖² of a Dense chain (dropout masks applied to each layer's output). */
export function referenceLoss(
	x: tf.Tensor,
	targets: tf.Tensor,
	weights: tf.Tensor[],
	layers: DenseLayerPlan[],
	masks: (tf.Tensor | null)[],
	l2: number
) {
	let h = x;
	layers.forEach((layer, i) => {
		const z = tf.add(tf.matMul(h, weights[2 * i]), weights[2 * i + 1]);
		const act = { relu: tf.relu, tanh: tf.tanh, elu: tf.elu, softmax: tf.softmax }[
			layer.activation
		];
		h = act(z);
		const mask = masks[i];
		if (mask) h = tf.mul(h, mask);
	});
	const ce = tf.div(tf.neg(tf.sum(tf.mul(targets, tf.log(h)))), x.shape[0]);
	const penalty = layers.reduce(
		(sum, _, i) => tf.add(sum, tf.mul(l2, tf.sum(tf.square(weights[2 * i])))),
		tf.scalar(0)
	);
	return tf.add(ce, penalty) as tf.Scalar;
}
