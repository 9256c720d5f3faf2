/**
 * The counting step behind ROC and precision–recall curves, as scikit-learn's `_binary_clf_curve`: rows
 * sorted once by decreasing score (O(n log n)), then, at each distinct score t, the number of positives
 * (tps) and negatives (fps) scored ≥ t. Tied scores form one point, so ties are handled like scikit-learn.
 */

/** Cumulative counts at each distinct score, highest score first. */
export type ClfCurve = {
	/** Negatives scored ≥ thresholds[i]; fps[last] is the number of negatives. */
	fps: Float64Array;
	/** Positives scored ≥ thresholds[i]; tps[last] is the number of positives. */
	tps: Float64Array;
	/** The distinct scores, decreasing. */
	thresholds: Float64Array;
};

/** Counts true and false positives at every distinct score (scores assumed finite, positives 0/1). */
export function countClfCurve(scores: ArrayLike<number>, positives: ArrayLike<number>): ClfCurve {
	const n = scores.length;
	const values = Float64Array.from(scores);
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	order.sort((a, b) => values[b] - values[a]);

	const fps: number[] = [];
	const tps: number[] = [];
	const thresholds: number[] = [];
	let tp = 0;
	for (let r = 0; r < n; r++) {
		const i = order[r];
		tp += positives[i] === 1 ? 1 : 0;
		const isLastOfTie = r === n - 1 || values[order[r + 1]] !== values[i];
		if (isLastOfTie) {
			tps.push(tp);
			fps.push(r + 1 - tp);
			thresholds.push(values[i]);
		}
	}
	return {
		fps: Float64Array.from(fps),
		tps: Float64Array.from(tps),
		thresholds: Float64Array.from(thresholds)
	};
}
