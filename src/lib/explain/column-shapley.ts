/**
 * Model-agnostic contributions of input columns (for MLPs and blends): the Shapley values of the game where a
 * coalition S of columns keeps the row's values and every other column takes a baseline value (the training
 * median or most common level; text: empty), v(S) = the model's margin on that hybrid row. With at most
 * `EXACT_MAX_COLUMNS` columns every coalition is scored and the values are exact; with more, the same
 * `SHAPLEY_PERMUTATIONS` column orders (seeded, half of them the reverse of the other half: antithetic
 * sampling) serve every row, so equal rows get equal reasons. Either way the contributions add up exactly to
 * v(all) − v(none): the row's margin less the baseline row's (each order telescopes).
 */
import { MISSING_CODE, type Column, type Table } from '$lib/data/table';
import { createRng, shuffledIndices } from '$lib/shared/rng';
import { throwIfAborted } from '$lib/shared/errors';

/** Up to this many columns, Shapley values are computed exactly (2^d hybrid rows per row). */
export const EXACT_MAX_COLUMNS = 8;
/** Column orders sampled above `EXACT_MAX_COLUMNS` (each costs d − 1 hybrid rows per row). */
export const SHAPLEY_PERMUTATIONS = 16;
/** Hybrid rows scored at once, about. */
const HYBRID_BATCH = 8192;

export type ShapleyOptions = { permutations?: number; seed?: number; signal?: AbortSignal };

/**
 * Contributions of `columns` (names in `table`) for every row of `table`: `phi[row * d + c]`, with `base[row]`
 * the baseline row's margin and `value[row]` the row's. `margins` scores a table of hybrid rows and returns one
 * margin per row, for the row `origin[h]` each hybrid row h was built from (so each row explains its own class).
 */
export async function columnShapley(
	table: Table,
	columns: string[],
	baseline: Map<string, string | number | null>,
	margins: (hybrid: Table, origin: Int32Array) => Promise<Float64Array>,
	options: ShapleyOptions = {}
): Promise<{ phi: Float64Array; base: Float64Array; value: Float64Array }> {
	const d = columns.length;
	const n = table.rowCount;
	const phi = new Float64Array(n * d);
	const base = new Float64Array(n);
	const value = new Float64Array(n);
	const extended = withBaselineRow(table, columns, baseline);
	const exact = d <= EXACT_MAX_COLUMNS;
	// the coalitions each row needs, as bit masks over `columns` (bit c set: column c keeps the row's value)
	const masks: number[][] = exact ? [Array.from({ length: 1 << d }, (_, m) => m)] : [];
	const orders = exact
		? []
		: columnOrders(d, options.permutations ?? SHAPLEY_PERMUTATIONS, options.seed ?? 0);
	const coalitions = exact ? masks[0].map((m) => maskToSet(m, d)) : orderCoalitions(orders, d);
	const perRow = coalitions.length;
	const rowsPerBatch = Math.max(1, Math.floor(HYBRID_BATCH / perRow));
	for (let start = 0; start < n; start += rowsPerBatch) {
		throwIfAborted(options.signal);
		const stop = Math.min(n, start + rowsPerBatch);
		const origin = new Int32Array((stop - start) * perRow);
		const order = columns.map(() => new Int32Array(origin.length));
		let h = 0;
		for (let row = start; row < stop; row++) {
			for (const keep of coalitions) {
				origin[h] = row;
				for (let c = 0; c < d; c++) order[c][h] = keep[c] ? row : n;
				h++;
			}
		}
		const hybrid = gather(extended, columns, order, origin.length);
		const v = await margins(hybrid, origin);
		for (let row = start, at = 0; row < stop; row++, at += perRow) {
			const out = phi.subarray(row * d, (row + 1) * d);
			if (exact) exactShapley(v, at, d, out);
			else sampledShapley(v, at, orders, d, out);
			base[row] = v[at];
			value[row] = v[at + perRow - 1];
		}
	}
	return { phi, base, value };
}

const maskToSet = (mask: number, d: number): boolean[] =>
	Array.from({ length: d }, (_, c) => (mask & (1 << c)) !== 0);

