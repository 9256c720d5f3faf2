/**
 * A run as the studio executes it: a `running` record is stored first (so a closed tab leaves an
 * `interrupted` run, not nothing), the table is read from IndexedDB, `trainRun` does the work, and the
 * final record — done, failed or cancelled, with its error — replaces it. Called by the train worker.
 */
import { getDataset, loadTable } from '$lib/storage/datasets-db';
import { asFaroError } from '$lib/shared/errors';
import { RUN_SCHEMA_VERSION, type RunRecord } from '$lib/runs/run-record';
import { putRun } from '$lib/runs/runs-db';
import { trainRun, type TrainWork } from './train-run';
import type { Table } from '$lib/data/table';
import type { RunResult, TrainSettings } from '$lib/runs/types';
import type { SearchRecord } from '$lib/runs/trial';

export type RunRequest = {
	runId: string;
	name: string;
	datasetId: string;
	settings: TrainSettings;
	/** A search's run: what the search found, kept on the record (search/execute-search.ts). */
	search?: SearchRecord;
};

/** Chooses (and activates) a TF.js backend for the run; injected so Node and the browser differ. */
export type BackendPicker = (
	preference: TrainSettings['backend']
) => Promise<{ name: string; reason: string }>;

/**
 * How the run is trained when it is not `trainRun` of its settings (a search's blend of models): the training
 * itself, and whether it needs a TF.js backend (trees alone do not).
 */
export type RunTrainer = {
	train: (table: Table, work: TrainWork) => Promise<RunResult>;
	needsTfjs: boolean;
};

/** Executes a run and stores its record at start and end; never throws for a run that fails. */
export async function executeRun(
	request: RunRequest,
	pickBackend: BackendPicker,
	work: TrainWork = {},
	trainer: RunTrainer = {
		train: (table, w) => trainRun(table, request.settings, w),
		needsTfjs: request.settings.model.family !== 'gbdt'
	}
): Promise<RunRecord> {
	const dataset = await getDataset(request.datasetId);
	const startedMs = performance.now();
	let record: RunRecord = {
		schemaVersion: RUN_SCHEMA_VERSION,
		id: request.runId,
		name: request.name,
		createdAt: new Date().toISOString(),
		finishedAt: null,
		status: 'running',
		error: null,
		datasetId: dataset.id,
		dataset: { name: dataset.name, fingerprint: dataset.fingerprint, rows: dataset.meta.rowCount },
		settings: request.settings,
		backend: null,
		durationMs: null,
		result: null,
		...(request.search && { search: request.search }),
		starred: false
	};
	await putRun(record);
	try {
		work.onProgress?.({ phase: 'Choosing a compute backend', done: 0, total: 0 });
		const backend = trainer.needsTfjs
			? await pickBackend(request.settings.backend)
			: { name: 'js', reason: 'Gradient-boosted trees train and score in plain JavaScript.' };
		record = { ...record, backend };
		work.onProgress?.({ phase: 'Reading the dataset', done: 0, total: 0 });
		const table = await loadTable(dataset.id);
		const result = await trainer.train(table, work);
		record = { ...record, status: 'done', result };
	} catch (err) {
		const error = asFaroError(err);
		record = {
			...record,
			status: error.code === 'cancelled' ? 'cancelled' : 'failed',
			error: error.toData()
		};
	}
	record = {
		...record,
		finishedAt: new Date().toISOString(),
		durationMs: performance.now() - startedMs
	};
	await putRun(record);
	return record;
}
