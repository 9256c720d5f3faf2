/** Stored runs. A run still marked `running` when a page opens was cut off by a closed tab: `interrupted`. */
import { FaroError } from '$lib/shared/errors';
import { openFaroDb } from '$lib/storage/db';
import { migrateRun, modelSizeBytes, type RunRecord } from './run-record';

export async function putRun(record: RunRecord): Promise<void> {
	const db = await openFaroDb();
	await db.put('runs', record);
}

/** Every stored run, newest first. */
export async function listRuns(): Promise<RunRecord[]> {
	const db = await openFaroDb();
	return (await db.getAllFromIndex('runs', 'createdAt')).reverse().map(migrateRun);
}

/** @throws FaroError internal when the run is gone */
export async function getRun(id: string): Promise<RunRecord> {
	const db = await openFaroDb();
	const record = await db.get('runs', id);
	if (!record) throw new FaroError('internal', `Run ${id} is no longer stored.`);
	return migrateRun(record);
}

/**
 * Stores imported runs, skipping ids already stored (importing the same file twice adds nothing).
 * Returns how many were added and skipped.
 */
export async function importRuns(records: RunRecord[]): Promise<{ added: number; skipped: number }> {
	const db = await openFaroDb();
	const tx = db.transaction('runs', 'readwrite');
	let added = 0;
	for (const record of records) {
		if (await tx.store.getKey(record.id)) continue;
		await tx.store.put(record);
		added++;
	}
	await tx.done;
	return { added, skipped: records.length - added };
}

export async function deleteRun(id: string): Promise<void> {
	const db = await openFaroDb();
	await db.delete('runs', id);
}

/** Applies `patch` to a stored run (rename, star) and returns the updated record. */
export async function updateRun(
	id: string,
	patch: Partial<Pick<RunRecord, 'name' | 'starred'>>
): Promise<RunRecord> {
	const db = await openFaroDb();
	const tx = db.transaction('runs', 'readwrite');
	const record = await tx.store.get(id);
	if (!record) throw new FaroError('internal', `Run ${id} is no longer stored.`);
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
	const tx = db.transaction('runs', 'readwrite');
	const stored = await tx.store.get(id);
	if (!stored) throw new FaroError('internal', `Run ${id} is no longer stored.`);
	const record = migrateRun(stored);
	const { result } = record;
	if (record.status !== 'done' || !result) {
		throw new FaroError(
			'settings-invalid',
			`The run "${record.name}" has no model to remove: it is ${record.status}.`,
			{ where: `run "${record.name}"`, hint: 'Delete the run instead to free its space.' }
		);
	}
	if (result.model == null) {
		await tx.done;
		return record;
	}
	const updated: RunRecord = {
		...record,
		result: { ...result, model: null },
		modelRemoved: { at: now.toISOString(), sizeBytes: modelSizeBytes(result.model) }
	};
	await Promise.all([tx.store.put(updated), tx.done]);
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
				error: {
					code: 'cancelled',
					message: 'The tab was closed or reloaded while this run was training.',
					hint: 'Train it again: the settings are kept.'
				}
			});
		}
	}
	await tx.done;
	return marked;
}
