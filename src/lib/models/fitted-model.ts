/**
 * One interface over the model families, so runs, cross-validation and bundles do not care which one trained:
 * a TF.js layers model (logistic regression, MLP), gradient-boosted trees (plain JSON, scored in JavaScript),
 * or a blend of several of those, each member with its own fitted Recipe. Models read plain feature matrices;
 * a blend cannot score one (its members read different features): bundle/predict.ts `predictTable` turns a
 * Table into each member's features and blends (`blendProbabilities`).
 */
import type * as tf from '@tensorflow/tfjs';
import type { FittedRecipe } from '$lib/features';
import type { FeatureMatrix } from '$lib/shared/feature-matrix';
import { deserializeModel, serializeModel } from './tfjs-artifacts';
import {
	ENSEMBLE_FORMAT,
	isEnsembleArtifacts,
	isGbdtArtifacts,
	type EnsembleArtifacts,
	type ModelArtifacts,
	type SingleModelArtifacts
} from './artifacts';
import { fitGbdt, predictGbdt } from './gbdt';
import type { GbdtArtifacts } from './gbdt/types';
import { predictProba } from './predict';
import { trainModel, type EpochReport, type TrainInput, type TrainWork } from './train';
import { weightedAverage } from './weighted-average';

/** One trained model. TF.js models hold backend memory: `disposeFitted` frees it. */
export type SingleFittedModel =
	{ kind: 'tfjs'; layers: tf.LayersModel } | { kind: 'gbdt'; trees: GbdtArtifacts };

/** A member of a loaded blend: its share, where it came from, its own Recipe and its model. */
export type FittedEnsembleMember = {
	weight: number;
	trialId: number | null;
	description: string;
	recipe: FittedRecipe;
	model: SingleFittedModel;
};

/** A trained model of any kind; a blend's members are single models (no blend inside a blend). */
export type FittedModel = SingleFittedModel | { kind: 'ensemble'; members: FittedEnsembleMember[] };

/** A trained model with its training history (the best epoch's / iteration's model). */
export type TrainedFit = {
	model: SingleFittedModel;
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

/** Class probabilities of a single model, row-major `rows × classes`. */
export async function predictFitted(
	model: SingleFittedModel,
	x: FeatureMatrix
): Promise<Float32Array> {
	return model.kind === 'gbdt' ? predictGbdt(model.trees, x) : predictProba(model.layers, x);
}

/**
 * The weighted average Σ wᵢ·pᵢ / Σ wᵢ of several models' probability matrices (same shape), summed in
 * float64. Training a blend and scoring with its bundle both go through here, so they agree to the bit.
 */
export function blendProbabilities(parts: { weight: number; proba: Float32Array }[]): Float32Array {
	const length = parts[0]?.proba.length ?? 0;
	if (parts.some((p) => p.proba.length !== length))
		throw new Error('blended probabilities differ in shape');
	return Float32Array.from(weightedAverage(parts, length));
}

/** The model as runs and bundles store it (a blend keeps its members' weights, trial ids and descriptions). */
export async function fittedArtifacts(model: SingleFittedModel): Promise<SingleModelArtifacts>;
export async function fittedArtifacts(model: FittedModel): Promise<ModelArtifacts>;
export async function fittedArtifacts(model: FittedModel): Promise<ModelArtifacts> {
	if (model.kind !== 'ensemble') return singleArtifacts(model);
	const members: EnsembleArtifacts['members'] = [];
	for (const { weight, trialId, description, recipe, model: single } of model.members) {
		members.push({ weight, trialId, description, recipe, model: await singleArtifacts(single) });
	}
	return { format: ENSEMBLE_FORMAT, members };
}

async function singleArtifacts(model: SingleFittedModel): Promise<SingleModelArtifacts> {
	return model.kind === 'gbdt' ? model.trees : serializeModel(model.layers);
}

/**
 * A stored model back to a scorer (artifacts already validated when they come from a file). A blend loads
 * every member; when one fails, the members already loaded are disposed before the error is rethrown.
 */
export async function loadFitted(artifacts: ModelArtifacts): Promise<FittedModel> {
	if (!isEnsembleArtifacts(artifacts)) return loadSingle(artifacts);
	const members: FittedEnsembleMember[] = [];
	try {
		for (const { weight, trialId, description, recipe, model } of artifacts.members) {
			members.push({ weight, trialId, description, recipe, model: await loadSingle(model) });
		}
	} catch (err) {
		for (const member of members) disposeFitted(member.model);
		throw err;
	}
	return { kind: 'ensemble', members };
}

async function loadSingle(artifacts: SingleModelArtifacts): Promise<SingleFittedModel> {
	if (isGbdtArtifacts(artifacts)) return { kind: 'gbdt', trees: artifacts };
	return { kind: 'tfjs', layers: await deserializeModel(artifacts) };
}

/** Frees the backend memory of a model (every member of a blend). */
export function disposeFitted(model: FittedModel): void {
	if (model.kind === 'tfjs') model.layers.dispose();
	else if (model.kind === 'ensemble')
		for (const member of model.members) disposeFitted(member.model);
}
