/**
 * Precision–recall curve and average precision, matching scikit-learn 1.2.1 `precision_recall_curve`
 * and `average_precision_score` (binary). 1.2.1 keeps every threshold (it no longer stops at full recall).
 */
import { countClfCurve, type ClfCurve } from './clf-curve';
import { assertScores } from './validate';

/** A precision–recall curve: recall decreasing, ending at (recall 0, precision 1). */
export type PrCurve = {
	/** One more entry than `thresholds`: the final point (recall 0, precision 1) has no threshold. */
	precision: number[];
	recall: number[];
	/** Distinct scores, increasing. */
	thresholds: number[];
	/** Σ (R_n − R_{n−1}) P_n, scikit-learn's step-wise (non-interpolated) average precision. */
	averagePrecision: number;
};

/**
 * Precision–recall curve and average precision of `scores` against 0/1 `positives`; matches
 * scikit-learn `precision_recall_curve` and `average_precision_score`. With no positives recall is 1 at
 * every threshold and the average precision is 0, as scikit-learn (which warns).
 * @throws FaroError eval-input-invalid (length mismatch, no rows, non-finite score, label not 0/1)
 */
export function computePrCurve(scores: ArrayLike<number>, positives: ArrayLike<number>): PrCurve {
	assertScores('computePrCurve', scores, positives);
	return prFromCounts(countClfCurve(scores, positives));
}

/** The precision–recall curve of already counted points (see `countClfCurve`). */
export function prFromCounts(counts: ClfCurve): PrCurve {
	const { fps, tps, thresholds } = counts;
	const m = tps.length;
	const totalPositives = tps[m - 1];
	const precision: number[] = [];
	const recall: number[] = [];
	const increasing: number[] = [];
	for (let i = m - 1; i >= 0; i--) {
		const predicted = tps[i] + fps[i];
		precision.push(predicted !== 0 ? tps[i] / predicted : 0);
		recall.push(totalPositives === 0 ? 1 : tps[i] / totalPositives);
		increasing.push(thresholds[i]);
	}
	precision.push(1);
	recall.push(0);
	let sum = 0;
	for (let i = 0; i < m; i++) sum += (recall[i + 1] - recall[i]) * precision[i];
	// 0 − sum, not −sum: no −0 (JSON would turn it into 0, so a stored run would differ from a fresh one).
	return { precision, recall, thresholds: increasing, averagePrecision: 0 - sum };
}
