/**
 * Streaming CSV ingestion: the same function runs in a browser worker (on the user's File) and in Node (on
 * `fs.openAsBlob`). The file is read by the one CSV reader (csv-reader.ts) and every batch of records goes
 * into one ColumnBuilder per column, which types the column on the fly. The whole file is never one string.
 */
import { FaroError } from '$lib/shared/errors';
import { ColumnBuilder } from './column-builder';
import { CsvReader, type CsvReadInfo } from './csv-reader';
import { finishColumn } from './finish-column';
import { uniqueHeaders } from './headers';
import { noRowsError, singleColumnError } from './csv-errors';
import type { RecordBatch } from './record-batch';
import { PREVIEW_ROWS, type ParseOptions, type ParseResult } from './parse-types';
import type { Table } from './table';

const DEFAULT_SLICE_BYTES = 8 << 20;
/** Rows per batch: a slice's records usually fit in a few batches. */
const BATCH_ROWS = 1 << 12;

/**
 * Parses a CSV file into a typed, columnar Table.
 * @example
 * const { table, meta } = await parseCsv(await fs.openAsBlob('credit.csv'), { fileName: 'credit.csv' });
 * @throws FaroError csv-too-large, csv-empty, csv-binary, csv-encoding, csv-single-column, csv-no-rows,
 *   csv-ragged, csv-quotes, csv-malformed, cancelled
 */
export async function parseCsv(source: Blob, options: ParseOptions = {}): Promise<ParseResult> {
	const started = performance.now();
	const reader = new CsvReader(source, {
		...options,
		sliceBytes: options.sliceBytes ?? DEFAULT_SLICE_BYTES,
		chunkRows: BATCH_ROWS
	});
	let builders: ColumnBuilder[] | null = null;
	let rowCount = 0;
	let isReserved = false;
	let firstSliceBytes = 0;
	const preview: string[][] = [];
	try {
		for await (const batch of reader) {
			builders ??= batch.header.map(() => new ColumnBuilder(batch.dialect.decimalComma));
			firstSliceBytes ||= batch.bytesRead;
			if (!isReserved && batch.bytesRead > firstSliceBytes) {
				// The first batch of the second slice: the rows so far came from the first.
				reserveRows(builders, rowCount, source.size, firstSliceBytes);
				isReserved = true;
			}
			addBatch(builders, batch);
			for (let r = 0; r < batch.rowCount && preview.length < PREVIEW_ROWS; r++)
				preview.push(batch.row(r));
			rowCount += batch.rowCount;
		}
	} catch (err) {
		// Rows of another width than a one-field header: the header is what is wrong.
		const header = reader.info.header;
		if (err instanceof FaroError && err.code === 'csv-ragged' && header && header.length < 2) {
			throw singleColumnError(reader.info.fileName, header[0] ?? '');
		}
		throw err;
	}
	return finish(reader.info, builders ?? [], rowCount, preview, started);
}

/** The batch's cells, row by row (measured faster than column by column: the spans stay in cache). */
function addBatch(builders: ColumnBuilder[], batch: RecordBatch): void {
	const { rowCount, width, texts, cellStarts, cellEnds } = batch;
	for (let r = 0, k = 0; r < rowCount; r++) {
		const text = texts[r];
		for (let c = 0; c < width; c++, k++) builders[c].add(text, cellStarts[k], cellEnds[k]);
	}
}

/**
 * Sizes the column arrays for the whole file from the rows in its first slice (+10%), so 1,000,000 rows
 * are not reached by ten doublings (copies and garbage). Capped at the most rows the file can hold (a full
 * row takes at least one byte per column), so a first slice of unusually short rows cannot reserve more
 * than a file of such rows would fill anyway. Only a hint: more rows still grow the arrays.
 */
function reserveRows(
	builders: ColumnBuilder[],
	rows: number,
	fileBytes: number,
	readBytes: number
): void {
	if (rows === 0 || builders.length === 0) return;
	const estimate = Math.ceil(((rows * fileBytes) / readBytes) * 1.1);
	const capped = Math.min(estimate, Math.floor(fileBytes / builders.length));
	for (const builder of builders) builder.reserve(capped);
}

function finish(
	info: CsvReadInfo,
	builders: ColumnBuilder[],
	rowCount: number,
	preview: string[][],
	started: number
): ParseResult {
	const { fileName } = info;
	const header = info.header ?? [];
	const dialect = info.dialect ?? { delimiter: ',', newline: '\n', decimalComma: false };
	if (header.length < 2) throw singleColumnError(fileName, header[0] ?? '');
	if (rowCount === 0) throw noRowsError(fileName);
	const { names, renamed } = uniqueHeaders(header);
	const table: Table = {
		rowCount,
		columns: builders.map((builder, i) => finishColumn(names[i], builder))
	};
	const first = table.columns[0];
	const indexColumn = header[0].trim() === '' && first.storage === 'number' ? first.name : null;
	const stray = info.firstStrayQuote;
	return {
		table,
		preview,
		meta: {
			fileName,
			sizeBytes: info.sizeBytes,
			encoding: info.encoding,
			delimiter: dialect.delimiter,
			newline: dialect.newline,
			decimalComma: dialect.decimalComma,
			rowCount,
			columnCount: table.columns.length,
			renamedHeaders: renamed,
			indexColumn,
			skippedRows: info.skippedRows,
			skippedQuoteRows: info.skippedQuoteRows,
			paddedRows: info.paddedRows,
			strayQuotes: stray
				? { count: info.strayQuotes, line: stray.line, column: names[stray.column - 1] ?? '' }
				: null,
			durationMs: performance.now() - started
		}
	};
}
