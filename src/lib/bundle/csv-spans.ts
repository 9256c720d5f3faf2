/**
 * CSV rows as spans of the decoded text, a chunk at a time: the reader batch prediction streams through.
 * Where `readCsvRows` (data/read-rows.ts) gives every field as its own string, this keeps each row as
 * [start, end) offsets into the text it was decoded in, so a million rows make no per-cell strings (their
 * garbage collection was the largest single cost of scoring a CSV: ~1.5 s per million rows) and a row can be
 * written back out as its original line. Lines are split by hand when the slice holds no double quote, as
 * parseCsv's RowSink does; a slice with a quote goes through papaparse's full grammar, and each of its rows'
 * unescaped fields are laid end to end in one string. Encoding detection (first 64 KiB), dialect sniffing,
 * cutting at a safe line break, blank-line skipping, line numbers and errors are those of `readCsvRows`.
 */
import Papa from 'papaparse';
import { throwIfAborted } from '$lib/shared/errors';
import { throttleProgress } from '$lib/shared/progress';
import type { ReadRowsOptions, Table } from '$lib/data';
import { assertText, createDecoder, detectEncoding } from '$lib/data/decode';
import {
	detectDecimalComma,
	detectDelimiter,
	detectNewline,
	type Delimiter
} from '$lib/data/sniff';
import { safeCut } from '$lib/data/safe-cut';
import { uniqueHeaders } from '$lib/data/headers';
import { emptyError, raggedError, unclosedQuoteError } from '$lib/data/csv-errors';
import { ColumnBuilder } from '$lib/data/column-builder';
import { finishColumn } from '$lib/data/finish-column';
import { parseQuotedRecord } from './csv-record';

const SAMPLE_CHARS = 64 * 1024;
const CR = 13;
const QUOTE = 34;

type Dialect = { delimiter: Delimiter; newline: '\n' | '\r\n'; decimalComma: boolean };

/**
 * A batch of rows. Cell `c` of row `r` is `texts[r].slice(cellStarts[r * width + c], cellEnds[…])`. A row
 * read from a line without quotes also has its line's span (`lineStarts[r]`, `lineEnds[r]`, line break
 * excluded); a row read through papaparse has `lineStarts[r] === -1` and its fields laid end to end.
 */
export class SpanChunk {
	rowCount = 0;
	texts: string[] = [];
	lineStarts: Int32Array;
	lineEnds: Int32Array;
	cellStarts: Int32Array;
	cellEnds: Int32Array;

	constructor(
		/** The header as written, and Faro's names for it (trimmed, blanks and repeats renamed). */
		readonly header: string[],
		readonly names: string[],
		readonly dialect: Dialect,
		capacity: number
	) {
		this.lineStarts = new Int32Array(capacity);
		this.lineEnds = new Int32Array(capacity);
		this.cellStarts = new Int32Array(capacity * header.length);
		this.cellEnds = new Int32Array(capacity * header.length);
	}

	/** Fields per row (the header's count). */
	get width(): number {
		return this.header.length;
	}

	/** The cell at row `r`, column `c`, as a string. */
	cell(r: number, c: number): string {
		const k = r * this.header.length + c;
		return this.texts[r].slice(this.cellStarts[k], this.cellEnds[k]);
	}

	/** Makes room for one more row. */
	reserveRow(): void {
		if (this.rowCount < this.lineStarts.length) return;
		const size = Math.max(64, this.lineStarts.length * 2);
		this.lineStarts = grow(this.lineStarts, size);
		this.lineEnds = grow(this.lineEnds, size);
		this.cellStarts = grow(this.cellStarts, size * this.width);
		this.cellEnds = grow(this.cellEnds, size * this.width);
	}
}

/**
 * Yields the rows of a CSV file in chunks of at most `chunkRows` (default 4096), in file order. Blank lines
 * are skipped. A file without rows yields one empty chunk (with its header).
 * @throws FaroError csv-empty, csv-binary, csv-ragged (a row with another field count than the header),
 *   csv-malformed (an unclosed quote), cancelled
 * @example
 * for await (const chunk of readCsvSpans(await fs.openAsBlob('new.csv'))) console.log(chunk.cell(0, 0));
 */
