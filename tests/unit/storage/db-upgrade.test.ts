/**
 * A database written by Faro's database version 2 (models inside the run records; the records in
 * tests/fixtures/db/runs-v2.json) upgrades in place to version 3 with nothing lost: every record reads back
 * whole through getRun, the runs list no longer carries models, and the other stores are kept.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import fixture from '../../fixtures/db/runs-v2.json';
import { closeFaroDb, openFaroDb } from '$lib/storage/db';
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
import { modelSizeBytes } from '$lib/models/artifacts';

const records = fixture as unknown as RunRecord[];

/** The database as version 2 of Faro created and filled it (its upgrade code, its put). */
async function writeVersion2(): Promise<void> {
	const db = await openDB('faro', 2, {
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
		}
	});
	for (const record of records) await db.put('runs', record);
	await db.put('descriptions', { key: 'k', text: 'kept' });
	await db.put('datasets', { id: 'german', createdAt: '2026-11-01' });
	db.close();
}

afterEach(async () => {
	await closeFaroDb();
	indexedDB.deleteDatabase('faro');
});

describe('database version 2 → 3', () => {
	it('moves every model to its own store and loses nothing', async () => {
		await writeVersion2();
		const db = await openFaroDb();
		expect(db.version).toBe(3);
		for (const record of records) expect(await getRun(record.id)).toEqual(record);
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
		const before = new Map(records.map((r) => [r.id, summarizeRun(r)]));
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
		expect(await getRun(records[0].id)).toEqual(records[0]);
	});
});
