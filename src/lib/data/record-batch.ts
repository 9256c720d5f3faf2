/**
 * A batch of CSV records kept as spans of the text they were decoded from (csv-reader.ts fills them), and
 * the typed Table of some of its columns. No per-cell strings: a million rows of per-cell strings cost
 * ~1.5 s of garbage collection when scoring a CSV.
 */
import type { Dialect } from './sniff';
import type { Table } from './table';
import { ColumnBuilder } from './column-builder';
import { finishColumn } from './finish-column';

/**
 * Records of a CSV file, in file order. Cell `c` of row `r` is
 * `texts[r].slice(cellStarts[r * width + c], cellEnds[…])`. A row read from a line without quotes also has
 * its line's span (`lineStarts[r]`, `lineEnds[r]`, line break excluded), so it can be written back out as it
 * was; a row whose record holds quotes has `lineStarts[r] === -1`. A row whose cells needed unescaping
 * (a doubled quote) has its cells laid end to end in a string of its own.
 */
export class RecordBatch {
	rowCount = 0;
	texts: string[] = [];
	lineStarts: Int32Array;
	lineEnds: Int32Array;
	cellStarts: Int32Array;
	cellEnds: Int32Array;
	/** Bytes of the file read when the batch was handed out (the slices its records came from). */
	bytesRead = 0;

	constructor(
		/** The header as written, and Faro's names for it (trimmed, blanks and repeats renamed). */
		readonly header: string[],
		readonly names: string[],
		readonly dialect: Dialect,
		capacity: number
	) {
		const rows = Math.max(1, capacity);
		this.lineStarts = new Int32Array(rows);
		this.lineEnds = new Int32Array(rows);
		this.cellStarts = new Int32Array(rows * header.length);
		this.cellEnds = new Int32Array(rows * header.length);
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

	/** The cells of row `r`. */
	row(r: number): string[] {
		return Array.from({ length: this.width }, (_, c) => this.cell(r, c));
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
 * A Table of the columns at `columns[].index` of the batch's rows, typed exactly as `parseCsv` types a file
 * (same number parser on the spans, missing tokens, category and date detection), so a fitted Recipe reads
 * these cells as it read the training file's.
 */
export function batchToTable(
	batch: RecordBatch,
	columns: { index: number; name: string }[]
): Table {
	const { rowCount, width, texts, cellStarts, cellEnds } = batch;
	return typedTable(rowCount, columns, batch.dialect.decimalComma, (builder, index) => {
		builder.reserve(rowCount);
		for (let r = 0, k = index; r < rowCount; r++, k += width) {
			builder.add(texts[r], cellStarts[k], cellEnds[k]);
		}
	});
}

/**
 * A Table of the columns at `indices` of `rows` (cells as strings, e.g. typed by hand), typed exactly as
 * `parseCsv` types a file.
 */
export function rowsToTable(
	rows: string[][],
	columns: { index: number; name: string }[],
	decimalComma = false
): Table {
	return typedTable(rows.length, columns, decimalComma, (builder, index) => {
		for (const fields of rows) {
			const cell = fields[index] ?? '';
			builder.add(cell, 0, cell.length);
		}
	});
}

/** One ColumnBuilder per column, filled by `fill`, finished into a Table. */
function typedTable(
	rowCount: number,
	columns: { index: number; name: string }[],
	decimalComma: boolean,
	fill: (builder: ColumnBuilder, index: number) => void
): Table {
	const built = columns.map(({ index, name }) => {
		const builder = new ColumnBuilder(decimalComma);
		fill(builder, index);
		return finishColumn(name, builder);
	});
	return { rowCount, columns: built };
}

function grow(array: Int32Array, size: number): Int32Array {
	const bigger = new Int32Array(size);
	bigger.set(array);
	return bigger;
}
