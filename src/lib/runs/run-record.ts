/**
 * The run record: everything that produced a run and everything it produced. Stored in IndexedDB, shown in
 * the runs list and compare view, and exported. `schemaVersion` moves with every shape change, with a step in
 * `migrateRun` (which the run store, the database upgrade and the runs import all apply).
 */
import type { FaroErrorData } from '$lib/shared/errors';
import { modelSizeBytes } from '$lib/models/artifacts';
import type { RunResult, TrainSettings } from './types';
import type { SearchRecord } from './trial';

export { modelSizeBytes };

/** 2: the search's record moved from `settings.search` onto the record (`search`). */
export const RUN_SCHEMA_VERSION = 2;

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
	/** Set on the run a "Find the best model" search produced: its trials (the leaderboard) and its blend. */
	search?: SearchRecord;
	/**
	 * Set when the user removed the run's model to free storage space (`result.model` is then null; the
	 * metrics, curves, settings and fitted recipe stay): when, and how many bytes of JSON it took.
	 */
	modelRemoved?: { at: string; sizeBytes: number };
	/**
	 * Set by the run store on records read without their model (`listRuns`, `updateRun`: `result.model` is then
	 * null although a model is stored): the model's size in bytes, for lists.
	 */
	modelBytes?: number;
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
	if ((migrated.schemaVersion ?? 1) < 2) migrated = searchOnRecord(migrated);
	return migrated;
}

/** Settings as version 1 records kept them: a search's record inside. */
type SettingsWithSearch = TrainSettings & { search?: SearchRecord };

/**
 * Version 1 → 2: the search's record moves from the settings (how to train) onto the record (what happened),
 * as it was; every other field stays.
 */
function searchOnRecord(record: RunRecord): RunRecord {
	const moved = { ...record, schemaVersion: 2 };
	const old: SettingsWithSearch | undefined = record.settings;
	if (typeof old !== 'object' || old === null || !('search' in old)) return moved;
	const { search, ...settings } = old;
	return { ...moved, settings, ...(search && { search }) };
}

/** A record's lightweight view for lists (no model weights, no curves). */
export type RunSummary = Omit<RunRecord, 'result'> & {
	metrics: RunResult['metrics'] | null;
	/** Bytes of the model's JSON (what removing it frees), or null when the run has no model. */
	modelSizeBytes: number | null;
};

export function summarizeRun(record: RunRecord): RunSummary {
	const { result, modelBytes, ...rest } = record;
	const model = result?.model;
	return {
		...rest,
		metrics: result?.metrics ?? null,
		modelSizeBytes: model ? modelSizeBytes(model) : (modelBytes ?? null)
	};
}
