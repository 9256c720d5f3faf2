/**
 * Streaming CSV ingestion: the same function runs in a browser worker (on the user's File) and in Node (on
 * `fs.openAsBlob`). The Blob is read in slices, decoded with a streaming TextDecoder, cut at the last line
 * break outside quotes, and handed to the RowSink, which types every column on the fly. The whole file is
 * never one string.
 */
import { throttleProgress } from '$lib/shared/progress';
import { throwIfAborted } from '$lib/shared/errors';
import {
	assertText,
	createDecoder,
	detectEncoding,
	isValidUtf8,
	type TextEncoding
} from './decode';
import { detectDecimalComma, detectDelimiter, detectNewline, type Delimiter } from './sniff';
import { uniqueHeaders } from './headers';
import { RowSink } from './row-sink';
import { finishColumn } from './finish-column';
import { safeCut } from './safe-cut';
import {
	emptyError,
	noRowsError,
	raggedError,
	singleColumnError,
	tooLargeError,
	unclosedQuoteError
} from './csv-errors';
import type { ParseOptions, ParseResult } from './parse-types';
import type { Table } from './table';

const DEFAULT_SLICE_BYTES = 8 << 20;

/** Thrown inside when a strict UTF-8 decode fails after the first slice: the parse restarts as windows-1252. */
class InvalidUtf8 extends Error {}

/**
 * Parses a CSV file into a typed, columnar Table.
 * @example
 * const { table, meta } = await parseCsv(await fs.openAsBlob('credit.csv'), { fileName: 'credit.csv' });
 * @throws FaroError csv-too-large, csv-empty, csv-binary, csv-single-column, csv-no-rows, csv-ragged,
 *   csv-malformed, cancelled
 */
export async function parseCsv(source: Blob, options: ParseOptions = {}): Promise<ParseResult> {
	const fileName = options.fileName ?? (source as { name?: string }).name ?? 'the file';
	if (options.maxBytes !== undefined && source.size > options.maxBytes) {
		throw tooLargeError(fileName, source.size, options.maxBytes);
	}
	if (source.size === 0) throw emptyError(fileName);
	const head = new Uint8Array(await source.slice(0, 64 * 1024).arrayBuffer());
	const encoding = options.encoding ?? detectEncoding(head);
	assertText(head, fileName, encoding);
	try {
		return await parseWithEncoding(source, fileName, encoding, options);
	} catch (err) {
		if (err instanceof InvalidUtf8)
			return parseWithEncoding(source, fileName, 'windows-1252', options);
		throw err;
	}
}

async function parseWithEncoding(
	source: Blob,
	fileName: string,
	encoding: TextEncoding,
	options: ParseOptions
): Promise<ParseResult> {
	const started = performance.now();
	const { signal } = options;
	const progress = throttleProgress(options.onProgress);
	const sliceBytes = options.sliceBytes ?? DEFAULT_SLICE_BYTES;
	const decoder = createDecoder(encoding);
	let sink: RowSink | null = null;
	let delimiter: Delimiter = ',';
	let carry = '';
	// The next slice is read while this one is parsed (file reads run off the main thread).
	let pending = source.slice(0, sliceBytes).arrayBuffer();
	for (let offset = 0; offset < source.size; offset += sliceBytes) {
		throwIfAborted(signal);
		const isLast = offset + sliceBytes >= source.size;
		const bytes = await pending;
		if (!isLast) pending = source.slice(offset + sliceBytes, offset + 2 * sliceBytes).arrayBuffer();
		const decoded = decoder.decode(bytes, { stream: !isLast });
		if (encoding === 'utf-8' && decoded.includes('\uFFFD') && !isValidUtf8(bytes))
			throw new InvalidUtf8();
		if (sink === null) {
			const text = carry + decoded;
			if (text.trim() === '') {
				if (isLast) throw emptyError(fileName);
				carry = text;
				continue;
			}
			const sample = text.slice(0, 64 * 1024);
			delimiter = detectDelimiter(sample);
			const policy = options.raggedRows ?? 'error';
			sink = new RowSink(
				delimiter,
				detectNewline(text),
				detectDecimalComma(sample, delimiter),
				policy
			);
			carry = feed(sink, text, isLast);
			if (!isLast) reserveRows(sink, source.size, bytes.byteLength);
		} else {
			carry = feedAfterCarry(sink, carry, decoded, isLast);
		}
		progress({
			phase: 'Reading',
			done: Math.min(offset + sliceBytes, source.size),
			total: source.size
		});
	}
	throwIfAborted(signal);
	return finish(sink, { fileName, encoding, delimiter, sizeBytes: source.size, started });
}

