/**
 * Faro's IndexedDB database (through `idb`). One database, versioned schema:
 * - `datasets`: what the page needs to show a dataset (meta, profile, preview, the user's column settings);
 * - `tables`: the columnar Table itself (typed arrays, stored by structured clone), read only by workers;
 * - `runs`: run records (settings, metrics, curves, bundle);
 * - `descriptions` (v2): LLM descriptions cached by (model, prompt version, row content) — see llm/cache.ts.
 * The page never loads `tables`: it holds profiles and previews, never the whole dataset.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Table } from '$lib/data/table';
import type { DatasetRecord } from './dataset-record';
import type { RunRecord } from '$lib/runs/run-record';
import type { CachedDescription } from '$lib/llm/cache';

export const DB_NAME = 'faro';
export const DB_VERSION = 2;

export interface FaroSchema extends DBSchema {
	datasets: { key: string; value: DatasetRecord; indexes: { createdAt: string } };
	tables: { key: string; value: { id: string; table: Table } };
	runs: { key: string; value: RunRecord; indexes: { datasetId: string; createdAt: string } };
	descriptions: { key: string; value: CachedDescription };
}

export type FaroDb = IDBPDatabase<FaroSchema>;

let opening: Promise<FaroDb> | null = null;

/** Opens (once per thread) the database, creating or migrating stores. */
export function openFaroDb(): Promise<FaroDb> {
	opening ??= openDB<FaroSchema>(DB_NAME, DB_VERSION, {
		upgrade(db, oldVersion) {
			if (oldVersion < 1) {
				const datasets = db.createObjectStore('datasets', { keyPath: 'id' });
				datasets.createIndex('createdAt', 'createdAt');
				db.createObjectStore('tables', { keyPath: 'id' });
				const runs = db.createObjectStore('runs', { keyPath: 'id' });
				runs.createIndex('datasetId', 'datasetId');
				runs.createIndex('createdAt', 'createdAt');
			}
			if (oldVersion < 2) db.createObjectStore('descriptions', { keyPath: 'key' });
		},
		blocking() {
			// Another tab wants a newer schema: let it have the database.
			void opening?.then((db) => db.close());
			opening = null;
		}
	});
	return opening;
}

/** Closes the connection of this thread (tests). */
export async function closeFaroDb(): Promise<void> {
	const db = await opening;
	db?.close();
	opening = null;
}
