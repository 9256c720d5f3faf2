/**
 * Faro's IndexedDB database (through `idb`). One database, versioned schema:
 * - `datasets`: what the page needs to show a dataset (meta, profile, preview, the user's column settings);
 * - `tables`: the columnar Table itself (typed arrays, stored by structured clone), read only by workers;
 * - `runs`: run records (settings, metrics, curves, fitted recipe) without their models; since v3 a record's
 *   `result.model` is null here and `modelBytes` says how large its model is (runs/runs-db.ts); since v4 a
 *   search's record (trials, blend) is the record's `search`, no longer `settings.search` (runs/run-record.ts);
 * - `models` (v3): each run's model (TF.js weights, trees or a blend), keyed by run id: read only to download,
 *   predict or export, never to list runs;
 * - `descriptions` (v2): LLM descriptions cached by (model, prompt version, row content) — see llm/cache.ts.
 * The page never loads `tables`: it holds profiles and previews, never the whole dataset.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Table } from '$lib/data/table';
import type { DatasetRecord } from './dataset-record';
import { migrateRun, type RunRecord } from '$lib/runs/run-record';
import { modelSizeBytes, type ModelArtifacts } from '$lib/models/artifacts';

export const DB_NAME = 'faro';
export const DB_VERSION = 4;

export interface FaroSchema extends DBSchema {
	datasets: { key: string; value: DatasetRecord; indexes: { createdAt: string } };
	tables: { key: string; value: { id: string; table: Table } };
	runs: { key: string; value: RunRecord; indexes: { datasetId: string; createdAt: string } };
	descriptions: { key: string; value: CachedDescription };
	models: { key: string; value: StoredModel };
}

/** A cached LLM description of one row (llm/cache.ts keys and reads them). */
export type CachedDescription = {
	key: string;
	description: string;
	label?: string;
	model: string | null;
	promptVersion: string;
	createdAt: string;
};

/** A run's model, stored apart from its record. */
export type StoredModel = { id: string; model: ModelArtifacts };

export type FaroDb = IDBPDatabase<FaroSchema>;

let opening: Promise<FaroDb> | null = null;

/** Opens (once per thread) the database, creating or migrating stores. */
export function openFaroDb(): Promise<FaroDb> {
	opening ??= openDB<FaroSchema>(DB_NAME, DB_VERSION, {
		async upgrade(db, oldVersion, _newVersion, transaction) {
			if (oldVersion < 1) {
				const datasets = db.createObjectStore('datasets', { keyPath: 'id' });
				datasets.createIndex('createdAt', 'createdAt');
				db.createObjectStore('tables', { keyPath: 'id' });
				const runs = db.createObjectStore('runs', { keyPath: 'id' });
				runs.createIndex('datasetId', 'datasetId');
				runs.createIndex('createdAt', 'createdAt');
			}
			if (oldVersion < 2) db.createObjectStore('descriptions', { keyPath: 'key' });
			if (oldVersion < 3) {
				// models move out of the run records, in place: every record keeps everything else
				db.createObjectStore('models', { keyPath: 'id' });
				const models = transaction.objectStore('models');
				const runs = transaction.objectStore('runs');
				for (let cursor = await runs.openCursor(); cursor; cursor = await cursor.continue()) {
					const record = cursor.value;
					const model = record.result?.model;
					if (!record.result || model == null) continue;
					await models.put({ id: record.id, model });
					await cursor.update({
						...record,
						modelBytes: modelSizeBytes(model),
						result: { ...record.result, model: null }
					});
				}
			}
			if (oldVersion < 4) {
				// every record to run schema 2 (a search's record off the settings), in place: nothing else changes
				const runs = transaction.objectStore('runs');
				for (let cursor = await runs.openCursor(); cursor; cursor = await cursor.continue()) {
					const record = cursor.value;
					const migrated = migrateRun(record);
					if (migrated !== record) await cursor.update(migrated);
				}
			}
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
