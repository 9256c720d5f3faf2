/**
 * Databases written by earlier Faro versions upgrade in place with nothing lost:
 * - version 2 (models inside the run records; tests/fixtures/db/runs-v2.json) → every record reads back whole
 *   through getRun, the runs list no longer carries models, and the other stores are kept;
 * - version 3 (models apart, a search's record in `settings.search`; tests/fixtures/db/runs-v3.json, the stores
 *   as that version's own code filled them) → each search record sits on its run, intact, and nothing else
 *   changes: not the other fields, not the models, not the model files written from the runs;
 * - versions 1 and 2 holding a search run take both steps in one upgrade.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import fixture from '../../fixtures/db/runs-v2.json';
import { closeFaroDb, DB_VERSION, openFaroDb, type StoredModel } from '$lib/storage/db';
import {
	deleteRun,
	getRun,
	listRuns,
	putRun,
	removeRunModel,
	summarizeRun,
	updateRun,
	type RunRecord
} from '$lib/runs';
import { writeRunBundle } from '$lib/bundle/write-bundle';
import type { BundleSettings } from '$lib/bundle/bundle-types';
import { modelSizeBytes } from '$lib/models/artifacts';
import { atSchema2, V3_STORES as v3, v3Model, v3Run, v3RunWhole } from '../helpers/run-schema';

const records = fixture as unknown as RunRecord[];

/** The stores of database `version` (1, 2 or 3), as that version's upgrade code created them. */
function createStores(db: IDBPDatabase, oldVersion: number, version: number): void {
	if (oldVersion < 1) {
		const datasets = db.createObjectStore('datasets', { keyPath: 'id' });
		datasets.createIndex('createdAt', 'createdAt');
		db.createObjectStore('tables', { keyPath: 'id' });
		const runs = db.createObjectStore('runs', { keyPath: 'id' });
		runs.createIndex('datasetId', 'datasetId');
		runs.createIndex('createdAt', 'createdAt');
	}
	if (oldVersion < 2 && version >= 2) db.createObjectStore('descriptions', { keyPath: 'key' });
	if (oldVersion < 3 && version >= 3) db.createObjectStore('models', { keyPath: 'id' });
}

/** A database of `version`: its stores, these records (and models), a dataset and (from 2) a description. */
async function writeVersion(
	version: 1 | 2 | 3,
	runs: RunRecord[],
	models: StoredModel[] = []
): Promise<void> {
	const db = await openDB('faro', version, {
		upgrade: (db, oldVersion) => createStores(db, oldVersion, version)
	});
	for (const record of runs) await db.put('runs', record);
	for (const model of models) await db.put('models', model);
	if (version >= 2) await db.put('descriptions', { key: 'k', text: 'kept' });
	await db.put('datasets', { id: 'german', createdAt: '2026-11-01' });
	db.close();
}

/** The database as version 2 of Faro created and filled it (its upgrade code, its put). */
const writeVersion2 = () => writeVersion(2, records);
/** The database as version 3 of Faro filled it: tests/fixtures/db/runs-v3.json, store by store. */
const writeVersion3 = () => writeVersion(3, v3.runs, v3.models);

afterEach(async () => {
	await closeFaroDb();
	indexedDB.deleteDatabase('faro');
});

describe('database version 2 → current', () => {
	it('moves every model to its own store and loses nothing', async () => {
		await writeVersion2();
		const db = await openFaroDb();
		expect(db.version).toBe(DB_VERSION);
		for (const record of records) expect(await getRun(record.id)).toEqual(atSchema2(record));
		expect(await db.get('descriptions', 'k')).toEqual({ key: 'k', text: 'kept' });
		expect(await db.get('datasets', 'german')).toEqual({ id: 'german', createdAt: '2026-11-01' });
		expect((await db.getAllKeys('models')).sort()).toEqual(['run-v2-gbdt', 'run-v2-logistic']);
	});

	it('lists runs without reading a model, with the same summaries as before', async () => {
		await writeVersion2();
		const listed = await listRuns();
		expect(listed.map((r) => r.id)).toEqual([
			'run-v2-failed',
			'run-v2-removed',
			'run-v2-gbdt',
			'run-v2-logistic'
		]);
		for (const r of listed) expect(r.result?.model ?? null).toBeNull();
		const before = new Map(records.map((r) => [r.id, summarizeRun(atSchema2(r))]));
		for (const r of listed) expect(summarizeRun(r)).toEqual(before.get(r.id));
	});

	it('keeps records and models together through rename, removing a model and deleting', async () => {
		await writeVersion2();
		const renamed = await updateRun('run-v2-gbdt', { name: 'trees' });
		expect(summarizeRun(renamed).modelSizeBytes).toBe(
			modelSizeBytes(records[1].result?.model as never)
		);
		expect((await getRun('run-v2-gbdt')).result?.model).toEqual(records[1].result?.model);
		const removed = await removeRunModel('run-v2-logistic');
		expect(removed.result?.model).toBeNull();
		expect((await getRun('run-v2-logistic')).modelRemoved?.sizeBytes).toBeGreaterThan(0);
		const db = await openFaroDb();
		expect(await db.getAllKeys('models')).toEqual(['run-v2-gbdt']);
		await deleteRun('run-v2-gbdt');
		expect(await db.getAllKeys('models')).toEqual([]);
		await putRun(records[0]);
		expect(await getRun(records[0].id)).toEqual(atSchema2(records[0]));
	});
});

