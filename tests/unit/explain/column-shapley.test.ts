import { describe, expect, it } from 'vitest';
import type { Table } from '$lib/data/table';
import { columnShapley, EXACT_MAX_COLUMNS } from '$lib/explain/column-shapley';

/** A table of `d` numeric columns c0 … c(d−1) and one category column "kind" (levels a, b), `rows` rows. */
function table(d: number, rows: number): Table {
	const columns: Table['columns'] = Array.from({ length: d }, (_, c) => ({
		name: `c${c}`,
		storage: 'number' as const,
		values: Float64Array.from({ length: rows }, (_, r) =>
			(c + r) % 4 === 3 ? NaN : Math.sin(r * 3 + c * 1.7) * 3
		)
	}));
	columns.push({
		name: 'kind',
		storage: 'category',
		codes: Int32Array.from({ length: rows }, (_, r) => (r % 3) - 1),
		levels: ['a', 'b']
	});
	return { rowCount: rows, columns };
}

/** A non-additive score of a row (interactions, a missing-value branch, a category). */
function score(t: Table, row: number, d: number): number {
	const v = (c: number) => {
		const x = (t.columns[c] as { values: Float64Array }).values[row];
		return Number.isNaN(x) ? -0.5 : x;
	};
	const kind = t.columns[d];
	const code = kind.storage === 'category' ? kind.codes[row] : -1;
	const level = code < 0 ? 'missing' : kind.storage === 'category' ? kind.levels[code] : '';
	let s = level === 'a' ? 0.7 : level === 'b' ? -0.2 : 0.1;
	for (let c = 0; c < d; c++) s += (c + 1) * 0.1 * v(c);
	s += v(0) * v(1) - Math.tanh(v(2) * (d > 3 ? v(3) : 1));
	if (d > 4) s += Math.max(0, v(4) - v(0) + v(1) * v(2)) + (d > 6 ? v(5) * v(6) * v(3) : 0);
	return s;
}

const margins = (d: number) => async (hybrid: Table) =>
	Float64Array.from({ length: hybrid.rowCount }, (_, h) => score(hybrid, h, d));

/** Shapley values by definition: every coalition, with the baseline filling the columns left out. */
function bruteForce(
	t: Table,
	row: number,
	names: string[],
	baseline: Map<string, number | string | null>,
	d: number
): number[] {
	const m = names.length;
	const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
	const value = (mask: number) => {
		const columns = t.columns.map((col, c) => {
			const keep = (mask >> c) & 1;
			if (col.storage === 'number') {
				const b = baseline.get(col.name) as number;
				return { ...col, values: Float64Array.of(keep ? col.values[row] : b) };
			}
			const cat = col as Extract<typeof col, { storage: 'category' }>;
			const b = baseline.get(col.name) as string;
			return { ...cat, codes: Int32Array.of(keep ? cat.codes[row] : cat.levels.indexOf(b)) };
		});
		return score({ rowCount: 1, columns } as Table, 0, d);
	};
	const phi = new Array(m).fill(0);
	for (let mask = 0; mask < 1 << m; mask++) {
		for (let c = 0; c < m; c++) {
			if (mask & (1 << c)) continue;
			let size = 0;
			for (let j = 0; j < m; j++) if (mask & (1 << j)) size++;
			phi[c] +=
				((fact(size) * fact(m - size - 1)) / fact(m)) * (value(mask | (1 << c)) - value(mask));
		}
	}
	return phi;
}

const baselineFor = (d: number) =>
	new Map<string, number | string | null>([
		...Array.from({ length: d }, (_, c) => [`c${c}`, 0.25] as [string, number]),
		['kind', 'b']
	]);

describe('column Shapley values against a baseline row', () => {
	it('are exact up to 8 columns (equal to the definition by enumeration)', async () => {
		const d = 5;
		const t = table(d, 12);
		const names = t.columns.map((c) => c.name);
		expect(names.length).toBeLessThanOrEqual(EXACT_MAX_COLUMNS);
		const baseline = baselineFor(d);
		const { phi, base, value } = await columnShapley(t, names, baseline, margins(d));
		for (let r = 0; r < t.rowCount; r++) {
			const exact = bruteForce(t, r, names, baseline, d);
			exact.forEach((v, c) => expect(phi[r * names.length + c]).toBeCloseTo(v, 10));
			expect(value[r]).toBeCloseTo(score(t, r, d), 12);
			let sum = base[r];
			for (let c = 0; c < names.length; c++) sum += phi[r * names.length + c];
			expect(sum).toBeCloseTo(value[r], 10);
		}
	});

	it('are sampled above 8 columns: they still add up exactly, and approach the exact values', async () => {
		const d = 9; // 10 columns with "kind"
		const t = table(d, 6);
		const names = t.columns.map((c) => c.name);
		const baseline = baselineFor(d);
		const few = await columnShapley(t, names, baseline, margins(d), { permutations: 16, seed: 3 });
		const many = await columnShapley(t, names, baseline, margins(d), {
			permutations: 2000,
			seed: 3
		});
		const again = await columnShapley(t, names, baseline, margins(d), {
			permutations: 16,
			seed: 3
		});
		expect(again.phi).toEqual(few.phi);
		let errFew = 0;
		let errMany = 0;
		for (let r = 0; r < t.rowCount; r++) {
			const exact = bruteForce(t, r, names, baseline, d);
			let sum = few.base[r];
			for (let c = 0; c < names.length; c++) {
				sum += few.phi[r * names.length + c];
				errFew = Math.max(errFew, Math.abs(few.phi[r * names.length + c] - exact[c]));
				errMany = Math.max(errMany, Math.abs(many.phi[r * names.length + c] - exact[c]));
			}
			expect(sum).toBeCloseTo(few.value[r], 10);
		}
		// an order and its reverse split every pairwise interaction exactly: only 3-way terms leave an error
		expect(errFew).toBeGreaterThan(1e-6);
		expect(errMany).toBeLessThan(0.05);
		expect(errMany).toBeLessThan(errFew);
	});

	it('gives equal rows equal values and an all-baseline row zeros', async () => {
		const d = 9;
		const t = table(d, 3);
		for (const col of t.columns) {
			if (col.storage === 'number') col.values.fill(0.25);
			if (col.storage === 'category') col.codes.fill(1);
		}
		const names = t.columns.map((c) => c.name);
		const { phi } = await columnShapley(t, names, baselineFor(d), margins(d));
		for (const v of phi) expect(v).toBeCloseTo(0, 12);
	});
});
