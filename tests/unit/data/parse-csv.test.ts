import { describe, expect, it } from 'vitest';
import { cellAsString, columnAsStrings, findColumn, type Column } from '$lib/data';
import { parseFixture, parseText } from './read-fixture';

const col = (columns: Column[], name: string): Column => {
	const found = columns.find((c) => c.name === name);
	if (!found) throw new Error(`no column ${name}`);
	return found;
};

describe('parseCsv: the German credit file', () => {
	it('reads 1000 rows and 11 columns, names the unnamed index "row", types every column', async () => {
		const { table, meta, preview } = await parseFixture('csv/german_credit.csv');
		expect(meta.rowCount).toBe(1000);
		expect(meta.columnCount).toBe(11);
		expect(meta.delimiter).toBe(',');
		expect(meta.encoding).toBe('utf-8');
		expect(meta.indexColumn).toBe('row');
		expect(meta.renamedHeaders).toEqual([{ index: 0, original: '', name: 'row' }]);
		expect(table.columns.map((c) => c.storage)).toEqual([
			'number',
			'number',
			'category',
			'number',
			'category',
			'category',
			'category',
			'number',
			'number',
			'category',
			'category'
		]);
		const saving = col(table.columns, 'Saving accounts');
		expect(columnAsStrings(saving).filter((v) => v === null)).toHaveLength(183);
		expect(
			columnAsStrings(col(table.columns, 'Checking account')).filter((v) => v === null)
		).toHaveLength(394);
		expect(preview).toHaveLength(20);
		expect(preview[0]).toEqual([
			'0',
			'67',
			'male',
			'2',
			'own',
			'',
			'little',
			'1169',
			'6',
			'radio/TV',
			'good'
		]);
	});

	it('gives the same table whatever the slice size (records cut across slices)', async () => {
		const whole = await parseFixture('csv/german_credit.csv');
		const sliced = await parseFixture('csv/german_credit.csv', { sliceBytes: 997 });
		expect(sliced.table.columns.map((c) => columnAsStrings(c))).toEqual(
			whole.table.columns.map((c) => columnAsStrings(c))
		);
	});
});

describe('parseCsv: dialects and encodings', () => {
	it('detects tab and vertical-bar delimiters and ISO dates', async () => {
		const tab = await parseFixture('csv/tab.tsv');
		expect(tab.meta.delimiter).toBe('\t');
		const dates = col(tab.table.columns, 'c');
		expect(dates.storage).toBe('date');
		expect(cellAsString(dates, 2)).toBe('2024-03-05');
		const pipe = await parseFixture('csv/pipe.csv');
		expect(pipe.meta.delimiter).toBe('|');
		expect(columnAsStrings(col(pipe.table.columns, 'b'))).toEqual(['yes', 'no', 'yes']);
	});

	it('strips a UTF-8 byte-order mark from the first header', async () => {
		const { table, meta } = await parseFixture('csv/utf8-bom.csv');
		expect(meta.encoding).toBe('utf-8');
		expect(table.columns.map((c) => c.name)).toEqual(['name', 'score']);
		expect(columnAsStrings(table.columns[0])).toEqual(['Zoë', 'Renée']);
	});

	it('reads a windows-1252 Spanish file with ";" and decimal commas', async () => {
		const { table, meta } = await parseFixture('csv/spanish-latin1.csv');
		expect(meta.encoding).toBe('windows-1252');
		expect(meta.delimiter).toBe(';');
		expect(meta.decimalComma).toBe(true);
		expect(table.columns.map((c) => c.name)).toEqual(['nombre', 'ciudad', 'año', 'importe']);
		expect(columnAsStrings(col(table.columns, 'nombre'))).toEqual(['Núñez', 'Peña', 'Ibáñez']);
		const amount = col(table.columns, 'importe');
		expect(amount.storage).toBe('number');
		expect(Array.from(amount.storage === 'number' ? amount.values : [])).toEqual([1234.5, 3.5, 12]);
	});

	it('restarts as windows-1252 when invalid UTF-8 appears only after the first slice', async () => {
		const head = new TextEncoder().encode('a,b\n' + '1,x\n'.repeat(300));
		const tail = Uint8Array.from([0x32, 0x2c, 0x50, 0xe9, 0x72, 0x65, 0x7a, 0x0a]); // "2,Pérez\n" in 1252
		const result = await parseTextBytes([head, tail], 256);
		expect(result.meta.encoding).toBe('windows-1252');
		expect(columnAsStrings(result.table.columns[1]).at(-1)).toBe('Pérez');
	});

	it('keeps delimiters, doubled quotes and newlines inside quoted fields, with CRLF line ends', async () => {
		const { table, meta } = await parseFixture('csv/quoted-crlf.csv');
		expect(meta.rowCount).toBe(3);
		expect(columnAsStrings(col(table.columns, 'comment'))).toEqual([
			'Hello, world',
			'She said "hi"\r\nthen left',
			'plain'
		]);
		const amount = col(table.columns, 'amount');
		expect(amount.storage === 'number' && Array.from(amount.values)).toEqual([10, 20, 30]);
	});
});

