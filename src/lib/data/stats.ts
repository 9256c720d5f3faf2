/**
 * Summary statistics matching pandas: `describe()` (sample std with ddof = 1, quartiles by linear
 * interpolation, numpy's default) and `numpy.histogram(values, bins)` (equal-width bins over [min, max],
 * the last bin closed; a constant column gets the range [v − 0.5, v + 0.5]).
 */

/** The present (non-NaN) values, sorted ascending. */
export function sortedPresent(values: Float64Array): Float64Array {
	let n = 0;
	const out = new Float64Array(values.length);
	for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[n++] = values[i];
	return out.subarray(0, n).sort();
}

/** The q-quantile of sorted values by linear interpolation (numpy `linear`, pandas default). */
export function quantileSorted(sorted: Float64Array, q: number): number {
	if (sorted.length === 0) return NaN;
	const position = (sorted.length - 1) * q;
	const lower = Math.floor(position);
	const upper = Math.min(lower + 1, sorted.length - 1);
	return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Mean and sample standard deviation (ddof = 1; NaN for fewer than two values), two-pass for accuracy. */
export function meanAndStd(sorted: Float64Array): { mean: number; std: number } {
	const n = sorted.length;
	if (n === 0) return { mean: NaN, std: NaN };
	let sum = 0;
	for (let i = 0; i < n; i++) sum += sorted[i];
	const mean = sum / n;
	let squares = 0;
	for (let i = 0; i < n; i++) squares += (sorted[i] - mean) ** 2;
	return { mean, std: n > 1 ? Math.sqrt(squares / (n - 1)) : NaN };
}

/** Histogram with bin edges and counts (plain arrays), like `numpy.histogram(sorted, bins)`. */
export function histogram(sorted: Float64Array, bins = 20): { edges: number[]; counts: number[] } {
	if (sorted.length === 0) return { edges: [], counts: [] };
	let lo = sorted[0];
	let hi = sorted[sorted.length - 1];
	if (lo === hi) {
		lo -= 0.5;
		hi += 0.5;
	}
	// numpy: edges = linspace(lo, hi, bins + 1); index = floor((v - lo) * norm), then corrected against
	// the computed edges so float rounding at a boundary lands where numpy puts it.
	const step = (hi - lo) / bins;
	const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : i * step + lo));
	const norm = bins / (hi - lo);
	const counts = new Array<number>(bins).fill(0);
	for (let i = 0; i < sorted.length; i++) {
		const v = sorted[i];
		let b = Math.floor((v - lo) * norm);
		if (b === bins) b--;
		if (v < edges[b]) b--;
		else if (b !== bins - 1 && v >= edges[b + 1]) b++;
		counts[b]++;
	}
	return { edges, counts };
}

/** Number of distinct values in a sorted array. */
export function countDistinctSorted(sorted: Float64Array): number {
	let distinct = 0;
	for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
	return distinct;
}