export async function* readCsvSpans(
	source: Blob,
	options: ReadRowsOptions = {}
): AsyncGenerator<SpanChunk> {
	const fileName = options.fileName ?? (source as { name?: string }).name ?? 'the file';
	const sliceBytes = Math.max(1, options.sliceBytes ?? 1 << 20);
	const progress = throttleProgress(options.onProgress);
	if (source.size === 0) throw emptyError(fileName);
	const head = new Uint8Array(await source.slice(0, 64 * 1024).arrayBuffer());
	const encoding = detectEncoding(head);
	assertText(head, fileName, encoding);
	const decoder = createDecoder(encoding);
	let splitter: RowSplitter | null = null;
	let carry = '';
	const sniffed: string[] = [];
	let sniffedChars = 0;
	for (let offset = 0; offset < source.size; offset += sliceBytes) {
		throwIfAborted(options.signal);
		const isLast = offset + sliceBytes >= source.size;
		const bytes = await source.slice(offset, offset + sliceBytes).arrayBuffer();
		const decoded = decoder.decode(bytes, { stream: !isLast });
		let text: string;
		if (splitter === null) {
			// Sniff on a sample as large as parseCsv's (64 KiB), however small the slices (joined once).
			sniffed.push(decoded);
			sniffedChars += decoded.length;
			if (!isLast && sniffedChars < SAMPLE_CHARS) continue;
			text = sniffed.join('');
			const sample = text.slice(0, SAMPLE_CHARS);
			const delimiter = detectDelimiter(sample);
			splitter = new RowSplitter(fileName, options.chunkRows ?? 4096, {
				delimiter,
				newline: detectNewline(text),
				decimalComma: detectDecimalComma(sample, delimiter)
			});
		} else text = carry + decoded;
		const cut = isLast ? text.length : safeCut(text);
		if (cut < 0) {
			carry = text;
			continue;
		}
		carry = text.slice(cut + 1);
		yield* splitter.addLines(text, cut, isLast);
		progress({
			phase: 'Reading',
			done: Math.min(offset + sliceBytes, source.size),
			total: source.size
		});
	}
	if (splitter?.chunk == null) throw emptyError(fileName);
	if (splitter.chunk.rowCount > 0 || splitter.row === 0) yield splitter.chunk;
}

/** Rows → chunks: the header, line and row counters, and the chunk being filled. */
class RowSplitter {
	chunk: SpanChunk | null = null;
	/** Physical lines consumed so far. */
	line = 0;
	/** Data rows so far. */
	row = 0;
	readonly #chunkRows: number;

	constructor(
		readonly fileName: string,
		chunkRows: number,
		readonly dialect: Dialect
	) {
		this.#chunkRows = Math.max(1, chunkRows);
	}

	/**
	 * Splits the complete records of `text[0, end)`. Lines without a quote are split by hand; a record with
	 * quotes is parsed on its own (csv-record.ts, else papaparse), so one quoted cell does not slow a whole
	 * slice down. When a record does not parse as exactly one clean record on its own (a stray quote inside
	 * an unquoted field, where quote parity misleads), the rest of the slice goes through papaparse in one
	 * piece, as readCsvRows does.
	 */
	*addLines(text: string, end: number, isLast: boolean): Generator<SpanChunk> {
		const { delimiter, newline } = this.dialect;
		for (let pos = 0; ;) {
			const quote = text.indexOf('"', pos);
			if (quote < 0 || quote >= end) return yield* this.#addPlainLines(text, pos, end);
			const lineStart = lineStartBefore(text, quote, pos);
			if (lineStart > pos) yield* this.#addPlainLines(text, pos, lineStart - 1);
			const recordEnd = quotedRecordEnd(text, lineStart, end);
			const recordStop = withoutCr(text, lineStart, recordEnd);
			let fields = parseQuotedRecord(text, lineStart, recordStop, delimiter);
			if (fields === null) {
				const record = text.slice(lineStart, recordStop);
				const parsed = Papa.parse<string[]>(record, { delimiter, newline, quoteChar: '"' });
				if (parsed.errors.length > 0 || parsed.data.length !== 1) {
					return yield* this.#addQuotedLines(text, lineStart, end, isLast);
				}
				fields = parsed.data[0];
			}
			yield* this.#addFields(fields);
			if (recordEnd >= end) return;
			pos = recordEnd + 1;
		}
	}

	/**
	 * Splits the lines of `text[from, end)`, which hold no quote. `indexOf` is native and several times
	 * faster than a `charCodeAt` loop (data/row-sink.ts measured 0.35 s vs 0.65 s for 130 MB).
	 */
	*#addPlainLines(text: string, from: number, end: number): Generator<SpanChunk> {
		const delimiter = this.dialect.delimiter;
		for (let pos = from; ;) {
			let lf = text.indexOf('\n', pos);
			if (lf < 0 || lf > end) lf = end;
			const lineEnd = withoutCr(text, pos, lf);
			this.line++;
			const chunk = this.chunk;
			if (lineEnd === pos) {
				// blank line
			} else if (chunk === null) {
				this.#setHeader(text.slice(pos, lineEnd).split(delimiter));
			} else {
				this.row++;
				chunk.reserveRow();
				const width = chunk.width;
				const starts = chunk.cellStarts;
				const ends = chunk.cellEnds;
				const base = chunk.rowCount * width;
				let count = 0;
				let start = pos;
				for (
					let d = text.indexOf(delimiter, pos);
					d >= 0 && d < lineEnd;
					d = text.indexOf(delimiter, d + 1)
				) {
					if (count < width) {
						starts[base + count] = start;
						ends[base + count] = d;
					}
					count++;
					start = d + 1;
				}
				if (count < width) {
					starts[base + count] = start;
					ends[base + count] = lineEnd;
				}
				if (++count !== width) throw this.#ragged(count);
				const r = chunk.rowCount++;
				chunk.texts[r] = text;
				chunk.lineStarts[r] = pos;
				chunk.lineEnds[r] = lineEnd;
				if (chunk.rowCount === this.#chunkRows) yield this.#nextChunk(chunk);
			}
			if (lf === end) return;
			pos = lf + 1;
		}
	}

