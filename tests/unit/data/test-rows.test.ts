import { describe, expect, it } from 'vitest';
import { parseCsv, profileTable } from '$lib/data';
import { guessTestColumn, guessTestValue, listedValues } from '$lib/data/test-rows';

async function profiled(csv: string) {
	const parsed = await parseCsv(new Blob([csv]), { fileName: 't.csv' });
	return profileTable(parsed.table, parsed.meta).columns;
}

const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i));

describe('guessing the column that marks the test rows', () => {
	it('prefers a column whose name says it marks a split, and its "test" value', async () => {
		const columns = await profiled(
			[
				'region,amount,Holdout,y',
				...rows(40, (i) => `r${i % 3},${i},${i % 4 === 0 ? 'TEST' : 'train'},${i % 2}`)
			].join('\n')
		);
		const marker = guessTestColumn(columns.filter((c) => c.name !== 'y'));
		expect(marker?.name).toBe('Holdout');
		expect(guessTestValue(marker)).toBe('TEST');
	});

	it('else the first column whose values the profile lists in full, and its least frequent value', async () => {
		const columns = await profiled(
			[
				'id,period,y',
				...rows(40, (i) => `${1000 + i},${i < 30 ? 'before' : 'after'},${i % 2}`)
			].join('\n')
		);
		const marker = guessTestColumn(columns.filter((c) => c.name !== 'y'));
		expect(marker?.name).toBe('period');
		expect(listedValues(marker)).toEqual(['before', 'after']);
		expect(guessTestValue(marker)).toBe('after');
	});

	it('reads names as words: is_test and holdoutFlag mark a split, Offset and Folder do not', async () => {
		const columns = await profiled(
			[
				'Offset,Folder,is_test,y',
				...rows(20, (i) => `${i},f${i % 2},${i % 5 === 0 ? 'yes' : 'no'},${i % 2}`)
			].join('\n')
		);
		expect(guessTestColumn(columns.filter((c) => c.name !== 'y'))?.name).toBe('is_test');
		const camel = await profiled(
			['amount,holdoutFlag,y', ...rows(20, (i) => `${i},${i % 4 ? 'a' : 'b'},${i % 2}`)].join('\n')
		);
		expect(guessTestColumn(camel.filter((c) => c.name !== 'y'))?.name).toBe('holdoutFlag');
	});

	it('nothing to guess from: no column, no listed values', () => {
		expect(guessTestColumn([])).toBeUndefined();
		expect(guessTestValue(undefined)).toBe('');
	});
});
