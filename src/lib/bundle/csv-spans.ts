/**
 * CSV rows as spans of the decoded text, a chunk at a time: the reader batch prediction streams through.
 * Where `readCsvRows` (data/read-rows.ts) gives every field as its own string, this keeps each row as
 * [start, end) offsets into the text it was decoded in (span-chunk.ts), so a million rows make no per-cell
 * strings and a row can be written back out as its original line. The file is read in slices, decoded with a
 * streaming TextDecoder and cut at the last line break outside quotes; csv-splitter.ts turns the complete
 * records into chunks. Encoding detection (first 64 KiB), dialect sniffing, blank-line skipping, line
 * numbers and errors are those of `readCsvRows`.
 */
import { throwIfAborted } from '$lib/shared/errors';
import { throttleProgress } from '$lib/shared/progress';
import type { ReadRowsOptions } from '$lib/data';
import { assertText, createDecoder, detectEncoding } from '$lib/data/decode';
import { detectDecimalComma, detectDelimiter, detectNewline } from '$lib/data/sniff';
import { safeCut } from '$lib/data/safe-cut';
import { emptyError } from '$lib/data/csv-errors';
import { RowSplitter } from './csv-splitter';
import type { SpanChunk } from './span-chunk';

export { SpanChunk, spansToTable, type Dialect } from './span-chunk';

const SAMPLE_CHARS = 64 * 1024;

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
	// The next slice is read while this one is parsed and scored (in a browser a File read is a round trip
	// to the browser process: awaiting each one left the worker idle 0.8 s per million rows).
	const read = (offset: number): Promise<ArrayBuffer> => {
		const bytes = source.slice(offset, offset + sliceBytes).arrayBuffer();
		bytes.catch(() => {}); // a read still pending when an error stops the reader is not "unhandled"
		return bytes;
	};
	let pending = read(0);
	for (let offset = 0; offset < source.size; offset += sliceBytes) {
		throwIfAborted(options.signal);
		const isLast = offset + sliceBytes >= source.size;
		const bytes = await pending;
		if (!isLast) pending = read(offset + sliceBytes);
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
