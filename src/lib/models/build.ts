/**
 * Builds the TF.js layers model for a spec: `[Dense(units, activation) → Dropout]*` then Dense(classCount,
 * softmax), every kernel with its own seeded Glorot-uniform initializer and an L2 regulariser. Binary
 * targets use the same two-unit softmax, so there is one code path for any number of classes. The model is
 * a plain `tf.Sequential` (standard layers, no custom classes), so a saved bundle loads without Faro.
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '$lib/shared/rng';
import type { Activation, ModelSpec } from './spec';

/** One Dense layer as the training step sees it. */
export type DenseLayerPlan = {
	inputUnits: number;
	units: number;
	/** `softmax` on the output layer only. */
	activation: Activation | 'softmax';
	/** Dropout rate applied to this layer's output during training (0 = none). */
	dropout: number;
};

export type BuiltModel = { model: tf.Sequential; layers: DenseLayerPlan[] };

/** The Dense layers (input width → hidden units → classes) a spec describes. */
export function planLayers(
	spec: ModelSpec,
	inputWidth: number,
	classCount: number
): DenseLayerPlan[] {
	const hidden = spec.family === 'mlp' ? spec.hiddenUnits : [];
	const plans: DenseLayerPlan[] = [];
	let inputUnits = inputWidth;
	for (const units of hidden) {
		plans.push({ inputUnits, units, activation: spec.activation, dropout: spec.dropout });
		inputUnits = units;
	}
	plans.push({ inputUnits, units: classCount, activation: 'softmax', dropout: 0 });
	return plans;
}

/**
 * Creates the model with weights drawn from seeds taken from `rng` (one per layer, in order), so the
 * same seed gives bit-identical initial weights on a given backend.
 */
export function buildModel(
	spec: ModelSpec,
	inputWidth: number,
	classCount: number,
	rng: Rng
): BuiltModel {
	const layers = planLayers(spec, inputWidth, classCount);
	const model = tf.sequential();
	layers.forEach((plan, i) => {
		model.add(
			tf.layers.dense({
				units: plan.units,
				activation: plan.activation,
				inputShape: i === 0 ? [inputWidth] : undefined,
				kernelInitializer: tf.initializers.glorotUniform({ seed: rng.seed() }),
				biasInitializer: 'zeros',
				kernelRegularizer: spec.l2 > 0 ? tf.regularizers.l2({ l2: spec.l2 }) : undefined
			})
		);
		// The layer documents the rate in the saved topology; training draws its own seeded masks (step.ts).
		if (plan.dropout > 0) model.add(tf.layers.dropout({ rate: plan.dropout, seed: rng.seed() }));
	});
	return { model, layers };
}
