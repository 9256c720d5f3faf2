/**
 * Differential property test of the one CSV reader against papaparse (the oracle for the grammar): a few
 * thousand seeded files with quotes, embedded delimiters and line breaks, LF / CRLF / CR line endings, a BOM,
 * multi-byte UTF-8 (and literal U+FFFD), blank lines, long lines and stray quotes inside unquoted values,
 * each read with slice sizes from 1 byte up to the default and with several sniffing sample sizes. Every
 * reading must give papaparse's records for the whole text, so it is the same for every slice size; and
 * parseCsv's typed table must be the typing of those same cells.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	CsvReader,
	parseCsv,
	rowsToTable,
	type Delimiter,
	type Newline,
	type RecordBatch
} from '$lib/data';
import { createRng, type Rng } from '$lib/shared/rng';

const FILES = 2500;
const WORDS = ['a', 'plain', 'male', 'Madrid', 'good', 'x y', '1.50', '-2', '007', 'NA', '', '0'];
const TRICKY = [
	'é',
	'ñandú',
	'中文字',
	'😀 smile',
	'\uFFFD',
	'€100',
	'say "hi"',
	'"',
	'""',
	'5\'10"',
	'12" pizza',
	'two\nlines',
	'cr\r\nlf',
	'lone\rcr',
	'\n',
	' lead',
	'trail ',
	'\t',
	'=SUM(A1)'
];

type Spec = { delimiter: Delimiter; newline: Newline; bom: boolean; text: string };

/** A seeded CSV file as a careful writer would write it, with some legal oddities. */
function generate(rng: Rng): Spec {
	const delimiter = pick(rng, [',', ',', ';', '\t', '|'] as const);
	const newline = pick(rng, ['\n', '\r\n', '\r'] as const);
	const width = 2 + rng.int(5);
	const rows = rng.int(25);
	const cell = (isHeader: boolean): string => {
		const r = rng.next();
		if (r < 0.55) return isHeader ? `c${rng.int(1000)}` : pick(rng, WORDS);
		if (r < 0.65) return String(rng.int(100000) / 100);
		if (r < 0.7) return 'w'.repeat(50 + rng.int(400)); // a long line
		if (r < 0.75) return delimiter + pick(rng, WORDS);
		return pick(rng, TRICKY);
	};
	const write = (value: string, isLastOfFile: boolean): string => {
		// Quotes are needed for the delimiter, a line break, or a quote at the start; sometimes added anyway.
		const needs = value.includes(delimiter) || /[\r\n]/.test(value) || value.startsWith('"');
		if (!needs && rng.next() > 0.15) return value;
		const quoted = `"${value.replaceAll('"', '""')}"`;
		// papaparse drops spaces between a closing quote and the delimiter or line break (not before EOF).
		return !isLastOfFile && rng.next() < 0.05 ? quoted + '  ' : quoted;
	};
	const records: string[][] = [Array.from({ length: width }, () => cell(true))];
	for (let i = 0; i < rows; i++) records.push(Array.from({ length: width }, () => cell(false)));
	const endsWithNewline = rng.next() < 0.8;
	const lines: string[] = [];
	records.forEach((record, i) => {
		if (i > 0 && rng.next() < 0.05) lines.push(''); // a blank line
		const isLastRecord = i === records.length - 1;
		lines.push(
			record
				.map((v, c) => write(v, isLastRecord && c === width - 1 && !endsWithNewline))
				.join(delimiter)
		);
	});
	const bom = rng.next() < 0.1;
	const text = (bom ? '\ufeff' : '') + lines.join(newline) + (endsWithNewline ? newline : '');
	return { delimiter, newline, bom, text };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)];

