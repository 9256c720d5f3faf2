/**
 * A loaded bundle's model in words, for the Predict screen: "Logistic regression", "MLP 64-32",
 * "Gradient-boosted trees, 120 trees" or "Blend of 3 models" (with each member's share). Read from the
 * validated model itself, not from the bundle's training settings, so it says what will actually score.
 */
import {
	isEnsembleArtifacts,
	isGbdtArtifacts,
	type ModelArtifacts,
	type SingleModelArtifacts
} from '$lib/models/artifacts';

/** One member of a blend as the page lists it: its description and share (0–1). */
export type BlendShare = { description: string; weight: number };

/**
 * A short name for the model of a validated bundle.
 * @example
 * describeBundleModel(bundle.model); // "Blend of 3 models"
 */
export function describeBundleModel(model: ModelArtifacts): string {
	if (isEnsembleArtifacts(model)) {
		const n = model.members.length;
		return `Blend of ${n} model${n === 1 ? '' : 's'}`;
	}
	return describeSingle(model);
}

/** A blend's members, heaviest first (as stored); an empty list for a single model. */
export const blendShares = (model: ModelArtifacts): BlendShare[] =>
	isEnsembleArtifacts(model)
		? model.members.map((m) => ({
				description: m.description.trim() || describeSingle(m.model),
				weight: m.weight
			}))
		: [];

function describeSingle(model: SingleModelArtifacts): string {
	if (isGbdtArtifacts(model)) {
		const trees = model.trees.length;
		return `Gradient-boosted trees, ${trees} tree${trees === 1 ? '' : 's'}`;
	}
	// The topology passed validate-model.ts: a chain of layers whose Dense layers carry `units`.
	type LayerJson = { class_name?: unknown; config?: { units?: unknown } };
	const topology = model.modelTopology as { config?: { layers?: unknown } };
	const layers: LayerJson[] = Array.isArray(topology.config?.layers) ? topology.config.layers : [];
	const units = layers.filter((l) => l.class_name === 'Dense').map((l) => l.config?.units);
	return units.length <= 1 ? 'Logistic regression' : `MLP ${units.slice(0, -1).join('-')}`;
}