/**
 * Sizes the column arrays for the whole file from the rows in its first slice (+10%), so 1,000,000 rows
 * are not reached by ten doublings (copies and garbage). Capped at the most rows the file can hold (a full
 * row takes at least one byte per column), so a first slice of unusually short rows cannot reserve more
 * than a file of such rows would fill anyway. Only a hint: more rows still grow the arrays.
 */
function reserveRows(sink: RowSink, fileBytes: number, sliceBytes: number): void {
	if (sink.rowCount === 0 || sink.builders.length === 0) return;
	const estimate = Math.ceil(((sink.rowCount * fileBytes) / sliceBytes) * 1.1);
	const rows = Math.min(estimate, Math.floor(fileBytes / sink.builders.length));
	for (const builder of sink.builders) builder.reserve(rows);
}

/** Parses the complete records of `text` and returns the incomplete rest. */
function feed(sink: RowSink, text: string, isLast: boolean): string {
	const cut = isLast ? text.length : safeCut(text);
	if (cut < 0) return text;
	const lines = text.slice(0, cut);
	if (lines.includes('"')) sink.addQuotedLines(lines, isLast);
	else sink.addPlainLines(lines);
	return text.slice(cut + 1);
}

/**
 * `feed(carry + decoded)` without building that 8 MB concatenation (flattening it cost ~0.1 s per
 * 130 MB): when the carried partial line and the start of the new text up to its first line break hold no
 * quote, that one line is parsed on its own and the rest of `decoded` directly.
 */
function feedAfterCarry(sink: RowSink, carry: string, decoded: string, isLast: boolean): string {
	const lf = decoded.indexOf('\n');
	if (lf < 0 || carry.includes('"') || decoded.lastIndexOf('"', lf) >= 0) {
		return feed(sink, carry + decoded, isLast);
	}
	sink.addPlainLines(carry + decoded.slice(0, lf));
	return feed(sink, decoded.slice(lf + 1), isLast);
}

function finish(
	sink: RowSink | null,
	info: {
		fileName: string;
		encoding: TextEncoding;
		delimiter: Delimiter;
		sizeBytes: number;
		started: number;
	}
): ParseResult {
	const { fileName } = info;
	if (sink === null || sink.header === null) throw emptyError(fileName);
	if (sink.unclosedQuoteLine > 0) throw unclosedQuoteError(fileName, sink.unclosedQuoteLine);
	if (sink.header.length < 2) throw singleColumnError(fileName, sink.header[0] ?? '');
	if (sink.raggedCount > 0) {
		throw raggedError(
			fileName,
			info.delimiter,
			sink.header.length,
			sink.raggedCount,
			sink.raggedFirst
		);
	}
	if (sink.rowCount === 0) throw noRowsError(fileName);
	const { names, renamed } = uniqueHeaders(sink.header);
	const table: Table = {
		rowCount: sink.rowCount,
		columns: sink.builders.map((builder, i) => finishColumn(names[i], builder))
	};
	const first = table.columns[0];
	const indexColumn =
		sink.header[0].trim() === '' && first.storage === 'number' ? first.name : null;
	return {
		table,
		preview: sink.preview,
		meta: {
			fileName,
			sizeBytes: info.sizeBytes,
			encoding: info.encoding,
			delimiter: info.delimiter,
			decimalComma: sink.decimalComma,
			rowCount: table.rowCount,
			columnCount: table.columns.length,
			renamedHeaders: renamed,
			indexColumn,
			skippedRows: sink.skippedRows,
			paddedRows: sink.paddedRows,
			durationMs: performance.now() - info.started
		}
	};
}
