/** Helpers shared by the SMOTE variants: one class's rows, the neighbour count it allows, row copies. */
import { text, type Text } from '../i18n/text';
import { FaroError } from '../shared/errors';

/** Indices of the rows of class `c`, ascending. */
export function rowsOfClass(y: Int32Array, c: number): Int32Array {
	let count = 0;
	for (let i = 0; i < y.length; i++) if (y[i] === c) count++;
	const rows = new Int32Array(count);
	for (let i = 0, r = 0; i < y.length; i++) if (y[i] === c) rows[r++] = i;
	return rows;
}

/**
 * The neighbour count a class of `rows` rows allows: `k` itself, or `rows − 1` (with a note) when the class
 * is too small for `k` neighbours besides each row (imblearn would stop with an error there).
 * @throws FaroError class-too-small when the class has a single row: there is nothing to interpolate with.
 */
export function neighborCountFor(
	k: number,
	rows: number,
	c: number,
	notes: Text[],
	what = 'k'
): number {
	if (!(Number.isInteger(k) && k >= 1)) {
		throw new FaroError(
			'settings-invalid',
			text('err_balance_neighbours', { name: what, value: k }),
			{
				where: text('err_where_balance_setting', { name: what }),
				hint: text('err_balance_neighbours_hint')
			}
		);
	}
	if (rows <= 1) {
		throw new FaroError(
			'class-too-small',
			text('err_balance_class_too_small', { index: c, rows }),
			{
				where: text('err_where_class', { index: c }),
				hint: text('err_balance_class_too_small_hint')
			}
		);
	}
	if (k <= rows - 1) return k;
	notes.push(text('runs_balance_note_k_reduced', { index: c, rows, name: what, k, reduced: rows - 1 }));
	return rows - 1;
}

/** Copies the listed rows of `x` (`width` columns) into a new Float64Array. */
export function gatherRows(x: ArrayLike<number>, width: number, rows: Int32Array): Float64Array {
	const out = new Float64Array(rows.length * width);
	for (let r = 0; r < rows.length; r++) {
		const from = rows[r] * width;
		for (let j = 0; j < width; j++) out[r * width + j] = x[from + j];
	}
	return out;
}
