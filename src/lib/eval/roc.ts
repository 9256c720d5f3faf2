/**
 * ROC curve and its area, matching scikit-learn 1.2.1 `roc_curve(drop_intermediate=True)` and
 * `roc_auc_score` (binary): ties form one point, collinear points are dropped, and the curve starts at
 * (0, 0) with the threshold `max(score) + 1` (1.2.1's convention; later versions use +∞, which JSON
 * cannot hold).
 */
import { countClfCurve, type ClfCurve } from './clf-curve';
import { assertScores } from './validate';

/** A ROC curve: parallel arrays, thresholds decreasing. */
export type RocCurve = {
	fpr: number[];
	tpr: number[];
	thresholds: number[];
	/** Area under the curve; NaN when the labels hold one class only (scikit-learn raises there). */
	auc: number;
};

/**
 * ROC curve and AUC of `scores` against 0/1 `positives`; matches scikit-learn `roc_curve` (with
 * `drop_intermediate=True`) and `roc_auc_score`, ties handled like scikit-learn. With no negatives `fpr`
 * is all NaN, with no positives `tpr` is all NaN (as scikit-learn's `roc_curve`), and `auc` is NaN.
 * @throws FaroError eval-input-invalid (length mismatch, no rows, non-finite score, label not 0/1)
 * @example
 * computeRoc([0.1, 0.4, 0.35, 0.8], new Int32Array([0, 0, 1, 1])).auc; // 0.75
 */
export function computeRoc(scores: ArrayLike<number>, positives: ArrayLike<number>): RocCurve {
	assertScores('computeRoc', scores, positives);
	return rocFromCounts(countClfCurve(scores, positives));
}

/** The ROC curve of already counted points (see `countClfCurve`). */
export function rocFromCounts(counts: ClfCurve): RocCurve {
	const { fps, tps, thresholds } = counts;
	const last = fps.length - 1;
	const kept: number[] = [];
	for (let i = 0; i <= last; i++) {
		// scikit-learn keeps the ends and every corner (a non-zero second difference in fps or tps).
		const isCorner =
			last < 2 ||
			i === 0 ||
			i === last ||
			fps[i + 1] - 2 * fps[i] + fps[i - 1] !== 0 ||
			tps[i + 1] - 2 * tps[i] + tps[i - 1] !== 0;
		if (isCorner) kept.push(i);
	}
	const negatives = fps[last];
	const positives = tps[last];
	const fpr = [0, ...kept.map((i) => fps[i])].map((v) => (negatives > 0 ? v / negatives : NaN));
	const tpr = [0, ...kept.map((i) => tps[i])].map((v) => (positives > 0 ? v / positives : NaN));
	return {
		fpr,
		tpr,
		thresholds: [thresholds[0] + 1, ...kept.map((i) => thresholds[i])],
		auc: negatives > 0 && positives > 0 ? trapezoid(fpr, tpr) : NaN
	};
}

/** Trapezoidal area under y(x), as numpy `trapz(y, x)` (x non-decreasing here). */
export function trapezoid(x: ArrayLike<number>, y: ArrayLike<number>): number {
	let area = 0;
	for (let i = 1; i < x.length; i++) area += ((x[i] - x[i - 1]) * (y[i] + y[i - 1])) / 2;
	return area;
}
