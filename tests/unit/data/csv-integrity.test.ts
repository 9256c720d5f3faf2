/**
 * Regression tests for the cases where Faro's readers used to change data silently (issue "Data integrity:
 * CSV in and out never silently changes a value"), each read by parseCsv (ingestion) and by the CsvReader
 * configuration batch prediction uses (1 MiB slices, failing fast).
 */
import { describe, expect, it } from 'vitest';
import {
	CsvReader,
	columnAsNumbers,
	columnAsStrings,
	findColumn,
	parseCsv,
	profileTable,
	type Column,
	type ParseOptions,
	type ReadCsvOptions
} from '$lib/data';
import { FaroError } from '$lib/shared/errors';

const MIB = 1 << 20;

const parseBytes = (bytes: Uint8Array | string, options: ParseOptions = {}) =>
	parseCsv(new Blob([bytes as BlobPart]), { fileName: 'f.csv', ...options });

/** Every record's cells as the scoring reader gives them. */
async function scoringRows(bytes: Uint8Array | string, options: ReadCsvOptions = {}) {
	const reader = new CsvReader(new Blob([bytes as BlobPart]), {
		fileName: 'f.csv',
		failFast: true,
		...options
	});
	const rows: string[][] = [];
	for await (const batch of reader)
		for (let r = 0; r < batch.rowCount; r++) rows.push(batch.row(r));
	return { rows, info: reader.info };
}

const failure = (promise: Promise<unknown>): Promise<FaroError> =>
	promise.then(
		() => {
			throw new Error('expected a FaroError');
		},
		(err: unknown) => {
			expect(err).toBeInstanceOf(FaroError);
			return err as FaroError;
		}
	);

function column(result: { table: { columns: Column[] } }, name: string): Column {
	const found = findColumn(result.table as never, name);
	if (!found) throw new Error(`no column ${name}`);
	return found;
}

const levelsOf = (c: Column): string[] => [...new Set(columnAsStrings(c))].map(String).sort();

/** ~10 MiB of CRLF rows with quoted cells: `id,"note, i",amount,target`. */
function crlfFile(quoteTarget: boolean): string {
	const rows = ['id,Note,Amount,target'];
	for (let i = 0, size = 0; size < 10 * MIB; i++) {
		const target = i % 3 === 0 ? 'yes' : 'no';
		const row = `${i},"note, ${i}",${i % 100},${quoteTarget ? `"${target}"` : target}`;
		rows.push(row);
		size += row.length + 2;
	}
	return rows.join('\r\n') + '\r\n';
}

describe('1. a CRLF file over 8 MiB with quoted cells', () => {
	it.each([false, true])(
		'keeps no CR in any value at any slice boundary (quoted target: %s)',
		async (quoteTarget) => {
			const text = crlfFile(quoteTarget);
			const parsed = await parseBytes(text);
			expect(levelsOf(column(parsed, 'target'))).toEqual(['no', 'yes']);
			expect(parsed.meta.newline).toBe('\r\n');
			const { rows } = await scoringRows(text);
			expect(rows).toHaveLength(parsed.meta.rowCount);
			expect(new Set(rows.map((r) => r[3]))).toEqual(new Set(['no', 'yes']));
			expect(rows.every((r) => !r.join('').includes('\r'))).toBe(true);
		},
		60_000
	);
});

/** ~9 MiB of UTF-8 rows, each with 2-, 3- and 4-byte characters and a literal U+FFFD. */
function utf8Bytes(): Uint8Array {
	const rows = ['id,city,mark,target'];
	for (let i = 0, size = 0; size < 9 * MIB; i++) {
		const row = `${i},Málaga €${i % 7} 😀,\uFFFD,${i % 2 ? 'sí' : 'no'}`;
		rows.push(row);
		size += row.length + 4;
	}
	return new TextEncoder().encode(rows.join('\n') + '\n');
}

/** The first slice size ≥ `from` whose boundary cuts a multi-byte character (a continuation byte). */
function splittingSlice(bytes: Uint8Array, from: number): number {
	let size = from;
	while ((bytes[size] & 0xc0) !== 0x80) size++;
	return size;
}