async function parseTextBytes(parts: Uint8Array[], sliceBytes: number) {
	const { parseCsv } = await import('$lib/data');
	return parseCsv(new Blob(parts as BlobPart[]), { fileName: 'mixed.csv', sliceBytes });
}

describe('parseCsv: headers, missing values, types', () => {
	it('makes blank and repeated header names unique and reports each rename', async () => {
		const { table, meta } = await parseFixture('csv/headers.csv');
		expect(table.columns.map((c) => c.name)).toEqual([
			'Age',
			'column_2',
			'Age_2',
			'Name',
			'column_5'
		]);
		expect(meta.renamedHeaders.map((r) => r.name)).toEqual(['column_2', 'Age_2', 'column_5']);
		expect(meta.indexColumn).toBeNull();
	});

	it('reads NA, N/A, null, ? and blanks as missing and keeps numbers numeric', async () => {
		const { table } = await parseFixture('csv/missing-tokens.csv');
		const x = col(table.columns, 'x');
		const y = col(table.columns, 'y');
		expect(x.storage === 'number' && Array.from(x.values)).toEqual([1, NaN, NaN, 4]);
		expect(y.storage === 'number' && Array.from(y.values)).toEqual([NaN, 2, NaN, NaN]);
		expect(columnAsStrings(col(table.columns, 'flag'))).toEqual(['true', 'false', 'TRUE', 'False']);
	});

	it('demotes a numeric column to categories when text appears after numbers', async () => {
		const { table } = await parseText('a,b\n1,2\n1.50,3\nabc,4\n');
		expect(table.columns[0].storage).toBe('category');
		// numbers seen before the demotion keep their canonical form ("1.50" → "1.5")
		expect(columnAsStrings(table.columns[0])).toEqual(['1', '1.5', 'abc']);
	});

	it('parses day-first dates only when consistent and leaves ambiguous ones as categories', async () => {
		const { table } = await parseFixture('csv/dates.csv');
		const dmy = col(table.columns, 'dmy');
		expect(dmy.storage).toBe('date');
		expect(columnAsStrings(dmy)).toEqual(['2024-01-13', '2024-02-01', '2023-12-25']);
		expect(col(table.columns, 'ambiguous').storage).toBe('category');
		const stamp = col(table.columns, 'stamp');
		expect(columnAsStrings(stamp)).toEqual([
			'2024-03-01T10:00:00.000Z',
			'2024-03-01T10:30:15.000Z',
			null
		]);
		expect(columnAsStrings(col(table.columns, 'iso'))).toEqual(['2024-03-01', '2024-03-02', null]);
	});

	it('turns a many-valued string column into text storage', async () => {
		const rows = Array.from({ length: 9000 }, (_, i) => `${i % 3},note number ${i}`).join('\n');
		const { table } = await parseText(`k,note\n${rows}\n`);
		expect(table.columns[1].storage).toBe('text');
		expect(columnAsStrings(table.columns[1])[8999]).toBe('note number 8999');
		expect(findColumn(table, 'k')?.storage).toBe('number');
	});

	it('parses a one-row file', async () => {
		const { table, meta } = await parseText('a;b\n1,5;x');
		expect(meta.rowCount).toBe(1);
		const a = table.columns[0];
		expect(a.storage === 'number' && a.values[0]).toBe(1.5);
	});
});

describe('parseCsv: ragged rows', () => {
	it('fails by default, saying how many rows and their lines', async () => {
		const error = await parseFixture('csv/ragged.csv').catch((e) => e);
		expect(error.code).toBe('csv-ragged');
		expect(error.message).toBe(
			'Row 2 of "ragged.csv" has 2 fields but the header has 3. 1 more row has the wrong number of fields (line 5).'
		);
		expect(error.detail.where).toBe('ragged.csv, line 3');
		expect(error.detail.data).toEqual({ count: 2, firstLines: [3, 5], expected: 3 });
	});

	it('skips them when asked', async () => {
		const { table, meta } = await parseFixture('csv/ragged.csv', { raggedRows: 'skip' });
		expect(meta.skippedRows).toBe(2);
		expect(columnAsStrings(table.columns[0])).toEqual(['1', '6', '13']);
	});

	it('pads short rows and skips long ones when asked to pad', async () => {
		const { table, meta } = await parseFixture('csv/ragged.csv', { raggedRows: 'pad' });
		expect(meta.paddedRows).toBe(1);
		expect(meta.skippedRows).toBe(1);
		expect(columnAsStrings(table.columns[2])).toEqual(['3', null, '8', '15']);
	});
});

describe('parseCsv: progress and cancel', () => {
	it('reports bytes read of the total', async () => {
		const seen: number[] = [];
		await parseFixture('csv/german_credit.csv', {
			sliceBytes: 4096,
			onProgress: (p) => seen.push(p.done / p.total)
		});
		expect(seen.at(-1)).toBe(1);
	});

	it('stops with "cancelled" when the signal fires', async () => {
		const controller = new AbortController();
		const error = await parseFixture('csv/german_credit.csv', {
			sliceBytes: 4096,
			signal: controller.signal,
			onProgress: () => controller.abort()
		}).catch((e) => e);
		expect(error.code).toBe('cancelled');
	});
});
