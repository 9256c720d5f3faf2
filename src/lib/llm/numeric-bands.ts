/**
 * Where a number sits in its column: bottom 10%, bottom quarter, below/at/above the median, top quarter,
 * top 10%. Quartiles come straight from the profile's numeric summary (pandas `describe()` figures); the
 * 10th and 90th percentiles are read from the profile's 20-bin histogram by linear interpolation inside the
 * bin, so no pass over the data is needed.
 */
import type { NumericSummary } from '$lib/data/profile-types';

export type Band = 'bottom10' | 'bottomQuarter' | 'belowMedian' | 'atMedian' | 'aboveMedian' | 'topQuarter' | 'top10';

/** The cut points of a column, lowest first. */
export type BandCuts = { p10: number; q25: number; median: number; q75: number; p90: number };

/** The q-quantile (0..1) estimated from a histogram (counts per bin, edges one longer). */
export function histogramQuantile(histogram: NumericSummary['histogram'], q: number): number {
	const { edges, counts } = histogram;
	const total = counts.reduce((a, b) => a + b, 0);
	if (total === 0 || edges.length < 2) return NaN;
	const wanted = q * total;
	let below = 0;
	for (let i = 0; i < counts.length; i++) {
		if (counts[i] > 0 && below + counts[i] >= wanted) {
			const within = (wanted - below) / counts[i];
			return edges[i] + within * (edges[i + 1] - edges[i]);
		}
		below += counts[i];
	}
	return edges[edges.length - 1];
}

/** Cut points from a numeric summary; the 10/90% cuts never cross the quartiles. */
export function bandCuts(summary: NumericSummary): BandCuts {
	const p10 = Math.min(histogramQuantile(summary.histogram, 0.1), summary.q25);
	const p90 = Math.max(histogramQuantile(summary.histogram, 0.9), summary.q75);
	return { p10, q25: summary.q25, median: summary.median, q75: summary.q75, p90 };
}

/**
 * The band of `value`. Strict comparisons at the tails: a value equal to the 90th percentile is not in the
 * top 10% (with many ties, e.g. integer durations, "top 10%" would otherwise cover far more than 10%).
 */
export function bandOf(value: number, cuts: BandCuts): Band {
	if (value > cuts.p90) return 'top10';
	if (value < cuts.p10) return 'bottom10';
	if (value > cuts.q75) return 'topQuarter';
	if (value < cuts.q25) return 'bottomQuarter';
	if (value > cuts.median) return 'aboveMedian';
	if (value < cuts.median) return 'belowMedian';
	return 'atMedian';
}
