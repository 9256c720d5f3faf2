import type { ColumnKind, ColumnRole } from '$lib/data/table';
import type { FittedRecipe } from '$lib/features';
import type { Metrics } from '$lib/eval';
import type { ModelArtifacts, TrainSettings } from '$lib/runs/types';

export const BUNDLE_FORMAT = 'faro-model';
export const BUNDLE_VERSION = 1;

/** The one-file model bundle (ARCHITECTURE.md, "Model bundle — Contract"). */
export type ModelBundle = {
	format: typeof BUNDLE_FORMAT;
	version: typeof BUNDLE_VERSION;
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