describe('database version 3 → 4', () => {
	it('moves each search record onto its run, intact, and changes nothing else in any store', async () => {
		await writeVersion3();
		const db = await openFaroDb();
		expect(db.version).toBe(4);
		expect((await db.getAllKeys('runs')).sort()).toEqual(v3.runs.map((r) => r.id).sort());
		for (const before of v3.runs) {
			const after = await db.get('runs', before.id);
			expect(after).toEqual(atSchema2(before));
			expect(after && 'search' in after.settings).toBe(false);
		}
		const blend = await db.get('runs', 'run-v3-blend');
		expect(blend?.search).toEqual((v3Run('run-v3-blend').settings as BundleSettings).search);
		expect(blend?.search?.trials).toHaveLength(6);
		expect(blend?.search?.ensemble?.members.length).toBeGreaterThanOrEqual(2);
		const single = await db.get('runs', 'run-v3-single');
		expect(single?.search?.ensemble).toBeUndefined();
		expect(single?.modelRemoved).toEqual(v3Run('run-v3-single').modelRemoved);
		expect((await db.get('runs', 'run-v3-plain'))?.search).toBeUndefined();
		expect(await db.getAll('models')).toEqual(v3.models);
		expect(await db.get('descriptions', 'k')).toEqual({ key: 'k', text: 'kept' });
		expect(await db.get('datasets', 'german')).toEqual({ id: 'german', createdAt: '2026-11-01' });
	});

	it('reads every run whole and lists them with the same summaries', async () => {
		await writeVersion3();
		for (const before of v3.runs) expect(await getRun(before.id)).toEqual(v3RunWhole(before.id));
		const listed = await listRuns();
		expect(listed.map((r) => r.id)).toEqual(['run-v3-single', 'run-v3-blend', 'run-v3-plain']);
		for (const r of listed) expect(summarizeRun(r)).toEqual(summarizeRun(v3RunWhole(r.id)));
	});

	it('writes the same model file as before: the search inside training.settings, byte for byte', async () => {
		await writeVersion3();
		for (const id of ['run-v3-blend', 'run-v3-plain']) {
			const bundle = writeRunBundle(await getRun(id));
			expect(JSON.stringify(bundle.training.settings)).toBe(JSON.stringify(v3Run(id).settings));
		}
	});
});

describe('databases of version 1 and 2 holding a search run', () => {
	it.each([1, 2] as const)(
		'version %i: its model moves to its own store and its search onto the record',
		async (version) => {
			const stored = v3Run('run-v3-blend');
			const { modelBytes: _size, ...inside } = stored;
			const before = {
				...inside,
				result: {
					...(stored.result as NonNullable<RunRecord['result']>),
					model: v3Model(stored.id)
				}
			};
			await writeVersion(version, [before, ...records]);
			const db = await openFaroDb();
			expect(db.version).toBe(DB_VERSION);
			expect(await getRun(stored.id)).toEqual(atSchema2(before));
			expect(await db.get('runs', stored.id)).toEqual(atSchema2(stored));
			expect(await db.get('models', stored.id)).toEqual({
				id: stored.id,
				model: v3Model(stored.id)
			});
			for (const record of records) expect(await getRun(record.id)).toEqual(atSchema2(record));
		}
	);
});
