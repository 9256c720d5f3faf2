/**
 * A loaded bundle's model in words, for the Predict screen: "Logistic regression", "MLP 64-32",
 * "Gradient-boosted trees, 120 trees" or "Blend of 3 models" (with each member's share), as Texts the page
 * shows in the reader's language. Read from the validated model itself, not from the bundle's training
 * settings, so it says what will actually score.
 */
import { text, type Text } from '$lib/i18n';
import {
	isEnsembleArtifacts,
	isGbdtArtifacts,
	type ModelArtifacts,
	type SingleModelArtifacts
} from '$lib/models/artifacts';

/** One member of a blend as the page lists it: its description (as stored, else its model in words) and share (0–1). */
export type BlendShare = { description: Text; weight: number };

/**
 * A short name for the model of a validated bundle.
 * @example
 * inEnglish(describeBundleModel(bundle.model)); // "Blend of 3 models"
 */
export function describeBundleModel(model: ModelArtifacts): Text {
	if (isEnsembleArtifacts(model)) {
		const count = model.members.length;
		return text(count === 1 ? 'predict_model_blend_one' : 'predict_model_blend_other', { count });
	}
	return describeSingle(model);
}

/** A blend's members, heaviest first (as stored); an empty list for a single model. */
export const blendShares = (model: ModelArtifacts): BlendShare[] =>
	isEnsembleArtifacts(model)
		? model.members.map((m) => {
				const description = m.description.trim();
				return {
					description: description
						? text('predict_model_member', { description })
						: describeSingle(m.model),
					weight: m.weight
				};
			})
		: [];

function describeSingle(model: SingleModelArtifacts): Text {
	if (isGbdtArtifacts(model)) {
		const count = model.trees.length;
		return text(count === 1 ? 'predict_model_gbdt_one' : 'predict_model_gbdt_other', { count });
	}
	// The topology passed validate-model.ts: a chain of layers whose Dense layers carry `units`.
	type LayerJson = { class_name?: unknown; config?: { units?: unknown } };
	const topology = model.modelTopology as { config?: { layers?: unknown } };
	const layers: LayerJson[] = Array.isArray(topology.config?.layers) ? topology.config.layers : [];
	const units = layers.filter((l) => l.class_name === 'Dense').map((l) => l.config?.units);
	return units.length <= 1
		? text('predict_model_logistic')
		: text('predict_model_mlp', { layers: units.slice(0, -1).join('-') });
}
