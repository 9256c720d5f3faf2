import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	CsvReader,
	batchToTable,
	rowsToTable,
	type ReadCsvOptions,
	type RecordBatch
} from '$lib/data';
import { FaroError } from '$lib/shared/errors';
import { trickyCsv } from '../bundle/tricky-csv';

async function readAll(
	text: string | Uint8Array,
	options: ReadCsvOptions = {}
): Promise<RecordBatch[]> {
	const batches: RecordBatch[] = [];
	for await (const batch of new CsvReader(new Blob([text as BlobPart]), options))
		batches.push(batch);
	return batches;
}

const rowsOf = (batches: RecordBatch[]): string[][] =>
	batches.flatMap((batch) => Array.from({ length: batch.rowCount }, (_, r) => batch.row(r)));

const failure = (promise: Promise<unknown>): Promise<FaroError> =>
	promise.then(
		() => {
			throw new Error('expected a FaroError');
		},
		(err: unknown) => err as FaroError
	);

/** papaparse's reading of the whole text: the reference, blank lines dropped. */
function papaRows(text: string, delimiter: string, newline: '\n' | '\r\n'): string[][] {
	const body = text.endsWith(newline) ? text.slice(0, -newline.length) : text;
	const rows = Papa.parse<string[]>(body, { delimiter, newline, quoteChar: '"' }).data;
	return rows.filter((row) => !(row.length === 1 && row[0] === ''));
}

describe('CsvReader', () => {
	it.each([
		{ delimiter: ',', newline: '\n' },
		{ delimiter: ',', newline: '\r\n' },
		{ delimiter: ';', newline: '\n' },
		{ delimiter: '\t', newline: '\r\n' }
	] as const)(
		'reads every cell as papaparse does ($delimiter, $newline), however the file is sliced',
		async ({ delimiter, newline }) => {
			const text = trickyCsv({ rows: 1500, seed: 3, delimiter, newline });
			const [header, ...expected] = papaRows(text, delimiter, newline);
			for (const sliceBytes of [undefined, 997, 10_007]) {
				const batches = await readAll(text, { chunkRows: 256, sliceBytes, sampleChars: 500 });
				expect(batches[0].header).toEqual(header);
				expect(batches[0].dialect.delimiter).toBe(delimiter);
				expect(rowsOf(batches)).toEqual(expected);
			}
		}
	);

	it('keeps the span of each quote-free line, without its CR, and marks quoted rows with -1', async () => {
		const text = 'a,b\r\n1,2\r\n"x,y",3\r\n4, 5 \r\n';
		const [batch] = await readAll(text);
		const lines = Array.from({ length: batch.rowCount }, (_, r) =>
			batch.lineStarts[r] < 0 ? null : batch.texts[r].slice(batch.lineStarts[r], batch.lineEnds[r])
		);
		expect(lines).toEqual(['1,2', null, '4, 5 ']);
		expect(rowsOf([batch])).toEqual([
			['1', '2'],
			['x,y', '3'],
			['4', ' 5 ']
		]);
	});

	it('gives batches of at most chunkRows rows, in file order', async () => {
		const text = trickyCsv({ rows: 1000, seed: 4 });
		const batches = await readAll(text, { chunkRows: 300, sliceBytes: 4096 });
		expect(batches.map((c) => c.rowCount)).toEqual([300, 300, 300, 100]);
		expect(rowsOf(batches).map((row) => row[0])).toEqual(
			Array.from({ length: 1000 }, (_, i) => String(i))
		);
	});

	it('reads a stray quote inside an unquoted field as papaparse does, and counts it', async () => {
		const text = 'a,b\n1,x"y\n"2",3\n4,"5"\n6,ab"c\nd",7\n';
		const reader = new CsvReader(new Blob([text]));
		const batches: RecordBatch[] = [];
		for await (const batch of reader) batches.push(batch);
		expect(rowsOf(batches)).toEqual(papaRows(text, ',', '\n').slice(1));
		expect(reader.info.strayQuotes).toBe(3);
		expect(reader.info.firstStrayQuote).toEqual({ line: 2, column: 2 });
	});

	it('yields one empty batch with the header for a file without rows', async () => {
		const batches = await readAll('"Age",Sex\r\n\r\n');
		expect(batches).toHaveLength(1);
		expect(batches[0].rowCount).toBe(0);
		expect(batches[0].names).toEqual(['Age', 'Sex']);
	});

	it('names the line of a row with too few fields, counting quoted line breaks and blank lines', async () => {
		const text = 'a,b\n"1\nstill 1",2\n\n3\n';
		const error = await failure(readAll(text, { fileName: 'f.csv', failFast: true }));
		expect(error).toBeInstanceOf(FaroError);
		expect(error.code).toBe('csv-ragged');
		expect(error.detail.where).toBe('f.csv, line 5');
	});

	it('names the line where an unclosed quote starts', async () => {
		const error = await failure(readAll('a,b\n1,2\n3,"open\n4,5\n'));
		expect(error.code).toBe('csv-malformed');
		expect(error.detail.where).toBe('the file, line 3');
	});
});

describe('batchToTable', () => {
	it('types the cells exactly as rowsToTable types the same strings', async () => {
		const text = trickyCsv({ rows: 800, seed: 5 });
		const [batch] = await readAll(text, { chunkRows: 10_000 });
		const columns = [1, 2, 3, 4].map((index) => ({ index, name: batch.names[index] }));
		expect(batchToTable(batch, columns)).toEqual(rowsToTable(rowsOf([batch]), columns));
	});
});
