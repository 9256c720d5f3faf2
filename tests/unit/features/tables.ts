/** Test helpers: Tables built by hand, and German credit read by a tiny CSV reader (the file has no quotes). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Column, Table } from '$lib/data/table';

export const GERMAN_CREDIT_CSV = fileURLToPath(new URL('../../fixtures/csv/german_credit.csv', import.meta.url));

/** A number column (null = missing). */
export const num = (name: string, values: (number | null)[]): Column => ({
	name,
	storage: 'number',
	values: Float64Array.from(values, (v) => (v === null ? NaN : v))
});

/** A category column (null = missing), levels in order of first appearance. */
export function cat(name: string, values: (string | null)[]): Column {
	const levels: string[] = [];
	const codes = Int32Array.from(values, (v) => {
		if (v === null) return -1;
		const at = levels.indexOf(v);
		return at >= 0 ? at : levels.push(v) - 1;
	});
	return { name, storage: 'category', codes, levels };
}

/** A date column from ISO strings (null = missing). */
export const date = (name: string, values: (string | null)[]): Column => ({
	name,
	storage: 'date',
	values: Float64Array.from(values, (v) => (v === null ? NaN : Date.parse(v)))
});

/** A text column. */
export const text = (name: string, values: (string | null)[]): Column => ({
	name,
	storage: 'text',
	values
});

/** A table of these columns (they must have the same length). */
export function table(...columns: Column[]): Table {
	const first = columns[0];
	const rowCount = !first
		? 0
		: first.storage === 'category'
			? first.codes.length
			: first.values.length;
	return { rowCount, columns };
}

/** A comma-separated file without quotes: numeric columns as numbers, others as categories; '' is missing; an empty header becomes "row". */
export function readSimpleCsv(path: string): Table {
	const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
	const header = lines[0].split(',').map((h) => h || 'row');
	const cells = lines.slice(1).map((l) => l.split(','));
	const columns = header.map((name, j): Column => {
		const values = cells.map((row) => (row[j] === '' ? null : row[j]));
		const isNumeric = values.every((v) => v === null || !Number.isNaN(Number(v)));
		return isNumeric
			? num(
					name,
					values.map((v) => (v === null ? null : Number(v)))
				)
			: cat(name, values);
	});
	return { rowCount: cells.length, columns };
}
