/** Stored datasets: the record the page shows and the Table the workers read, written together. */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import type { Table } from '$lib/data/table';
import { openFaroDb } from './db';
import type { DatasetRecord, DatasetSettings } from './dataset-record';

/** Saves a dataset and its table in one transaction (both or neither). */
export async function saveDataset(record: DatasetRecord, table: Table): Promise<void> {
	const db = await openFaroDb();
	const tx = db.transaction(['datasets', 'tables'], 'readwrite');
	await Promise.all([
		tx.objectStore('datasets').put(record),
		tx.objectStore('tables').put({ id: record.id, table }),
		tx.done
	]);
}

/** Every stored dataset, newest first. */
export async function listDatasets(): Promise<DatasetRecord[]> {
	const db = await openFaroDb();
	const all = await db.getAllFromIndex('datasets', 'createdAt');
	return all.reverse();
}

/** One dataset record. @throws FaroError dataset-not-found */
export async function getDataset(id: string): Promise<DatasetRecord> {
	const db = await openFaroDb();
	const record = await db.get('datasets', id);
	if (!record) throw notFound(id);
	return record;
}

/** The stored Table of a dataset (workers only). @throws FaroError dataset-not-found */
export async function loadTable(id: string): Promise<Table> {
	const db = await openFaroDb();
	const entry = await db.get('tables', id);
	if (!entry) throw notFound(id);
	return entry.table;
}

/** Replaces the user's column settings of a dataset. */
export async function saveSettings(id: string, settings: DatasetSettings): Promise<DatasetRecord> {
	const db = await openFaroDb();
	const tx = db.transaction('datasets', 'readwrite');
	const record = await tx.store.get(id);
	if (!record) throw notFound(id);
	const updated = { ...record, settings };
	await Promise.all([tx.store.put(updated), tx.done]);
	return updated;
}

/** Deletes a dataset and its table (runs trained on it are kept). */
export async function deleteDataset(id: string): Promise<void> {
	const db = await openFaroDb();
	const tx = db.transaction(['datasets', 'tables'], 'readwrite');
	await Promise.all([
		tx.objectStore('datasets').delete(id),
		tx.objectStore('tables').delete(id),
		tx.done
	]);
}

const notFound = (id: string) =>
	new FaroError('dataset-not-found', text('err_dataset_not_found'), {
		where: text('err_where_dataset', { id }),
		hint: text('err_dataset_not_found_hint')
	});
