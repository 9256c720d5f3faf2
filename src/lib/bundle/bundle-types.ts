import type { ColumnKind, ColumnRole } from '$lib/data/table';
import type { FittedRecipe } from '$lib/features';
import type { Metrics } from '$lib/eval';
import type { TrainingReference } from '$lib/explain/reference';
import type { TrainSettings } from '$lib/runs/types';
import type { SearchRecord } from '$lib/runs/trial';
import { isEnsembleArtifacts, isGbdtArtifacts, type ModelArtifacts } from '$lib/models/artifacts';

export const BUNDLE_FORMAT = 'faro-model';
/**
 * The newest bundle version this Faro reads. Version 1: a TF.js layers model. Version 2 adds tree models
 * (`model.format: "faro-gbdt"`). Version 3 adds blends of models (`model.format: "faro-ensemble"`: 1–10
 * members, each a weight, its own fitted Recipe and a TF.js or tree model). Each kind is written with the
 * lowest version that holds it (TF.js 1, trees 2, blends 3), so older readers keep opening what they can read.
 */
export const BUNDLE_VERSION = 3;
/** The version a bundle of this model kind is written with (a tree model needs at least 2, a blend exactly 3). */
export const bundleVersionFor = (model: ModelArtifacts): 1 | 2 | 3 =>
	isEnsembleArtifacts(model) ? 3 : isGbdtArtifacts(model) ? 2 : 1;

/**
 * The settings as a model file keeps them: the run's, with the search's record inside when a search made it
 * (`search`: the run record holds it apart, the file format stays as it was).
 */
export type BundleSettings = TrainSettings & { search?: SearchRecord };

/** The one-file model bundle (ARCHITECTURE.md, "Model bundle — Contract"). */
export type ModelBundle = {
	format: typeof BUNDLE_FORMAT;
	version: 1 | 2 | 3;
	createdAt: string;
	runId: string;
	target: string;
	labels: string[];
	positiveLabel?: string;
	threshold?: number;
	inputSchema: { name: string; kind: ColumnKind; role: ColumnRole }[];
	/** The fitted Recipe; for a blend, its first (heaviest) member's, each member carrying its own. */
	recipe: FittedRecipe;
	model: ModelArtifacts;
	metrics: Metrics;
	training: { settings: BundleSettings; seed: number; backend: string; durationMs: number };
	dataset: { name: string; rows: number; fingerprint: string };
	/** The training data's profile (per-row reasons, drift); absent in bundles written before it. */
	reference?: TrainingReference;
};
