/**
 * A chunk of CSV rows kept as spans of the text they were decoded from (csv-spans.ts reads them), and the
 * typed Table of some of its columns. No per-cell strings: a million rows of per-cell strings cost ~1.5 s of
 * garbage collection when scoring a CSV.
 */
import type { Table } from '$lib/data';
import type { Delimiter } from '$lib/data/sniff';
import { ColumnBuilder } from '$lib/data/column-builder';
import { finishColumn } from '$lib/data/finish-column';

/** How the file is written: what separates fields and lines, and whether decimals use a comma. */
export type Dialect = { delimiter: Delimiter; newline: '\n' | '\r\n'; decimalComma: boolean };

/**
 * A batch of rows. Cell `c` of row `r` is `texts[r].slice(cellStarts[r * width + c], cellEnds[…])`. A row
 * read from a line without quotes also has its line's span (`lineStarts[r]`, `lineEnds[r]`, line break
 * excluded); a row whose record holds quotes has `lineStarts[r] === -1` and its unescaped fields laid end
 * to end in `texts[r]`.
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

function grow(array: Int32Array, size: number): Int32Array {
	const bigger = new Int32Array(size);
	bigger.set(array);
	return bigger;
}
