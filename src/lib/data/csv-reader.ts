/**
 * The one CSV reader: ingestion (`parseCsv`), batch prediction (`scoreCsv`) and the command line all read
 * files through it. The Blob is read in slices (the next one is read while this one is cut), decoded with
 * one streaming decoder whose encoding is decided once for the file (stream-decoder.ts), sniffed on its
 * first 64 KiB of text (delimiter, line ending outside quotes, decimal comma), and cut into records
 * (record-cutter.ts) that come out as batches of spans (record-batch.ts). A record or a character cut by a
 * slice boundary reads exactly as in the whole file, whatever the slice size; the file is never one string.
 */
import { throwIfAborted } from '$lib/shared/errors';
import { throttleProgress } from '$lib/shared/progress';
import { assertText, bomEncoding, type TextEncoding } from './decode';
import { StreamDecoder } from './stream-decoder';
import { detectDecimalComma, detectDelimiter, detectNewline, type Dialect } from './sniff';
import { emptyError, tooLargeError, unclosedQuoteError } from './csv-errors';
import { RecordCutter } from './record-cutter';
import type { RecordBatch } from './record-batch';
import type { ParseOptions } from './parse-types';

const SAMPLE_CHARS = 64 * 1024;

/**
 * Options for the reader: those of `parseCsv` (`sliceBytes` defaults to 1 MiB here), and how batches are
 * handed out.
 */
export type ReadCsvOptions = ParseOptions & {
	/** Most rows per batch (default 4096). */
	chunkRows?: number;
	/** Throw at the first bad row instead of counting them all (for a reader that writes as it reads). */
	failFast?: boolean;
	/** The progress phase shown (default "Reading"). */
	phase?: string;
};

/** How the file was read, complete once every batch has been taken. */
export type CsvReadInfo = {
	fileName: string;
	sizeBytes: number;
	encoding: TextEncoding;
	dialect: Dialect | null;
	/** The header as written, and Faro's names for it. */
	header: string[] | null;
	names: string[];
	/** Data records seen, kept or not. */
	recordCount: number;
	/** Rows skipped for their field count, and for their quoting. */
	skippedRows: number;
	skippedQuoteRows: number;
	paddedRows: number;
	/** Cells with a `"` inside an unquoted value (read as written) and where the first is. */
	strayQuotes: number;
	firstStrayQuote: { line: number; column: number } | null;
};

/**
 * Reads a CSV file as batches of records, in file order; blank lines are skipped. A file with a header and
 * no rows gives one empty batch. `info` says how it was read once iteration ends.
 * @throws FaroError csv-too-large, csv-empty, csv-binary, csv-encoding, csv-malformed (an unclosed quote),
 *   csv-quotes, csv-ragged, cancelled
 * @example
 * const reader = new CsvReader(await fs.openAsBlob('new.csv'));
 * for await (const batch of reader) console.log(batch.rowCount, batch.cell(0, 0));
 * console.log(reader.info.encoding);
 */
export class CsvReader implements AsyncIterable<RecordBatch> {
	readonly info: CsvReadInfo;

	constructor(
		readonly source: Blob,
		readonly options: ReadCsvOptions = {}
	) {
		const fileName = options.fileName ?? (source as { name?: string }).name ?? 'the file';
		this.info = {
			fileName,
			sizeBytes: source.size,
			encoding: options.encoding ?? 'utf-8',
			dialect: null,
			header: null,
			names: [],
			recordCount: 0,
			skippedRows: 0,
			skippedQuoteRows: 0,
			paddedRows: 0,
			strayQuotes: 0,
			firstStrayQuote: null
		};
	}

