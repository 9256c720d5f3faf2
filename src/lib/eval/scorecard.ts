/**
 * A binary model's ranking in credit-risk terms: Gini (2 · ROC AUC − 1), the Kolmogorov–Smirnov statistic (the
 * largest gap between the score distributions of the positive and the negative rows, as `scipy.stats.ks_2samp`
 * computes it, with the score where it occurs: `statistic_location`), and a decile table (rows ranked by score,
 * highest first, in ten groups of equal size: rows, positives, their rate, the scores' range, the cumulative share
 * of all positives captured and the lift over the overall rate). Checked against scipy / pandas
 * (tests/fixtures/reference/scripts/scorecard_reference.py).
 *
 * Deciles cut the ranking, not the score scale: row r of n (0-based, highest score first) is in decile
 * ⌊10 r / n⌋ + 1, so every decile holds n / 10 rows (±1) even when scores tie; tied rows keep their order in
 * the data. With fewer than 10 rows some deciles are empty and left out.
 */

export type DecileRow = {
	/** 1 = the highest scores. */
	decile: number;
	rows: number;
	positives: number;
	/** positives / rows. */
	positiveRate: number;
	minScore: number;
	maxScore: number;
	/** Rows and positives in this decile and every higher one. */
	cumulativeRows: number;
	cumulativePositives: number;
	/** Share of all positives in this decile and every higher one (the gains curve); 0 without positives. */
	capture: number;
	/** positiveRate / the overall positive rate (null without positives). */
	lift: number | null;
	/** The cumulative rate / the overall rate (null without positives). */
	cumulativeLift: number | null;
};

export type Scorecard = {
	/** 2 · ROC AUC − 1; null when ROC AUC is undefined (one class only). */
	gini: number | null;
	/** sup |F₊(x) − F₋(x)| of the two classes' score distributions; null with one class only. */
	ks: number | null;
	/** The score x where the gap is largest (rows scoring ≤ x against the rest): scipy's `statistic_location`. */
	ksAt: number | null;
	deciles: DecileRow[];
};

/**
 * The scorecard of `scores` (the positive class's probability per row) against `positives` (1 = positive).
 * @param rocAuc the rows' ROC AUC when already computed (null when undefined)
 */
export function scorecardOf(
	scores: ArrayLike<number>,
	positives: ArrayLike<number>,
	rocAuc: number | null
): Scorecard {
	const n = scores.length;
	const order = Array.from({ length: n }, (_, i) => i);
	// highest score first; ties keep the data's order (a stable sort)
	order.sort((a, b) => scores[b] - scores[a] || a - b);
	let totalPositives = 0;
	for (let i = 0; i < n; i++) totalPositives += positives[i] ? 1 : 0;
	const overallRate = n > 0 ? totalPositives / n : 0;
	const deciles: DecileRow[] = [];
	let cumulativeRows = 0;
	let cumulativePositives = 0;
	for (let start = 0, d = 0; d < 10; d++) {
		let stop = start;
		while (stop < n && Math.floor((10 * stop) / n) === d) stop++;
		if (stop === start) continue;
		let p = 0;
		for (let r = start; r < stop; r++) p += positives[order[r]] ? 1 : 0;
		const rows = stop - start;
		cumulativeRows += rows;
		cumulativePositives += p;
		const rate = p / rows;
		deciles.push({
			decile: d + 1,
			rows,
			positives: p,
			positiveRate: rate,
			minScore: scores[order[stop - 1]],
			maxScore: scores[order[start]],
			cumulativeRows,
			cumulativePositives,
			capture: totalPositives > 0 ? cumulativePositives / totalPositives : 0,
			lift: totalPositives > 0 ? rate / overallRate : null,
			cumulativeLift: totalPositives > 0 ? cumulativePositives / cumulativeRows / overallRate : null
		});
		start = stop;
	}
	const ks = ksOf(scores, positives, order, totalPositives);
	return {
		gini: rocAuc === null ? null : 2 * rocAuc - 1,
		ks: ks?.statistic ?? null,
		ksAt: ks?.at ?? null,
		deciles
	};
}

/**
 * Two-sample KS over the rows ranked highest first: the empirical CDFs at each distinct score x (rows ≤ x),
 * compared exactly in integers (p·N − q·P for p of P positives and q of N negatives at or below x); the location
 * as scipy's `ks_2samp` gives it: the first (smallest) x of the largest F₊ − F₋, unless F₋ − F₊ is strictly
 * larger somewhere (then its first x).
 */
function ksOf(
	scores: ArrayLike<number>,
	positives: ArrayLike<number>,
	descending: number[],
	totalPositives: number
): { statistic: number; at: number } | null {
	const n = descending.length;
	const P = totalPositives;
	const N = n - P;
	if (P === 0 || N === 0) return null;
	// walk up from the lowest score: counts at or below x
	let below = 0; // positives ≤ x
	let belowNeg = 0;
	// scipy keeps the largest F₊ − F₋ and the largest F₋ − F₊ apart, each at its first x, and reports the
	// second only when it is strictly larger
	const up = { gap: -1, at: NaN };
	const down = { gap: -1, at: NaN };
	for (let i = n - 1; i >= 0;) {
		const x = scores[descending[i]];
		while (i >= 0 && scores[descending[i]] === x) {
			if (positives[descending[i]]) below++;
			else belowNeg++;
			i--;
		}
		const gap = below * N - belowNeg * P;
		if (gap > up.gap) Object.assign(up, { gap, at: x });
		if (-gap > down.gap) Object.assign(down, { gap: -gap, at: x });
	}
	const best = down.gap > up.gap ? down : up;
	return { statistic: best.gap / (P * N), at: best.at };
}