/** papaparse's records for the whole decoded text (BOM removed as a decoder does), blank lines dropped. */
function oracle({ text, delimiter, newline }: Spec): string[][] {
	const body = text.startsWith('\ufeff') ? text.slice(1) : text;
	const result = Papa.parse<string[]>(body, { delimiter, newline, quoteChar: '"' });
	expect(result.errors, 'the generator writes valid CSV').toEqual([]);
	return result.data.filter((row) => !(row.length === 1 && row[0] === ''));
}

async function readRecords(bytes: Uint8Array, options: ConstructorParameters<typeof CsvReader>[1]) {
	const reader = new CsvReader(new Blob([bytes as BlobPart]), options);
	const rows: string[][] = [];
	let header: string[] | null = null;
	for await (const batch of reader) {
		header ??= batch.header;
		rows.push(...rowsOf(batch));
	}
	return { header, rows, info: reader.info };
}

const rowsOf = (batch: RecordBatch): string[][] =>
	Array.from({ length: batch.rowCount }, (_, r) => batch.row(r));

describe('CsvReader against papaparse, on generated files', () => {
	it(`reads ${FILES} seeded files exactly as papaparse reads them whole, at every slice size`, async () => {
		const rng = createRng(20261202);
		const encoder = new TextEncoder();
		let compared = 0;
		for (let f = 0; f < FILES; f++) {
			const spec = generate(rng);
			const [header, ...expected] = oracle(spec);
			const bytes = encoder.encode(spec.text);
			const sliceSizes = [undefined, 1 + rng.int(4), 5 + rng.int(60), 65 + rng.int(4000)];
			let strays: number | null = null;
			for (const sliceBytes of sliceSizes) {
				const sampleChars = pick(rng, [1, 7, 64, undefined]);
				const label = `file ${f} ${JSON.stringify(spec.text.slice(0, 80))}… slice ${sliceBytes} sample ${sampleChars}`;
				const read = await readRecords(bytes, {
					delimiter: spec.delimiter,
					sliceBytes,
					sampleChars,
					chunkRows: 1 + rng.int(8)
				});
				expect(read.header, label).toEqual(header);
				expect(read.rows, label).toEqual(expected);
				expect(read.info.encoding, label).toBe('utf-8');
				strays ??= read.info.strayQuotes;
				expect(read.info.strayQuotes, label).toBe(strays);
				if (hasLineBreakOutsideQuotes(spec))
					expect(read.info.dialect?.newline, label).toBe(spec.newline);
				compared++;
			}
			if (f % 10 === 0 && header.length >= 2 && expected.length > 0) {
				const parsed = await parseCsv(new Blob([bytes as BlobPart]), {
					delimiter: spec.delimiter,
					sliceBytes: 1 + rng.int(50),
					sampleChars: 16
				});
				const columns = parsed.table.columns.map((c, index) => ({ index, name: c.name }));
				expect(parsed.table, `parseCsv, file ${f}`).toEqual(rowsToTable(expected, columns));
			}
		}
		expect(compared).toBe(FILES * 4);
	}, 240_000);

	it('sniffs the delimiter and the line ending of generated files as written', async () => {
		const rng = createRng(7);
		const encoder = new TextEncoder();
		let sniffed = 0;
		for (let f = 0; f < 400; f++) {
			const spec = generate(rng);
			const [header] = oracle(spec);
			// Sniffing needs a few consistent lines; a lone header or delimiters inside cells can mislead it.
			if (!/^[\w ]+$/.test(header.join('')) || !hasLineBreakOutsideQuotes(spec)) continue;
			const read = await readRecords(encoder.encode(spec.text), { sliceBytes: 1 + rng.int(30) });
			expect(read.info.dialect?.newline, spec.text).toBe(spec.newline);
			sniffed++;
		}
		expect(sniffed).toBeGreaterThan(50);
	});
});

/** Whether the file has a record break (outside quotes), so its line ending can be told. */
function hasLineBreakOutsideQuotes(spec: Spec): boolean {
	const body = spec.text.replace(/"(?:[^"]|"")*"/g, '');
	return /[\r\n]/.test(body);
}