describe('2. a UTF-8 file over 8 MiB', () => {
	it('stays UTF-8 when a slice boundary splits a character and a later slice holds a literal U+FFFD', async () => {
		const bytes = utf8Bytes();
		const split = splittingSlice(bytes, 8 * MIB);
		for (const sliceBytes of [split, split + 1, 8 * MIB]) {
			const parsed = await parseBytes(bytes, { sliceBytes });
			expect(parsed.meta.encoding).toBe('utf-8');
			const cities = new Set(columnAsStrings(column(parsed, 'city')).map((c) => c?.split(' ')[0]));
			expect(cities).toEqual(new Set(['Málaga']));
			expect(levelsOf(column(parsed, 'mark'))).toEqual(['\uFFFD']);
			expect(levelsOf(column(parsed, 'target'))).toEqual(['no', 'sí']);
		}
		const scored = await scoringRows(bytes, { sliceBytes: splittingSlice(bytes, MIB) });
		expect(scored.info.encoding).toBe('utf-8');
		expect(scored.rows.every((r) => r[1].startsWith('Málaga €') && r[2] === '\uFFFD')).toBe(true);
	}, 60_000);

	it('reads windows-1252 bytes that come after 8 MiB of ASCII as windows-1252, from the first byte', async () => {
		const ascii = 'id,city\n' + 'x,Madrid\n'.repeat(Math.ceil((8.5 * MIB) / 9));
		const latin = Uint8Array.from([0x79, 0x2c, 0x4d, 0xe1, 0x6c, 0x61, 0x67, 0x61, 0x0a]); // y,Málaga
		const bytes = new Uint8Array([...new TextEncoder().encode(ascii), ...latin]);
		const parsed = await parseBytes(bytes);
		expect(parsed.meta.encoding).toBe('windows-1252');
		expect(levelsOf(column(parsed, 'city'))).toEqual(['Madrid', 'Málaga']);
		const scored = await scoringRows(bytes);
		expect(scored.info.encoding).toBe('windows-1252');
		expect(scored.rows.at(-1)).toEqual(['y', 'Málaga']);
	}, 60_000);

	it('refuses a file that mixes UTF-8 and windows-1252, naming the byte, at any slice size', async () => {
		const utf8 = new TextEncoder().encode('id,city\n1,Córdoba\n2,Madrid\n');
		const bytes = new Uint8Array([...utf8, 0x33, 0x2c, 0x4d, 0xe1, 0x6c, 0x61, 0x67, 0x61, 0x0a]);
		for (const sliceBytes of [1, 5, 16, undefined]) {
			const error = await failure(parseBytes(bytes, { sliceBytes }));
			expect(error.code).toBe('csv-encoding');
			expect(error.detail.where).toBe(`f.csv, byte ${utf8.length + 3}`);
			expect((await failure(scoringRows(bytes, { sliceBytes }))).code).toBe('csv-encoding');
		}
	});
});

describe('3. CR-only line endings', () => {
	it('reads each CR-separated line as a record', async () => {
		const text = 'A,b,c\rd,E,f\r1,2,3';
		const parsed = await parseBytes(text);
		expect(parsed.meta.newline).toBe('\r');
		expect(parsed.meta.rowCount).toBe(2);
		expect(parsed.preview).toEqual([
			['d', 'E', 'f'],
			['1', '2', '3']
		]);
		expect((await scoringRows(text)).rows).toEqual(parsed.preview);
	});

	it('keeps quoted line breaks inside values of a CR file', async () => {
		const text = 'A,b\r"x\ry",2\r"p\r\nq",3\r';
		const parsed = await parseBytes(text);
		expect(parsed.preview).toEqual([
			['x\ry', '2'],
			['p\r\nq', '3']
		]);
	});
});

describe('4. line endings are found outside quotes', () => {
	it('reads a CRLF file whose quoted header cell holds a LF', async () => {
		const text = '"first\nname",age\r\nAna,30\r\nLuis,41\r\n';
		const parsed = await parseBytes(text);
		expect(parsed.meta.newline).toBe('\r\n');
		expect(parsed.table.columns.map((c) => c.name)).toEqual(['first\nname', 'age']);
		expect(parsed.preview).toEqual([
			['Ana', '30'],
			['Luis', '41']
		]);
		expect((await scoringRows(text)).rows).toEqual(parsed.preview);
	});

	it('keeps no CR on the last value of an LF file whose quoted header cell holds a CRLF', async () => {
		const text = '"first\r\nname",target\nAna,yes\nLuis,no\n';
		const parsed = await parseBytes(text);
		expect(parsed.meta.newline).toBe('\n');
		expect(levelsOf(column(parsed, 'target'))).toEqual(['no', 'yes']);
	});
});

