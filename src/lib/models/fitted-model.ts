/**
 * One interface over the model families, so runs, cross-validation and bundles do not care which one trained:
 * a TF.js layers model (logistic regression, MLP) or gradient-boosted trees (plain JSON, scored in JavaScript).
 */
import type * as tf from '@tensorflow/tfjs';
import type { FeatureMatrix } from '$lib/features/matrix';
import { deserializeModel, serializeModel } from '$lib/runs/model-artifacts';
import { isGbdtArtifacts, type ModelArtifacts } from './artifacts';
import { fitGbdt, predictGbdt } from './gbdt';
import type { GbdtArtifacts } from './gbdt/types';
import { predictProba } from './predict';
import { trainModel, type EpochReport, type TrainInput, type TrainWork } from './train';

/** A trained model of either kind. TF.js models hold backend memory: `disposeFitted` frees it. */
export type FittedModel = { kind: 'tfjs'; layers: tf.LayersModel } | { kind: 'gbdt'; trees: GbdtArtifacts };

/** A trained model with its training history (the best epoch's / iteration's model). */
export type TrainedFit = {
	model: FittedModel;
	history: EpochReport[];
	bestEpoch: number;
	stoppedEarly: boolean;
};

/**
 * Trains the family `input.spec.family` names: TF.js for logistic / MLP, histogram boosting for gbdt.
 * @throws FaroError settings-invalid, cancelled, training-diverged
 */
export async function trainFitted(input: TrainInput, work: TrainWork = {}): Promise<TrainedFit> {
	if (input.spec.family === 'gbdt') {
		const fit = await fitGbdt(input, work);
		return { ...fit, model: { kind: 'gbdt', trees: fit.model } };
	}
	const fit = await trainModel(input, work);
	return { ...fit, model: { kind: 'tfjs', layers: fit.model } };
}

/** Class probabilities, row-major `rows × classes`. */
export async function predictFitted(model: FittedModel, x: FeatureMatrix): Promise<Float32Array> {
	return model.kind === 'gbdt' ? predictGbdt(model.trees, x) : predictProba(model.layers, x);
}

/** The model as runs and bundles store it. */
export async function fittedArtifacts(model: FittedModel): Promise<ModelArtifacts> {
	return model.kind === 'gbdt' ? model.trees : serializeModel(model.layers);
}

/** A stored model back to a scorer (artifacts already validated when they come from a file). */
export async function loadFitted(artifacts: ModelArtifacts): Promise<FittedModel> {
	if (isGbdtArtifacts(artifacts)) return { kind: 'gbdt', trees: artifacts };
	return { kind: 'tfjs', layers: await deserializeModel(artifacts) };
}

export function disposeFitted(model: FittedModel): void {
	if (model.kind === 'tfjs') model.layers.dispose();
}
