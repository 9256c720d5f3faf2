/**
 * Stored runs. A record lives in `runs` without its model, and the model in `models` under the run's id
 * (storage/db.ts), so listing runs never reads weights; `getRun` puts them back together. A run still marked
 * `running` when a page opens was cut off by a closed tab: `interrupted`.
 */
import { FaroError } from '$lib/shared/errors';
import { text, type Text } from '$lib/i18n';
import { openFaroDb, type FaroDb } from '$lib/storage/db';
import { migrateRun, modelSizeBytes, type RunRecord, type RunStatus } from './run-record';
import type { ModelArtifacts } from './types';

/** A record as the `runs` store keeps it (model out, its size in `modelBytes`) and the model to store apart. */
function split(record: RunRecord): { stored: RunRecord; model: ModelArtifacts | null } {
	const { modelBytes: _stale, ...rest } = record;
	const model = record.result?.model ?? null;
	if (!record.result || model === null) return { stored: rest, model: null };
	return {
		stored: {
			...rest,
			modelBytes: modelSizeBytes(model),
			result: { ...record.result, model: null }
		},
		model
	};
}

/** Writes `record` and its model (or removes a stored model when the record has none) in one transaction. */
async function write(db: FaroDb, record: RunRecord): Promise<void> {
	const { stored, model } = split(record);
	const tx = db.transaction(['runs', 'models'], 'readwrite');
	const models = tx.objectStore('models');
	await Promise.all([
		tx.objectStore('runs').put(stored),
		model ? models.put({ id: record.id, model }) : models.delete(record.id),
		tx.done
	]);
}

export async function putRun(record: RunRecord): Promise<void> {
	await write(await openFaroDb(), record);
}

/**
 * Every stored run, newest first, without its model: `result.model` is null and `modelBytes` gives its size
 * (`summarizeRun` reads it). `getRun` gives the whole record.
 */
export async function listRuns(): Promise<RunRecord[]> {
	const db = await openFaroDb();
	return (await db.getAllFromIndex('runs', 'createdAt')).reverse().map(migrateRun);
}

/** The whole record, model included. @throws FaroError internal when the run is gone */
export async function getRun(id: string): Promise<RunRecord> {
	const db = await openFaroDb();
	const tx = db.transaction(['runs', 'models'], 'readonly');
	const [record, stored] = await Promise.all([
		tx.objectStore('runs').get(id),
		tx.objectStore('models').get(id)
	]);
	if (!record) throw new FaroError('internal', text('err_runs_db_gone', { id }));
	return joined(migrateRun(record), stored?.model ?? null);
}

/** Why a run that is not done (or has no result) has no model to remove, by its status. */
const NO_MODEL_TO_REMOVE: Record<RunStatus, (name: string) => Text> = {
	running: (name) => text('err_runs_db_no_model_running', { name }),
	done: (name) => text('err_runs_db_no_model_done', { name }),
	failed: (name) => text('err_runs_db_no_model_failed', { name }),
	cancelled: (name) => text('err_runs_db_no_model_cancelled', { name }),
	interrupted: (name) => text('err_runs_db_no_model_interrupted', { name })
};

/** A stored record with its model back in place (and without the store's size note). */
function joined(record: RunRecord, model: ModelArtifacts | null): RunRecord {
	const { modelBytes: _size, ...rest } = record;
	if (!record.result || model === null) return rest;
	return { ...rest, result: { ...record.result, model } };
}

/**
 * Stores imported runs, skipping ids already stored (importing the same file twice adds nothing).
 * Returns how many were added and skipped.
 */
export async function importRuns(
	records: RunRecord[]
): Promise<{ added: number; skipped: number }> {
	const db = await openFaroDb();
	const tx = db.transaction(['runs', 'models'], 'readwrite');
	const runs = tx.objectStore('runs');
	let added = 0;
	for (const record of records) {
		if (await runs.getKey(record.id)) continue;
		const { stored, model } = split(record);
		await runs.put(stored);
		if (model) await tx.objectStore('models').put({ id: record.id, model });
		added++;
	}
	await tx.done;
	return { added, skipped: records.length - added };
}

export async function deleteRun(id: string): Promise<void> {
	const db = await openFaroDb();
	const tx = db.transaction(['runs', 'models'], 'readwrite');
	await Promise.all([
		tx.objectStore('runs').delete(id),
		tx.objectStore('models').delete(id),
		tx.done
	]);
}

/** Applies `patch` to a stored run (rename, star) and returns the updated record, without its model as `listRuns`. */
export async function updateRun(
	id: string,
	patch: Partial<Pick<RunRecord, 'name' | 'starred'>>
): Promise<RunRecord> {
	const db = await openFaroDb();
	const tx = db.transaction('runs', 'readwrite');
	const record = await tx.store.get(id);
	if (!record) throw new FaroError('internal', text('err_runs_db_gone', { id }));
	const updated = { ...record, ...patch };
	await Promise.all([tx.store.put(updated), tx.done]);
	return updated;
}

/**
 * Removes the model (weights or trees) of a finished run to free storage space and keeps everything else:
 * metrics, curves, confusion matrix, settings, the fitted recipe. The run can still be compared; it can no
 * longer be downloaded or used to predict. Returns the updated record (unchanged when the model was already
 * removed).
 * @throws FaroError internal when the run is gone, settings-invalid when it has no model (not finished),
 *   storage-quota when the browser refuses the write
 * @example
 * const run = await removeRunModel(id); // run.result.model == null, run.modelRemoved.sizeBytes: bytes freed
 */
export async function removeRunModel(id: string, now = new Date()): Promise<RunRecord> {
	const db = await openFaroDb();
	const record = await getRun(id);
	const { result } = record;
	if (record.status !== 'done' || !result) {
		const { name } = record;
		throw new FaroError('settings-invalid', NO_MODEL_TO_REMOVE[record.status](name), {
			where: text('err_runs_db_where_run', { name }),
			hint: text('err_runs_db_no_model_hint')
		});
	}
	if (result.model == null) return record;
	const updated: RunRecord = {
		...record,
		result: { ...result, model: null },
		modelRemoved: { at: now.toISOString(), sizeBytes: modelSizeBytes(result.model) }
	};
	await write(db, updated);
	return updated;
}

/**
 * Marks runs left `running` by a closed tab as `interrupted`. Called once when the page opens, before any
 * training starts in it. Returns how many were marked.
 */
export async function markInterruptedRuns(): Promise<number> {
	const db = await openFaroDb();
	const tx = db.transaction('runs', 'readwrite');
	let marked = 0;
	for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
		if (cursor.value.status === 'running') {
			marked++;
			await cursor.update({
				...cursor.value,
				status: 'interrupted',
				error: new FaroError('cancelled', text('err_runs_db_interrupted'), {
					hint: text('err_runs_db_interrupted_hint')
				}).toData()
			});
		}
	}
	await tx.done;
	return marked;
}
