/**
 * Bins for the signal screen (Weight of Evidence, and Cramér's V of numeric columns against a multiclass
 * target). A numeric column with at most 10 distinct values gets one bin per value; otherwise its values are
 * cut into deciles exactly as `pandas.qcut(values, q=10, duplicates='drop')` cuts them (NumPy's "linear"
 * quantiles, repeated edges dropped, right-closed bins with the lowest edge included). A categorical column
 * gets one bin per level in code-point order. Missing values form one more bin, last.
 */

/** What one bin holds. */
export type BinDescription =
	| { kind: 'value'; value: number }
	/** Values in (lower, upper]; the first range also holds `lower` itself. */
	| { kind: 'range'; lower: number; upper: number }
	| { kind: 'level'; level: string }
	| { kind: 'missing' };

/** The bin index of every row, and what each bin holds. */
export type Binned = { codes: Int32Array; bins: BinDescription[] };

/** Quantile bins at most; also the most distinct values that still get one bin each. */
export const MAX_BINS = 10;

/**
 * `numpy.quantile(sorted, q)` with the default "linear" method, operation for operation as NumPy 1.24 does
 * it, so bin edges match pandas to the last bit: virtual index (n − 1)·q, its floor, and NumPy's lerp that
 * counts back from the upper neighbour when the fraction is ≥ 0.5.
 * @param sorted ascending, no NaN, at least one value
 */
export function quantileLinear(sorted: Float64Array, q: number): number {
	const n = sorted.length;
	const index = (n - 1) * q;
	if (index >= n - 1) return sorted[n - 1];
	const below = Math.floor(index);
	const gamma = index - below;
	const a = sorted[below];
	const b = sorted[below + 1];
	const diff = b - a;
	return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/**
 * The decile edges `pandas.qcut(q=10, duplicates='drop')` uses: quantiles at `numpy.linspace(0, 1, 11)`
 * (k · 0.1, and exactly 1 at the end), repeated edges dropped.
 */
export function decileEdges(sorted: Float64Array): number[] {
	const edges: number[] = [];
	for (let k = 0; k <= MAX_BINS; k++) {
		const edge = quantileLinear(sorted, k === MAX_BINS ? 1 : k * (1 / MAX_BINS));
		if (edges.length === 0 || edge !== edges[edges.length - 1]) edges.push(edge);
	}
	return edges;
}

/** Bins of a numeric column (NaN = missing): one per distinct value up to 10 of them, else deciles. */
export function binNumbers(values: Float64Array): Binned {
	const sorted = values.filter((v) => !Number.isNaN(v)).sort();
	const distinct: number[] = [];
	for (const v of sorted)
		if (distinct.length === 0 || v !== distinct[distinct.length - 1]) distinct.push(v);
	const codes = new Int32Array(values.length);
	let bins: BinDescription[];
	if (distinct.length <= MAX_BINS) {
		bins = distinct.map((value) => ({ kind: 'value', value }));
		for (let i = 0; i < values.length; i++)
			codes[i] = Number.isNaN(values[i]) ? -1 : firstAtLeast(distinct, values[i]);
	} else {
		const edges = decileEdges(sorted);
		bins = edges.slice(1).map((upper, i) => ({ kind: 'range', lower: edges[i], upper }));
		// pandas: searchsorted(edges, v, side='left') − 1, and the lowest edge goes to the first bin
		for (let i = 0; i < values.length; i++) {
			const v = values[i];
			codes[i] = Number.isNaN(v) ? -1 : Math.max(0, firstAtLeast(edges, v) - 1);
		}
	}
	return withMissingBin(codes, bins);
}

/** Bins of a categorical column (null = missing): one per level, code-point order. */
export function binLevels(values: (string | null)[]): Binned {
	const levels = [...new Set(values.filter((v): v is string => v !== null))].sort(
		compareCodePoints
	);
	const index = new Map(levels.map((level, i) => [level, i]));
	const codes = Int32Array.from(values, (v) => (v === null ? -1 : (index.get(v) ?? -1)));
	return withMissingBin(
		codes,
		levels.map((level) => ({ kind: 'level', level }))
	);
}

/** Turns code −1 into a last "missing" bin when there is any. */
function withMissingBin(codes: Int32Array, bins: BinDescription[]): Binned {
	if (!codes.includes(-1)) return { codes, bins };
	const missing = bins.length;
	for (let i = 0; i < codes.length; i++) if (codes[i] === -1) codes[i] = missing;
	return { codes, bins: [...bins, { kind: 'missing' }] };
}

/** The first index i with sorted[i] ≥ value (NumPy's `searchsorted(side='left')`). */
function firstAtLeast(sorted: ArrayLike<number>, value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid] < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Code-point order (Python's `sorted` of `str`), the same for every locale. */
export function compareCodePoints(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	for (let i = 0; i < Math.min(x.length, y.length); i++) {
		const d = (x[i].codePointAt(0) ?? 0) - (y[i].codePointAt(0) ?? 0);
		if (d !== 0) return d;
	}
	return x.length - y.length;
}
