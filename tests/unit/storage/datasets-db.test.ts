import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeFaroDb, deleteDataset, getDataset, listDatasets, loadTable, saveDataset, saveSettings, withTarget, type DatasetRecord } from '$lib/storage';
import type { Table } from '$lib/data/table';

const table: Table = {
	rowCount: 3,
	columns: [
		{ name: 'age', storage: 'number', values: new Float64Array([30, NaN, 41]) },
		{ name: 'risk', storage: 'category', codes: new Int32Array([0, 1, -1]), levels: ['bad', 'good'] }
	]
};

function record(id: string, createdAt: string): DatasetRecord {
	return {
		id,
		name: `${id}.csv`,
		createdAt,
		fingerprint: 'f'.repeat(64),
		meta: {
			fileName: `${id}.csv`,
			sizeBytes: 30,
			encoding: 'utf-8',
			delimiter: ',',
			decimalComma: false,
			rowCount: 3,
			columnCount: 2,
			renamedHeaders: [],
			indexColumn: null,
			skippedRows: 0,
			paddedRows: 0,
			durationMs: 1
		},
		profile: { rowCount: 3, columns: [] } as unknown as DatasetRecord['profile'],
		preview: [['30', 'bad']],
		settings: {
			columns: [
				{ name: 'age', kind: 'numeric', role: 'feature' },
				{ name: 'risk', kind: 'categorical', role: 'feature' }
			],
			target: null
		}
	};
}

afterEach(async () => {
	await closeFaroDb();
	indexedDB.deleteDatabase('faro');
});

describe('datasets in IndexedDB', () => {
	it('stores a record with its table and gives the typed arrays back intact', async () => {
		await saveDataset(record('a', '2026-01-01T00:00:00Z'), table);
		const back = await loadTable('a');
		expect(back.rowCount).toBe(3);
		expect(back.columns[0]).toEqual(table.columns[0]);
		expect(back.columns[1]).toEqual(table.columns[1]);
		expect((await getDataset('a')).name).toBe('a.csv');
	});
	it('lists newest first and deletes a dataset with its table', async () => {
		await saveDataset(record('old', '2026-01-01T00:00:00Z'), table);
		await saveDataset(record('new', '2026-02-01T00:00:00Z'), table);
		expect((await listDatasets()).map((d) => d.id)).toEqual(['new', 'old']);
		await deleteDataset('old');
		expect((await listDatasets()).map((d) => d.id)).toEqual(['new']);
		await expect(loadTable('old')).rejects.toMatchObject({ code: 'dataset-not-found' });
	});
	it('saves the target choice, making the old target a feature again', async () => {
		const r = record('a', '2026-01-01T00:00:00Z');
		await saveDataset(r, table);
		const first = await saveSettings('a', withTarget(r.settings, 'risk'));
		expect(first.settings.target).toBe('risk');
		expect(first.settings.columns.find((c) => c.name === 'risk')?.role).toBe('target');
		const second = await saveSettings('a', withTarget(first.settings, 'age'));
		expect(second.settings.columns.map((c) => c.role)).toEqual(['target', 'feature']);
		expect((await getDataset('a')).settings.target).toBe('age');
	});
});
