/**
 * The run record: everything that produced a run and everything it produced. Stored in IndexedDB, shown in
 * the runs list and compare view, and (later) exported. `schemaVersion` moves with every shape change, with a
 * migration in runs-db.ts.
 */
import type { FaroErrorData } from '$lib/shared/errors';
import { isEnsembleArtifacts, isGbdtArtifacts } from '$lib/models/artifacts';
import type { ModelArtifacts, RunResult, TrainSettings } from './types';

export const RUN_SCHEMA_VERSION = 1;

export type RunStatus = 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';

export type RunRecord = {
	schemaVersion: number;
	id: string;
	name: string;
	createdAt: string;
	finishedAt: string | null;
	status: RunStatus;
	error: FaroErrorData | null;
	datasetId: string;
	dataset: { name: string; fingerprint: string; rows: number };
	settings: TrainSettings;
	/** Backend actually used, and why it was chosen. */
	backend: { name: string; reason: string } | null;
	durationMs: number | null;
	result: RunResult | null;
	/**
	 * Set when the user removed the run's model to free storage space (`result.model` is then null; the
	 * metrics, curves, settings and fitted recipe stay): when, and how many bytes of JSON it took.
	 */
	modelRemoved?: { at: string; sizeBytes: number };
	starred: boolean;
};

/**
 * Brings a stored or imported record to the current schema. Version 1 is the first; each later version adds
 * a step here (and a test from version 1), so records written by any earlier Faro keep opening.
 * @throws nothing: unknown newer versions are returned unchanged and shown as they are
 */
export function migrateRun(record: RunRecord): RunRecord {
	let migrated = record;
	if ((migrated.schemaVersion ?? 1) < 1) migrated = { ...migrated, schemaVersion: 1 };
	return migrated;
}

/** A record's lightweight view for lists (no model weights, no curves). */
export type RunSummary = Omit<RunRecord, 'result'> & {
	metrics: RunResult['metrics'] | null;
	/** Bytes of the model's JSON (what removing it frees), or null when the run has no model. */
	modelSizeBytes: number | null;
};

export function summarizeRun(record: RunRecord): RunSummary {
	const { result, ...rest } = record;
	const model = result?.model;
	return {
		...rest,
		metrics: result?.metrics ?? null,
		modelSizeBytes: model ? modelSizeBytes(model) : null
	};
}

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