	/** Parses `text[from, end)` with papaparse in one piece. */
	*#addQuotedLines(text: string, from: number, end: number, isLast: boolean): Generator<SpanChunk> {
		const { delimiter, newline } = this.dialect;
		// The cut falls on a "\n" outside quotes; the "\r" of a CRLF before it is not part of the last field.
		const lines = text.slice(from, withoutCr(text, from, end));
		const result = Papa.parse<string[]>(lines, { delimiter, newline, quoteChar: '"' });
		const quoteError = result.errors.find((e) => e.code === 'MissingQuotes');
		if (quoteError && isLast) {
			const line = this.line + 1 + countNewlines(lines, quoteError.index ?? 0);
			throw unclosedQuoteError(this.fileName, line);
		}
		for (const fields of result.data) yield* this.#addFields(fields);
	}

	/** One record parsed by papaparse: its fields are laid end to end in one string. */
	*#addFields(fields: string[]): Generator<SpanChunk> {
		this.line += 1 + countFieldNewlines(fields);
		const chunk = this.chunk;
		if (fields.length === 1 && fields[0] === '') return; // blank line
		if (chunk === null) return this.#setHeader(fields);
		this.row++;
		if (fields.length !== chunk.width) throw this.#ragged(fields.length);
		chunk.reserveRow();
		const r = chunk.rowCount++;
		let at = 0;
		for (let c = 0, k = r * chunk.width; c < fields.length; c++, k++) {
			chunk.cellStarts[k] = at;
			at += fields[c].length;
			chunk.cellEnds[k] = at;
		}
		chunk.texts[r] = fields.join('');
		chunk.lineStarts[r] = -1;
		chunk.lineEnds[r] = -1;
		if (chunk.rowCount === this.#chunkRows) yield this.#nextChunk(chunk);
	}

	#setHeader(fields: string[]): void {
		this.chunk = this.#newChunk(fields, uniqueHeaders(fields).names);
	}

	#newChunk(header: string[], names: string[]): SpanChunk {
		return new SpanChunk(header, names, this.dialect, Math.min(this.#chunkRows, 1 << 16));
	}

	/** Returns the full `chunk` and starts the next one. */
	#nextChunk(chunk: SpanChunk): SpanChunk {
		this.chunk = this.#newChunk(chunk.header, chunk.names);
		return chunk;
	}

	#ragged(fields: number) {
		const expected = this.chunk?.width ?? 0;
		return raggedError(this.fileName, this.dialect.delimiter, expected, 1, [
			{ row: this.row, line: this.line, fields }
		]);
	}
}

/**
 * A Table of the columns at `columns[].index` of the chunk's rows, typed exactly as `parseCsv` types a file
 * (same number parser on the spans, missing tokens, category and date detection), so a fitted Recipe reads
 * these cells as it read the training file's.
 */
export function spansToTable(chunk: SpanChunk, columns: { index: number; name: string }[]): Table {
	const { rowCount, width, texts, cellStarts, cellEnds } = chunk;
	const built = columns.map(({ index, name }) => {
		const builder = new ColumnBuilder(chunk.dialect.decimalComma);
		builder.reserve(rowCount);
		for (let r = 0, k = index; r < rowCount; r++, k += width) {
			builder.add(texts[r], cellStarts[k], cellEnds[k]);
		}
		return finishColumn(name, builder);
	});
	return { rowCount, columns: built };
}

/** `end`, or `end - 1` when the line `text[start, end)` ends with the "\r" of a CRLF. */
const withoutCr = (text: string, start: number, end: number): number =>
	end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end;

/** Where the line holding `at` starts (not before `from`). A backwards loop: `lastIndexOf` is a slow scan. */
function lineStartBefore(text: string, at: number, from: number): number {
	for (let i = at - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i + 1;
	return from;
}

/** The first "\n" at or after `start` outside quotes (quote parity, as safeCut counts it), or `end`. */
function quotedRecordEnd(text: string, start: number, end: number): number {
	let isQuoted = false;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code === QUOTE) isQuoted = !isQuoted;
		else if (code === 10 && !isQuoted) return i;
	}
	return end;
}

function grow(array: Int32Array, size: number): Int32Array {
	const bigger = new Int32Array(size);
	bigger.set(array);
	return bigger;
}

const countFieldNewlines = (fields: string[]): number =>
	fields.reduce((n, f) => n + countNewlines(f, f.length), 0);

function countNewlines(text: string, before: number): number {
	let n = 0;
	for (let k = text.indexOf('\n'); k >= 0 && k < before; k = text.indexOf('\n', k + 1)) n++;
	return n;
}
