/**
 * Rows → column builders. Chunks of complete lines arrive in order; a chunk without a quote character is
 * split by hand (the hot path: no per-row arrays, no substrings for numbers), a chunk with quotes goes
 * through papaparse's full CSV grammar. The first record is the header. Rows whose field count differs from
 * the header's follow the ragged-rows policy. Line numbers count physical lines, so quoted newlines are
 * accounted for in messages.
 */
import Papa from 'papaparse';
import { ColumnBuilder } from './column-builder';
import type { RaggedRowsPolicy } from './parse-types';
import { PREVIEW_ROWS } from './parse-types';

const CR = 13;

/** A row with the wrong number of fields. */
export type RaggedRow = { row: number; line: number; fields: number };

export class RowSink {
	header: string[] | null = null;
	builders: ColumnBuilder[] = [];
	preview: string[][] = [];
	rowCount = 0;
	/** Physical lines consumed so far. */
	line = 0;
	skippedRows = 0;
	paddedRows = 0;
	raggedCount = 0;
	raggedFirst: RaggedRow[] = [];
	/** The line where an unclosed quote starts, if papaparse found one. */
	unclosedQuoteLine = 0;
	#rejectedRows = 0;
	#starts: Int32Array = new Int32Array(64);
	#ends: Int32Array = new Int32Array(64);

	constructor(
		readonly delimiter: string,
		readonly newline: string,
		readonly decimalComma: boolean,
		readonly policy: RaggedRowsPolicy
	) {}

	/**
	 * Splits complete lines that contain no quote character. `indexOf` is native and several times faster
	 * than a `charCodeAt` loop over every character (measured: 0.35 s vs 0.65 s for 130 MB).
	 */
	addPlainLines(text: string): void {
		const delimiter = this.delimiter;
		const len = text.length;
		let pos = 0;
		while (pos < len) {
			let lf = text.indexOf('\n', pos);
			if (lf < 0) lf = len;
			let end = lf;
			if (end > pos && text.charCodeAt(end - 1) === CR) end--;
			this.line++;
			if (end === pos) {
				pos = lf + 1;
				continue; // blank line
			}
			let starts = this.#starts;
			let ends = this.#ends;
			let count = 0;
			let start = pos;
			for (
				let d = text.indexOf(delimiter, pos);
				d >= 0 && d < end;
				d = text.indexOf(delimiter, d + 1)
			) {
				if (count + 1 >= starts.length) [starts, ends] = this.#growBounds();
				starts[count] = start;
				ends[count++] = d;
				start = d + 1;
			}
			starts[count] = start;
			ends[count++] = end;
			pos = lf + 1;
			this.#addSpans(text, count);
		}
	}

	/** Parses complete lines that may contain quoted fields, with papaparse. */
	addQuotedLines(text: string, isLast: boolean): void {
		const result = Papa.parse<string[]>(text, {
			delimiter: this.delimiter,
			newline: this.newline as '\n' | '\r\n',
			quoteChar: '"'
		});
		const firstLine = this.line + 1;
		const quoteError = result.errors.find((e) => e.code === 'MissingQuotes');
		for (const fields of result.data) {
			let lines = 1;
			for (const f of fields)
				for (let k = f.indexOf('\n'); k >= 0; k = f.indexOf('\n', k + 1)) lines++;
			this.line += lines;
			if (fields.length === 1 && fields[0] === '') continue;
			this.#addFields(fields);
		}
		if (quoteError && isLast && this.unclosedQuoteLine === 0) {
			this.unclosedQuoteLine = firstLine + countNewlines(text, 0, quoteError.index ?? 0);
		}
	}

	#addSpans(text: string, count: number): void {
		if (this.header === null) {
			const fields: string[] = [];
			for (let c = 0; c < count; c++) fields.push(text.slice(this.#starts[c], this.#ends[c]));
			return this.#setHeader(fields);
		}
		const n = this.builders.length;
		if (count !== n && !this.#acceptRagged(count)) return;
		const starts = this.#starts;
		const ends = this.#ends;
		for (let c = count; c < n; c++) starts[c] = ends[c] = 0; // padding: empty = missing
		const builders = this.builders;
		for (let c = 0; c < n; c++) builders[c].add(text, starts[c], ends[c]);
		if (this.rowCount < PREVIEW_ROWS) {
			this.preview.push(Array.from({ length: n }, (_, c) => text.slice(starts[c], ends[c])));
		}
		this.rowCount++;
	}

	#addFields(fields: string[]): void {
		if (this.header === null) return this.#setHeader(fields);
		const n = this.builders.length;
		if (fields.length !== n && !this.#acceptRagged(fields.length)) return;
		for (let c = 0; c < n; c++) {
			const cell = c < fields.length ? fields[c] : '';
			this.builders[c].add(cell, 0, cell.length);
		}
		if (this.rowCount < PREVIEW_ROWS)
			this.preview.push(Array.from({ length: n }, (_, c) => fields[c] ?? ''));
		this.rowCount++;
	}

	#setHeader(fields: string[]): void {
		this.header = fields;
		this.builders = fields.map(() => new ColumnBuilder(this.decimalComma));
		if (this.#starts.length < fields.length + 1) this.#growBounds(fields.length + 1);
	}

	/** Applies the ragged-rows policy; true when the row is kept (padded). */
	#acceptRagged(fields: number): boolean {
		if (this.policy === 'pad' && fields < this.builders.length) {
			this.paddedRows++;
			return true;
		}
		this.#rejectedRows++;
		if (this.policy === 'error') {
			this.raggedCount++;
			const row = this.rowCount + this.#rejectedRows;
			if (this.raggedFirst.length < 5) this.raggedFirst.push({ row, line: this.line, fields });
		} else this.skippedRows++;
		return false;
	}

	#growBounds(min = 0): [Int32Array, Int32Array] {
		const size = Math.max(min, this.#starts.length * 2);
		const starts = new Int32Array(size);
		const ends = new Int32Array(size);
		starts.set(this.#starts);
		ends.set(this.#ends);
		this.#starts = starts;
		this.#ends = ends;
		return [starts, ends];
	}
}

function countNewlines(text: string, from: number, to: number): number {
	let n = 0;
	for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) n++;
	return n;
}
