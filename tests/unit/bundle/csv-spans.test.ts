import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsvSpans, spansToTable, type SpanChunk } from '$lib/bundle/csv-spans';
import { parseQuotedRecord } from '$lib/bundle/csv-record';
import { rowsToTable, type ReadRowsOptions } from '$lib/data';
import { FaroError } from '$lib/shared/errors';
import { trickyCsv } from './tricky-csv';

async function readAll(text: string, options: ReadRowsOptions = {}): Promise<SpanChunk[]> {
	const chunks: SpanChunk[] = [];
	for await (const chunk of readCsvSpans(new Blob([text]), options)) chunks.push(chunk);
	return chunks;
}

const rowsOf = (chunks: SpanChunk[]): string[][] =>
	chunks.flatMap((chunk) =>
		Array.from({ length: chunk.rowCount }, (_, r) =>
			Array.from({ length: chunk.width }, (_, c) => chunk.cell(r, c))
		)
	);

/** papaparse's reading of the whole text: the reference, blank lines dropped. */
function papaRows(text: string, delimiter: string, newline: '\n' | '\r\n'): string[][] {
	const body = text.endsWith(newline) ? text.slice(0, -newline.length) : text;
	const rows = Papa.parse<string[]>(body, { delimiter, newline, quoteChar: '"' }).data;
	return rows.filter((row) => !(row.length === 1 && row[0] === ''));
}

describe('readCsvSpans', () => {
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
				const chunks = await readAll(text, { chunkRows: 256, sliceBytes });
				expect(chunks[0].header).toEqual(header);
				expect(chunks[0].dialect.delimiter).toBe(delimiter);
				expect(rowsOf(chunks)).toEqual(expected);
			}
		}
	);

	it('keeps the span of each quote-free line, without its CR, and marks quoted rows with -1', async () => {
		const text = 'a,b\r\n1,2\r\n"x,y",3\r\n4, 5 \r\n';
		const [chunk] = await readAll(text);
		const lines = Array.from({ length: chunk.rowCount }, (_, r) =>
			chunk.lineStarts[r] < 0 ? null : chunk.texts[r].slice(chunk.lineStarts[r], chunk.lineEnds[r])
		);
		expect(lines).toEqual(['1,2', null, '4, 5 ']);
		expect(rowsOf([chunk])).toEqual([
			['1', '2'],
			['x,y', '3'],
			['4', ' 5 ']
		]);
	});

	it('gives chunks of at most chunkRows rows, in file order', async () => {
		const text = trickyCsv({ rows: 1000, seed: 4 });
		const chunks = await readAll(text, { chunkRows: 300, sliceBytes: 4096 });
		expect(chunks.map((c) => c.rowCount)).toEqual([300, 300, 300, 100]);
		expect(rowsOf(chunks).map((row) => row[0])).toEqual(
			Array.from({ length: 1000 }, (_, i) => String(i))
		);
	});

	it('reads a stray quote inside an unquoted field as papaparse does', async () => {
		const text = 'a,b\n1,x"y\n"2",3\n4,"5"\n6,ab"c\nd",7\n';
		expect(rowsOf(await readAll(text))).toEqual(papaRows(text, ',', '\n').slice(1));
	});

	it('yields one empty chunk with the header for a file without rows', async () => {
		const chunks = await readAll('"Age",Sex\r\n\r\n');
		expect(chunks).toHaveLength(1);
		expect(chunks[0].rowCount).toBe(0);
		expect(chunks[0].names).toEqual(['Age', 'Sex']);
	});

	it('names the line of a row with too few fields, counting quoted line breaks and blank lines', async () => {
		const text = 'a,b\n"1\nstill 1",2\n\n3\n';
		const error = await readAll(text, { fileName: 'f.csv' }).catch((err: unknown) => err);
		expect(error).toBeInstanceOf(FaroError);
		expect((error as FaroError).code).toBe('csv-ragged');
		expect((error as FaroError).detail.where).toBe('f.csv, line 5');
	});

	it('names the line where an unclosed quote starts', async () => {
		const error = await readAll('a,b\n1,2\n3,"open\n4,5\n').catch((err: unknown) => err);
		expect((error as FaroError).code).toBe('csv-malformed');
		expect((error as FaroError).detail.where).toBe('the file, line 3');
	});
});

describe('spansToTable', () => {
	it('types the cells exactly as rowsToTable types the same strings', async () => {
		const text = trickyCsv({ rows: 800, seed: 5 });
		const [chunk] = await readAll(text, { chunkRows: 10_000 });
		const columns = [1, 2, 3, 4].map((index) => ({ index, name: chunk.names[index] }));
		expect(spansToTable(chunk, columns)).toEqual(rowsToTable(rowsOf([chunk]), columns));
	});
});

describe('parseQuotedRecord', () => {
	it.each(['a,"b ""c""",d', '"",x,""', '"two\nlines",2', '"a,b",', ',"x"', '"ñ ""q"" \r\n end"'])(
		'gives the fields papaparse gives for the well-formed record %j',
		(record) => {
			const expected = Papa.parse<string[]>(record, { delimiter: ',', quoteChar: '"' }).data[0];
			expect(parseQuotedRecord(record, 0, record.length, ',')).toEqual(expected);
		}
	);

	it('reads only the span it is given, with any one-character delimiter', () => {
		const text = 'xx;"a;b";c\nrest';
		expect(parseQuotedRecord(text, 3, 10, ';')).toEqual(['a;b', 'c']);
	});

	it.each(['a"b,c', '"a" ,b', '"a"b,c', '"open,c', 'x,"a"""b"'])(
		'leaves the malformed record %j to papaparse (null)',
		(record) => {
			expect(parseQuotedRecord(record, 0, record.length, ',')).toBeNull();
		}
	);
});
