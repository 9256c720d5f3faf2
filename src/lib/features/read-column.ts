/**
 * Reading a column as the kind the user chose, whatever its storage (a numeric `Job` may be categorical,
 * a text column may hold dates). Always a fresh array or one the caller must not modify.
 */
import { columnAsNumbers, columnAsStrings, type Column } from '$lib/data/table';

/** The cells as numbers (NaN = missing or not a number). Do not modify the result. */
export const readNumbers = (column: Column): Float64Array => columnAsNumbers(column);

/** The cells as strings (null = missing); categories by their level directly (≈3× faster than per cell). */
export const readStrings = (column: Column): (string | null)[] =>
	column.storage === 'category'
		? Array.from(column.codes, (c) => (c < 0 ? null : column.levels[c]))
		: columnAsStrings(column);

/**
 * `slotOf(cell)` for every cell (cell as `readStrings` gives it), as an Int32Array. For category storage
 * `slotOf` runs once per dictionary level and once for missing, then each row is an array index (one-hot
 * of German credit's six category columns × 1,000,000 rows: ≈1.2 s with a Map lookup per row, ≈0.25 s so).
 * Other storage: once per cell.
 */
export function mapStrings(column: Column, slotOf: (cell: string | null) => number): Int32Array {
	if (column.storage !== 'category') return Int32Array.from(columnAsStrings(column), slotOf);
	const byLevel = Int32Array.from(column.levels, slotOf);
	const missing = slotOf(null);
	const { codes } = column;
	const out = new Int32Array(codes.length);
	for (let i = 0; i < codes.length; i++) {
		const c = codes[i];
		out[i] = c < 0 ? missing : byLevel[c];
	}
	return out;
}

/**
 * The cells as dates in epoch milliseconds (NaN = missing or not a date). Date and number storage are
 * taken as epoch ms; strings go through `Date.parse` (ISO dates without a zone read as UTC).
 */
export function readDates(column: Column): Float64Array {
	if (column.storage === 'date' || column.storage === 'number') return column.values;
	if (column.storage === 'category') {
		// Parse each level once, not each row.
		const byLevel = column.levels.map((s) => Date.parse(s.trim()));
		return Float64Array.from(column.codes, (c) => (c < 0 ? NaN : byLevel[c]));
	}
	return Float64Array.from(columnAsStrings(column), (s) =>
		s === null ? NaN : Date.parse(s.trim())
	);
}
