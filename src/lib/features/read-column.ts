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
 * The cells as dates in epoch milliseconds (NaN = missing or not a date). Date and number storage are
 * taken as epoch ms; strings go through `Date.parse` (ISO dates without a zone read as UTC).
 */
export function readDates(column: Column): Float64Array {
	if (column.storage === 'date' || column.storage === 'number') return column.values;
	return Float64Array.from(columnAsStrings(column), (s) =>
		s === null ? NaN : Date.parse(s.trim())
	);
}
