import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { closeFaroDb, defaultSettings, getDataset, loadTable, saveDataset, type DatasetRecord } from '$lib/storage';
import { describableColumns, describeDataset, storeDescribed } from '$lib/llm';
import { loadGermanCredit } from './german-credit';

afterEach(async () => {
	await closeFaroDb();
	indexedDB.deleteDatabase('faro');
});

async function storeGermanCredit(): Promise<DatasetRecord> {
	const { table, profile } = await loadGermanCredit();
	const record: DatasetRecord = {
		id: 'src',
		name: 'german-credit.csv',
		createdAt: '2024-01-01T00:00:00.000Z',
		fingerprint: 'a'.repeat(64),
		meta: { fileName: 'german-credit.csv', sizeBytes: 1, encoding: 'utf-8', delimiter: ',', decimalComma: false, rowCount: table.rowCount, columnCount: table.columns.length, renamedHeaders: [], indexColumn: null, skippedRows: 0, paddedRows: 0, durationMs: 1 } as DatasetRecord['meta'],
		profile,
		preview: [['0', '67'], ['1', '22']],
		settings: defaultSettings(profile, 'Risk')
	};
	await saveDataset(record, table);
	return record;
}

describe('describeDataset', () => {
	it('stores a new dataset: same rows, every column, plus a description text feature that never names the target', async () => {
		const source = await storeGermanCredit();
		expect(describableColumns(source)).not.toContain('Risk');
		const record = await describeDataset({ datasetId: 'src', language: 'en' });
		expect(record.name).toBe('german-credit.csv + template descriptions');
		expect(record.describedBy).toEqual({ describer: 'template', model: null, promptVersion: 'template-v1.en', fallbackCount: 0 });
		expect(record.fingerprint).toBe(source.fingerprint);
		expect(record.settings.target).toBe('Risk');
		expect(record.settings.columns.at(-1)).toEqual({ name: 'description', kind: 'text', role: 'feature' });
		expect(record.profile.columns.at(-1)).toMatchObject({ name: 'description', kind: 'text', missingCount: 0 });
		expect(record.meta.columnCount).toBe(source.meta.columnCount + 1);
		expect(record.preview[0]).toHaveLength(3);

		const stored = await getDataset(record.id);
		expect(stored).toEqual(record);
		const table = await loadTable(record.id);
		const column = table.columns.at(-1);
		if (column?.storage !== 'text') throw new Error('description is not a text column');
		expect(column.values).toHaveLength(1000);
		expect(column.values[0]).toContain('Credit amount is 1169, in the bottom quarter.');
		expect(column.values.some((v) => v?.includes('Risk'))).toBe(false);
		expect((await loadTable('src')).columns).toHaveLength(source.meta.columnCount); // the source is untouched
	});

	it('stores descriptions made by the LLM job with labels as a category column', async () => {
		const source = await storeGermanCredit();
		const descriptions = Array.from({ length: 1000 }, (_, i) => `Applicant ${i}.`);
		const labels = descriptions.map((_, i) => (i % 3 === 0 ? 'careful' : i % 3 === 1 ? 'safe' : null));
		const record = await storeDescribed(source, await loadTable('src'), {
			descriptions,
			labels,
			fallbackCount: 2,
			describedBy: { describer: 'web-llm', model: 'SmolLM2', promptVersion: 'v1.es' }
		});
		expect(record.name).toBe('german-credit.csv + LLM descriptions (SmolLM2)');
		expect(record.describedBy?.fallbackCount).toBe(2);
		const table = await loadTable(record.id);
		const label = table.columns.at(-1);
		expect(label).toMatchObject({ name: 'llm_label', storage: 'category', levels: ['careful', 'safe'] });
		if (label?.storage !== 'category') throw new Error('no label column');
		expect(Array.from(label.codes.slice(0, 3))).toEqual([0, 1, -1]);
	});

	it('fails clearly for a dataset that is gone, and on a count mismatch', async () => {
		await expect(describeDataset({ datasetId: 'nope', language: 'en' })).rejects.toMatchObject({ code: 'dataset-not-found' });
		const source = await storeGermanCredit();
		await expect(
			storeDescribed(source, await loadTable('src'), { descriptions: ['x'], fallbackCount: 0, describedBy: { describer: 'web-llm', model: 'm', promptVersion: 'v' } })
		).rejects.toMatchObject({ code: 'internal' });
	});
});