/** `count` orders of 0 … d − 1: seeded shuffles, each followed by its reverse. */
export function columnOrders(d: number, count: number, seed: number): Int32Array[] {
	const rng = createRng(seed >>> 0);
	const out: Int32Array[] = [];
	while (out.length < count) {
		const order = shuffledIndices(d, rng);
		out.push(order);
		if (out.length < count) out.push(order.slice().reverse());
	}
	return out;
}

/**
 * The coalitions the orders walk through: first the empty one (the baseline row), then for each order its
 * d − 1 proper non-empty prefixes, and last the full one (the row itself).
 */
function orderCoalitions(orders: Int32Array[], d: number): boolean[][] {
	const out: boolean[][] = [new Array(d).fill(false)];
	for (const order of orders) {
		const keep = new Array(d).fill(false);
		for (let i = 0; i < d - 1; i++) {
			keep[order[i]] = true;
			out.push(keep.slice());
		}
	}
	out.push(new Array(d).fill(true));
	return out;
}

function sampledShapley(
	v: Float64Array,
	at: number,
	orders: Int32Array[],
	d: number,
	out: Float64Array
): void {
	const none = v[at];
	const all = v[at + 1 + orders.length * (d - 1)];
	let k = at + 1;
	for (const order of orders) {
		let previous = none;
		for (let i = 0; i < d; i++) {
			const next = i === d - 1 ? all : v[k++];
			out[order[i]] += (next - previous) / orders.length;
			previous = next;
		}
	}
}

function exactShapley(v: Float64Array, at: number, d: number, out: Float64Array): void {
	const factorial = [1];
	for (let i = 1; i <= d; i++) factorial.push(factorial[i - 1] * i);
	for (let mask = 0; mask < 1 << d; mask++) {
		let size = 0;
		for (let c = 0; c < d; c++) if (mask & (1 << c)) size++;
		for (let c = 0; c < d; c++) {
			if (mask & (1 << c)) continue;
			const weight = (factorial[size] * factorial[d - size - 1]) / factorial[d];
			out[c] += weight * (v[at + (mask | (1 << c))] - v[at + mask]);
		}
	}
}

/** `table`'s `columns` with one more row (index rowCount) holding the baseline values, in each column's storage. */
function withBaselineRow(
	table: Table,
	columns: string[],
	baseline: Map<string, string | number | null>
): Table {
	return {
		rowCount: table.rowCount + 1,
		columns: columns.map((name) => {
			const column = table.columns.find((c) => c.name === name);
			if (!column) throw new Error(`the column "${name}" is not in the table`);
			return appendCell(column, baseline.get(name) ?? null);
		})
	};
}

function appendCell(column: Column, cell: string | number | null): Column {
	switch (column.storage) {
		case 'number':
		case 'date': {
			const values = new Float64Array(column.values.length + 1);
			values.set(column.values);
			values[column.values.length] =
				cell === null
					? NaN
					: typeof cell === 'number'
						? cell
						: column.storage === 'date'
							? Date.parse(cell)
							: Number(cell);
			return { ...column, values };
		}
		case 'category': {
			const codes = new Int32Array(column.codes.length + 1);
			codes.set(column.codes);
			if (cell === null) {
				codes[column.codes.length] = MISSING_CODE;
				return { ...column, codes };
			}
			const text = typeof cell === 'number' ? String(cell) : cell;
			let code = column.levels.indexOf(text);
			const levels = code < 0 ? [...column.levels, text] : column.levels;
			if (code < 0) code = levels.length - 1;
			codes[column.codes.length] = code;
			return { ...column, codes, levels };
		}
		case 'text':
			return { ...column, values: [...column.values, cell === null ? null : String(cell)] };
	}
}

/** Hybrid rows: column c of row h is `extended`'s row `order[c][h]`. */
function gather(extended: Table, columns: string[], order: Int32Array[], rows: number): Table {
	return {
		rowCount: rows,
		columns: extended.columns.map((column, c): Column => {
			const idx = order[c];
			switch (column.storage) {
				case 'number':
				case 'date':
					return {
						...column,
						name: columns[c],
						values: Float64Array.from(idx, (i) => column.values[i])
					};
				case 'category':
					return {
						...column,
						name: columns[c],
						codes: Int32Array.from(idx, (i) => column.codes[i])
					};
				case 'text':
					return { ...column, name: columns[c], values: Array.from(idx, (i) => column.values[i]) };
			}
		})
	};
}