describe('5. invalid quoting is reported, never read as altered cells', () => {
	const text = 'a,b,c\n1,"b,c"d,3\n2,ok,4\n3,"x"y,5\n4,fine,6\n';

	it('fails with csv-quotes naming the line, the column and how many rows', async () => {
		const error = await failure(parseBytes(text));
		expect(error.code).toBe('csv-quotes');
		expect(error.message).toBe(
			'Row 1 of "f.csv" has text after the closing quote of a quoted value, in column 2 ("b"). 1 more row has the same problem (line 4).'
		);
		expect(error.detail.where).toBe('f.csv, line 2, column 2');
		expect(error.detail.hint).toMatch(/skip the 2 rows/);
		expect(error.detail.data).toMatchObject({ count: 2, firstLines: [2, 4] });
	});

	it('skips exactly those rows when asked, keeping the others as written', async () => {
		const parsed = await parseBytes(text, { invalidQuotes: 'skip' });
		expect(parsed.preview).toEqual([
			['2', 'ok', '4'],
			['4', 'fine', '6']
		]);
		expect(parsed.meta.skippedQuoteRows).toBe(2);
		const warnings = profileTable(parsed.table, parsed.meta).warnings.map((w) => w.code);
		expect(warnings).toContain('rows-bad-quotes');
	});

	it('stops scoring at the first such row (a predictions file never drops a row silently)', async () => {
		const error = await failure(scoringRows(text));
		expect(error.code).toBe('csv-quotes');
		expect(error.detail.where).toBe('f.csv, line 2, column 2');
	});

	it('names a header line with invalid quoting', async () => {
		const error = await failure(parseBytes('"a"x,b\n1,2\n', { invalidQuotes: 'skip' }));
		expect(error.code).toBe('csv-quotes');
		expect(error.message).toMatch(/^The header line of "f.csv"/);
	});

	it('reads a quote inside an unquoted value as written, with a warning naming the first', async () => {
		const parsed = await parseBytes('item,size\npizza,12" wide\nshirt,5\'10"\n');
		expect(parsed.preview).toEqual([
			['pizza', '12" wide'],
			['shirt', '5\'10"']
		]);
		expect(parsed.meta.strayQuotes).toEqual({ count: 2, line: 2, column: 'size' });
		const warning = profileTable(parsed.table, parsed.meta).warnings.find(
			(w) => w.code === 'stray-quotes'
		);
		expect(warning?.message).toMatch(/first on line 2, column "size"/);
	});
});

describe('7. leading zeros', () => {
	it('reads postal and product codes as categorical (or id when unique), keeping the zeros', async () => {
		const rows = Array.from(
			{ length: 30 },
			(_, i) => `0${8000 + i},${['007', '012', '100'][i % 3]},${i}`
		);
		const parsed = await parseBytes(['zip,product,n', ...rows].join('\n'));
		const zip = column(parsed, 'zip');
		const product = column(parsed, 'product');
		expect(zip.storage).toBe('category');
		expect(columnAsStrings(zip)[0]).toBe('08000');
		expect(levelsOf(product)).toEqual(['007', '012', '100']);
		expect(column(parsed, 'n').storage).toBe('number');
		const profile = profileTable(parsed.table, parsed.meta);
		const kinds = Object.fromEntries(profile.columns.map((c) => [c.name, c.kind]));
		expect(kinds).toEqual({ zip: 'id', product: 'categorical', n: 'id' });
		const warning = profile.columns[1].warnings.find((w) => w.code === 'leading-zeros');
		expect(warning?.message).toMatch(/"007".*switch its kind to numeric/);
		// Switching the kind to numeric reads the codes as numbers.
		expect(Array.from(columnAsNumbers(product)).slice(0, 3)).toEqual([7, 12, 100]);
	});

	it('keeps 0, 0.5, -0,5 and 10 as numbers', async () => {
		const parsed = await parseBytes('x,y\n0,1\n0.5,2\n-0.25,3\n10,4\n');
		expect(column(parsed, 'x').storage).toBe('number');
	});
});
