/**
 * Raw CSV rows, a few at a time: the reader batch prediction streams through. Where `parseCsv` builds a
 * whole typed Table, this yields the original field strings of bounded chunks of rows, so a file larger than
 * memory can be scored and written back out cell for cell. It shares `parseCsv`'s encoding detection,
 * dialect sniffing and cut-at-a-safe-line-break logic, and papaparse's CSV grammar for the fields.
 *
 * One difference: `parseCsv` restarts as windows-1252 when a later slice is not valid UTF-8; a stream that
 * has already emitted rows cannot restart, so here the encoding is decided on the first 64 KiB only.
 */
import Papa from 'papaparse';
import { throwIfAborted } from '$lib/shared/errors';
import type { LongWork } from '$lib/shared/progress';
import { throttleProgress } from '$lib/shared/progress';
import { assertText, createDecoder, detectEncoding } from './decode';
import { detectDecimalComma, detectDelimiter, detectNewline, type Delimiter } from './sniff';
import { safeCut } from './safe-cut';
import { uniqueHeaders } from './headers';
import { emptyError, raggedError, unclosedQuoteError } from './csv-errors';
import { ColumnBuilder } from './column-builder';
import { finishColumn } from './finish-column';
import type { Table } from './table';

const SAMPLE_CHARS = 64 * 1024;

/** One batch of rows: the header as written, Faro's column names for it, and the rows' original fields. */
export type RowChunk = {
	header: string[];
	/** Column names as `parseCsv` names them (trimmed, blanks and repeats renamed). */
	names: string[];
	rows: string[][];
	delimiter: Delimiter;
	decimalComma: boolean;
};

export type ReadRowsOptions = LongWork & {
	fileName?: string;
	/** Most rows per chunk (default 4096). */
	chunkRows?: number;
	/** Bytes read per slice (default 1 MiB). */
	sliceBytes?: number;
};

/**
 * Yields the rows of a CSV file in chunks of at most `chunkRows`, in file order. Blank lines are skipped.
 * @throws FaroError csv-empty, csv-binary, csv-ragged (a row with another field count than the header),
 *   csv-malformed (an unclosed quote), cancelled
 * @example
 * for await (const chunk of readCsvRows(await fs.openAsBlob('new.csv'))) console.log(chunk.rows.length);
 */
export async function* readCsvRows(
	source: Blob,
	options: ReadRowsOptions = {}
): AsyncGenerator<RowChunk> {
	const fileName = options.fileName ?? (source as { name?: string }).name ?? 'the file';
	const chunkRows = Math.max(1, options.chunkRows ?? 4096);
	const sliceBytes = Math.max(1, options.sliceBytes ?? 1 << 20);
	const progress = throttleProgress(options.onProgress);
	if (source.size === 0) throw emptyError(fileName);
	const head = new Uint8Array(await source.slice(0, 64 * 1024).arrayBuffer());
	const encoding = detectEncoding(head);
	assertText(head, fileName, encoding);
	const decoder = createDecoder(encoding);
	let dialect: { delimiter: Delimiter; newline: '\n' | '\r\n'; decimalComma: boolean } | null =
		null;
	let header: { fields: string[]; names: string[] } | null = null;
	let pending: string[][] = [];
	let carry = '';
	const sniffed: string[] = [];
	let sniffedChars = 0;
	let line = 0;
	let row = 0;
	for (let offset = 0; offset < source.size; offset += sliceBytes) {
		throwIfAborted(options.signal);
		const isLast = offset + sliceBytes >= source.size;
		const bytes = await source.slice(offset, offset + sliceBytes).arrayBuffer();
		const decoded = decoder.decode(bytes, { stream: !isLast });
		let text: string;
		if (dialect === null) {
			// Sniff on a sample as large as parseCsv's (64 KiB), however small the slices (joined once).
			sniffed.push(decoded);
			sniffedChars += decoded.length;
			if (!isLast && sniffedChars < SAMPLE_CHARS) continue;
			text = sniffed.join('');
			const sample = text.slice(0, SAMPLE_CHARS);
			const delimiter = detectDelimiter(sample);
			dialect = {
				delimiter,
				newline: detectNewline(text),
				decimalComma: detectDecimalComma(sample, delimiter)
			};
		} else text = carry + decoded;
		const cut = isLast ? text.length : safeCut(text);
		if (cut < 0) {
			carry = text;
			continue;
		}
		carry = text.slice(cut + 1);
		const parsed = parseLines(text.slice(0, cut), dialect, isLast);
		if (parsed.unclosedAt !== null) {
			throw unclosedQuoteError(fileName, line + 1 + countNewlines(text, parsed.unclosedAt));
		}
		for (const fields of parsed.rows) {
			line += 1 + countFieldNewlines(fields);
			if (fields.length === 1 && fields[0] === '') continue; // blank line
			if (header === null) {
				header = { fields, names: uniqueHeaders(fields).names };
				continue;
			}
			row++;
			if (fields.length !== header.fields.length) {
				throw raggedError(fileName, dialect.delimiter, header.fields.length, 1, [
					{ row, line, fields: fields.length }
				]);
			}
			pending.push(fields);
			if (pending.length === chunkRows) {
				yield { header: header.fields, names: header.names, rows: pending, ...dialect };
				pending = [];
			}
		}
		progress({
			phase: 'Reading',
			done: Math.min(offset + sliceBytes, source.size),
			total: source.size
		});
	}
	if (header === null || dialect === null) throw emptyError(fileName);
	if (pending.length > 0 || row === 0) {
		yield { header: header.fields, names: header.names, rows: pending, ...dialect };
	}
}

/** Complete lines → fields (papaparse), and where an unclosed quote starts when the text ends inside one. */
function parseLines(
	text: string,
	{ delimiter, newline }: { delimiter: Delimiter; newline: '\n' | '\r\n' },
	isLast: boolean
): { rows: string[][]; unclosedAt: number | null } {
	// The cut falls on a "\n" outside quotes; the "\r" of a CRLF before it is not part of the last field.
	const lines = text.endsWith('\r') ? text.slice(0, -1) : text;
	if (lines === '') return { rows: [['']], unclosedAt: null };
	const result = Papa.parse<string[]>(lines, { delimiter, newline, quoteChar: '"' });
	const quoteError = result.errors.find((e) => e.code === 'MissingQuotes');
	return { rows: result.data, unclosedAt: quoteError && isLast ? (quoteError.index ?? 0) : null };
}

const countFieldNewlines = (fields: string[]): number =>
	fields.reduce((n, f) => n + countNewlines(f, f.length), 0);

function countNewlines(text: string, before: number): number {
	let n = 0;
	for (let k = text.indexOf('\n'); k >= 0 && k < before; k = text.indexOf('\n', k + 1)) n++;
	return n;
}

/**
 * A Table of the columns at `indices` of `rows`, typed exactly as `parseCsv` types a file (same number
 * parser, missing tokens, category and date detection), so a fitted Recipe reads these cells as it read
 * the training file's.
 */
export function rowsToTable(
	rows: string[][],
	columns: { index: number; name: string }[],
	decimalComma = false
): Table {
	const built = columns.map(({ index, name }) => {
		const builder = new ColumnBuilder(decimalComma);
		for (const fields of rows) {
			const cell = fields[index] ?? '';
			builder.add(cell, 0, cell.length);
		}
		return finishColumn(name, builder);
	});
	return { rowCount: rows.length, columns: built };
}
