/**
 * The columnar Table every stage works on. Storage follows the inferred kind: numbers and dates in
 * Float64Array (NaN = missing; dates as epoch milliseconds), categories dictionary-encoded (Int32Array codes
 * into `levels`, -1 = missing), free text as strings (null = missing). The user may later choose another
 * *kind* for a column (e.g. treat the numeric `Job` as categorical): `columnAsStrings` / `columnAsNumbers`
 * read any storage as the kind asked for, so the Recipe never cares how a column was stored.
 */
export type ColumnKind = 'numeric' | 'categorical' | 'boolean' | 'date' | 'text' | 'id' | 'constant';
export type ColumnRole = 'feature' | 'target' | 'id' | 'ignore';

export type NumberColumn = { name: string; storage: 'number'; values: Float64Array };
export type DateColumn = { name: string; storage: 'date'; values: Float64Array };
export type CategoryColumn = {
	name: string;
	storage: 'category';
	codes: Int32Array;
	levels: string[];
};
export type TextColumn = { name: string; storage: 'text'; values: (string | null)[] };
export type Column = NumberColumn | DateColumn | CategoryColumn | TextColumn;

export type Table = { rowCount: number; columns: Column[] };

export const MISSING_CODE = -1;

/** The column called `name`, or undefined. */
export const findColumn = (table: Table, name: string): Column | undefined =>
	table.columns.find((c) => c.name === name);

/** Whether the cell at `row` is missing. */
export function isMissing(column: Column, row: number): boolean {
	switch (column.storage) {
		case 'number':
		case 'date':
			return Number.isNaN(column.values[row]);
		case 'category':
			return column.codes[row] === MISSING_CODE;
		case 'text':
			return column.values[row] === null;
	}
}

/** The cell as a display string ('' when missing). Dates as ISO dates (YYYY-MM-DD, or full ISO with a time). */
export function cellAsString(column: Column, row: number): string {
	switch (column.storage) {
		case 'number': {
			const v = column.values[row];
			return Number.isNaN(v) ? '' : String(v);
		}
		case 'date': {
			const v = column.values[row];
			if (Number.isNaN(v)) return '';
			const iso = new Date(v).toISOString();
			return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
		}
		case 'category': {
			const c = column.codes[row];
			return c === MISSING_CODE ? '' : column.levels[c];
		}
		case 'text':
			return column.values[row] ?? '';
	}
}

/** Every cell as a string or null (missing), whatever the storage. */
export function columnAsStrings(column: Column): (string | null)[] {
	const out: (string | null)[] = new Array(columnLength(column));
	for (let i = 0; i < out.length; i++) out[i] = isMissing(column, i) ? null : cellAsString(column, i);
	return out;
}

/**
 * Every cell as a number (NaN when missing or not a number), whatever the storage. Category and text cells
 * are parsed with `Number` after trimming (so "3" → 3, "abc" → NaN).
 */
export function columnAsNumbers(column: Column): Float64Array {
	switch (column.storage) {
		case 'number':
		case 'date':
			return column.values;
		case 'category': {
			const parsedLevels = column.levels.map(parseNumberOrNaN);
			return Float64Array.from(column.codes, (c) => (c === MISSING_CODE ? NaN : parsedLevels[c]));
		}
		case 'text':
			return Float64Array.from(column.values, (v) => (v === null ? NaN : parseNumberOrNaN(v)));
	}
}

function parseNumberOrNaN(text: string): number {
	const t = text.trim();
	return t === '' ? NaN : Number(t);
}

/** Number of cells in a column. */
export function columnLength(column: Column): number {
	return column.storage === 'category' ? column.codes.length : column.values.length;
}

/** The rows at `indices`, as a new Table (typed arrays copied; levels shared). */
export function takeRows(table: Table, indices: Int32Array): Table {
	const columns = table.columns.map((column): Column => {
		switch (column.storage) {
			case 'number':
			case 'date':
				return { ...column, values: Float64Array.from(indices, (i) => column.values[i]) };
			case 'category':
				return { ...column, codes: Int32Array.from(indices, (i) => column.codes[i]) };
			case 'text':
				return { ...column, values: Array.from(indices, (i) => column.values[i]) };
		}
	});
	return { rowCount: indices.length, columns };
}

/** The typed-array buffers of a table, for `postMessage` / Comlink `transfer`. */
export function tableTransferables(table: Table): ArrayBuffer[] {
	const buffers: ArrayBuffer[] = [];
	for (const column of table.columns) {
		const array = column.storage === 'category' ? column.codes : column.storage === 'text' ? null : column.values;
		if (array && array.buffer instanceof ArrayBuffer) buffers.push(array.buffer);
	}
	return buffers;
}