	async *[Symbol.asyncIterator](): AsyncGenerator<RecordBatch> {
		const { source, options, info } = this;
		const { fileName } = info;
		if (options.maxBytes !== undefined && source.size > options.maxBytes) {
			throw tooLargeError(fileName, source.size, options.maxBytes);
		}
		if (source.size === 0) throw emptyError(fileName);
		const sliceBytes = Math.max(1, options.sliceBytes ?? 1 << 20);
		const sampleChars = Math.max(1, options.sampleChars ?? SAMPLE_CHARS);
		const progress = throttleProgress(options.onProgress);
		const phase = options.phase ?? 'Reading';
		const head = new Uint8Array(await source.slice(0, 64 * 1024).arrayBuffer());
		assertText(head, fileName, options.encoding ?? bomEncoding(head) ?? 'utf-8');
		const decoder = new StreamDecoder(head, fileName, options.encoding);
		// The next slice is read while this one is cut (in a browser a File read is a round trip to the
		// browser process: awaiting each one left the worker idle 0.8 s per million rows).
		const read = (offset: number): Promise<ArrayBuffer> => {
			const bytes = source.slice(offset, offset + sliceBytes).arrayBuffer();
			bytes.catch(() => {}); // a read still pending when an error stops the reader is not "unhandled"
			return bytes;
		};
		let cutter: RecordCutter | null = null;
		let carry = '';
		let pending = read(0);
		for (let offset = 0; offset < source.size; offset += sliceBytes) {
			throwIfAborted(options.signal);
			const isLast = offset + sliceBytes >= source.size;
			const bytes = new Uint8Array(await pending);
			if (!isLast) pending = read(offset + sliceBytes);
			const decoded = decoder.decode(bytes, isLast);
			const bytesRead = Math.min(offset + sliceBytes, source.size);
			let text: string;
			let pos = 0;
			if (cutter === null) {
				carry += decoded;
				if (!isLast && carry.length < sampleChars) continue;
				cutter = this.#sniff(carry, sampleChars, isLast);
				if (cutter === null) continue; // no line break outside quotes yet
				text = carry;
			} else {
				pos = cutCarriedRecord(cutter, carry, decoded);
				text = pos < 0 ? carry + decoded : decoded;
				pos = Math.max(pos, 0);
			}
			for (;;) {
				pos = cutter.cut(text, pos, isLast);
				for (const batch of cutter.takeReady()) {
					batch.bytesRead = bytesRead;
					yield batch;
				}
				if (!cutter.isBatchFull) break;
			}
			carry = text.slice(pos);
			progress({ phase, done: bytesRead, total: source.size });
		}
		throwIfAborted(options.signal);
		info.encoding = decoder.encoding;
		if (cutter === null || cutter.header === null) throw emptyError(fileName);
		this.#finishInfo(cutter);
		if (cutter.unclosedQuoteLine > 0) throw unclosedQuoteError(fileName, cutter.unclosedQuoteLine);
		if (cutter.badQuotes.count > 0 && options.invalidQuotes !== 'skip') throw cutter.quotesError();
		if (cutter.ragged.count > 0) throw cutter.raggedError();
		const rest = cutter.takeRest();
		if (rest && (rest.rowCount > 0 || info.recordCount === 0)) {
			rest.bytesRead = source.size;
			yield rest;
		}
	}

	/** The cutter for the dialect of `text`, or null when its line ending cannot be told yet. */
	#sniff(text: string, sampleChars: number, isLast: boolean): RecordCutter | null {
		const { options, info } = this;
		if (text.trim() === '') {
			if (isLast) throw emptyError(info.fileName);
			return null;
		}
		const sample = text.slice(0, Math.max(sampleChars, SAMPLE_CHARS));
		const delimiter = options.delimiter ?? detectDelimiter(sample);
		const newline = detectNewline(text, delimiter, isLast);
		if (newline === null && !isLast) return null;
		const dialect: Dialect = {
			delimiter,
			newline: newline ?? '\n',
			decimalComma: detectDecimalComma(sample, delimiter)
		};
		info.dialect = dialect;
		return new RecordCutter(dialect, {
			fileName: info.fileName,
			chunkRows: Math.max(1, options.chunkRows ?? 4096),
			raggedRows: options.raggedRows ?? 'error',
			invalidQuotes: options.invalidQuotes ?? 'error',
			failFast: options.failFast ?? false
		});
	}

	#finishInfo(cutter: RecordCutter): void {
		const { info } = this;
		info.header = cutter.header;
		info.names = cutter.names;
		info.recordCount = cutter.row;
		info.skippedRows = cutter.skippedRows;
		info.skippedQuoteRows = cutter.skippedQuoteRows;
		info.paddedRows = cutter.paddedRows;
		info.strayQuotes = cutter.strayQuotes;
		info.firstStrayQuote = cutter.firstStrayQuote;
	}
}

/**
 * `carry + decoded` without building that slice-sized concatenation (flattening it cost ~0.1 s per
 * 130 MB): when neither the carried partial record nor the start of the new text up to its first line break
 * holds a quote, that one record is cut on its own and the rest of `decoded` is cut from where this returns.
 * Returns -1 when the two must be joined.
 */
function cutCarriedRecord(cutter: RecordCutter, carry: string, decoded: string): number {
	if (carry === '') return 0;
	if (carry.includes('"')) return -1;
	const nl = decoded.indexOf(cutter.terminator);
	// Backwards from the first line break only: a forward search would scan the whole quote-free slice.
	if (nl < 0 || decoded.lastIndexOf('"', nl) >= 0) return -1;
	cutter.cut(carry + decoded.slice(0, nl + 1), 0, false);
	return nl + 1;
}
