/**
 * A trained model as runs and bundles keep it, in plain JSON: the standard TF.js layers format (logistic
 * regression, MLP), Faro's tree format (gradient-boosted trees), or a blend of several of those (the ensemble a
 * "Find the best model" search can end with). Type-only apart from tag checks, so the page can import it
 * without TF.js.
 */
import type { FittedRecipe } from '$lib/features/recipe';
import { GBDT_FORMAT, type GbdtArtifacts } from './gbdt/types';

/** A TF.js model in the standard layers format (weights as base64), so `tf.loadLayersModel` reads it alone. */
export type TfModelArtifacts = {
	modelTopology: unknown;
	weightSpecs: unknown[];
	weightData: string;
};

/** One trained model: TF.js layers or gradient-boosted trees. */
export type SingleModelArtifacts = TfModelArtifacts | GbdtArtifacts;

export const ENSEMBLE_FORMAT = 'faro-ensemble';
/** Most members a blend may have (training refuses more; so does the bundle check). */
export const MAX_ENSEMBLE_MEMBERS = 10;

/**
 * One model of a blend. Each member keeps its own fitted Recipe (search trials differ in one-hot K, scaling,
 * vocabulary…); every member's Recipe reads the same input columns.
 */
export type EnsembleMember = {
	/** Share of the blend, > 0; the members' weights sum to 1. */
	weight: number;
	/** The search trial this member's configuration came from (null when not from a search). */
	trialId: number | null;
	/** Short human description of the member's model, e.g. "Trees, 15 leaves, depth 5, shrinkage 0.05". */
	description: string;
	recipe: FittedRecipe;
	model: SingleModelArtifacts;
};

/**
 * A weighted average of members' class probabilities (Caruana-style ensemble selection over search trials).
 * Members are sorted by weight, largest first; the run's and bundle's top-level `recipe` is the first member's.
 */
export type EnsembleArtifacts = { format: typeof ENSEMBLE_FORMAT; members: EnsembleMember[] };

/** The trained model of a run or a bundle. */
export type ModelArtifacts = SingleModelArtifacts | EnsembleArtifacts;

/** True for the tree format (`format: "faro-gbdt"`). */
export const isGbdtArtifacts = (m: ModelArtifacts): m is GbdtArtifacts =>
	(m as { format?: unknown }).format === GBDT_FORMAT;

/** True for a blend (`format: "faro-ensemble"`). */
export const isEnsembleArtifacts = (m: ModelArtifacts): m is EnsembleArtifacts =>
	(m as { format?: unknown }).format === ENSEMBLE_FORMAT;

/** True for TF.js layers artifacts (they carry no `format` field). */
export const isTfArtifacts = (m: ModelArtifacts): m is TfModelArtifacts =>
	(m as { format?: unknown }).format === undefined;

/**
 * Bytes of a model as JSON (UTF-8): about what it takes in storage, and the bulk of its bundle file. A TF.js
 * model's base64 weights (ASCII: one byte a character) are counted by length, not copied into a JSON string,
 * since the runs list asks for every run's size. A blend counts the sum over its members (recipe, model and
 * the rest of each member's JSON), not the few bytes of the list around them.
 */
export function modelSizeBytes(model: ModelArtifacts): number {
	if (isEnsembleArtifacts(model)) {
		return model.members.reduce(
			(sum, { model: single, ...member }) =>
				sum + jsonBytes({ ...member, model: null }) - jsonBytes(null) + modelSizeBytes(single),
			0
		);
	}
	if (isGbdtArtifacts(model)) return jsonBytes(model);
	return jsonBytes({ ...model, weightData: '' }) + model.weightData.length;
}

const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;
