import type { ColumnKind, ColumnRole } from '$lib/data/table';
import type { FittedRecipe } from '$lib/features';
import type { Metrics } from '$lib/eval';
import type { TrainSettings } from '$lib/runs/types';
import { isGbdtArtifacts, type ModelArtifacts } from '$lib/models/artifacts';

export const BUNDLE_FORMAT = 'faro-model';
/**
 * The newest bundle version this Faro reads. Version 1: a TF.js layers model. Version 2 adds tree models
 * (`model.format: "faro-gbdt"`); TF.js bundles are still written as version 1, so older readers keep opening them.
 */
export const BUNDLE_VERSION = 2;
/** The version a bundle of this model kind is written with. */
export const bundleVersionFor = (model: ModelArtifacts): 1 | 2 => (isGbdtArtifacts(model) ? 2 : 1);

/** The one-file model bundle (ARCHITECTURE.md, "Model bundle — Contract"). */
export type ModelBundle = {
	format: typeof BUNDLE_FORMAT;
	version: 1 | 2;
	createdAt: string;
	runId: string;
	target: string;
	labels: string[];
	positiveLabel?: string;
	threshold?: number;
	inputSchema: { name: string; kind: ColumnKind; role: ColumnRole }[];
	recipe: FittedRecipe;
	model: ModelArtifacts;
	metrics: Metrics;
	training: { settings: TrainSettings; seed: number; backend: string; durationMs: number };
	dataset: { name: string; rows: number; fingerprint: string };
};
