/**
 * Reliability (calibration) curve, matching scikit-learn 1.2.1 `calibration_curve(strategy='uniform')`:
 * equal-width bins over [0, 1], a score on an inner edge belongs to the lower bin, empty bins dropped.
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { assertScores } from './validate';

/** One entry per non-empty bin, in increasing bin order. */
export type CalibrationCurve = {
	meanPredicted: number[];
	fractionPositive: number[];
	counts: number[];
};

/**
 * Calibration curve of probabilities `scores` against 0/1 `positives` in `bins` equal-width bins;
 * matches scikit-learn `calibration_curve(y, p, n_bins=bins, strategy='uniform')` (`fractionPositive` is
 * its `prob_true`, `meanPredicted` its `prob_pred`) and adds the row count of each kept bin.
 * @throws FaroError eval-input-invalid (bad lengths, no rows, score outside [0, 1], bins < 1)
 */
export function computeCalibration(
	scores: ArrayLike<number>,
	positives: ArrayLike<number>,
	bins = 10
): CalibrationCurve {
	assertScores('computeCalibration', scores, positives);
	if (!Number.isInteger(bins) || bins < 1) {
		throw new FaroError('eval-input-invalid', text('err_eval_calibration_bins', { bins }), {
			where: 'computeCalibration',
			hint: text('err_eval_calibration_bins_hint')
		});
	}
	const sums = new Float64Array(bins);
	const trues = new Float64Array(bins);
	const counts = new Float64Array(bins);
	for (let i = 0; i < scores.length; i++) {
		const p = scores[i];
		if (p < 0 || p > 1) {
			throw new FaroError('eval-input-invalid', text('err_eval_calibration_range', { row: i, p }), {
				where: 'computeCalibration',
				hint: text('err_eval_calibration_range_hint')
			});
		}
		const bin = binOf(p, bins);
		sums[bin] += p;
		trues[bin] += positives[i];
		counts[bin] += 1;
	}
	const curve: CalibrationCurve = { meanPredicted: [], fractionPositive: [], counts: [] };
	for (let b = 0; b < bins; b++) {
		if (counts[b] === 0) continue;
		curve.meanPredicted.push(sums[b] / counts[b]);
		curve.fractionPositive.push(trues[b] / counts[b]);
		curve.counts.push(counts[b]);
	}
	return curve;
}

/**
 * numpy `searchsorted(edges[1:-1], p)` with `edges = linspace(0, 1, bins + 1)`: the number of inner edges
 * strictly below p. Edges are computed as numpy does (`j * (1 / bins)`, so 0.30000000000000004 for j = 3).
 */
function binOf(p: number, bins: number): number {
	const step = 1 / bins;
	let bin = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
	while (bin > 0 && bin * step >= p) bin--;
	while (bin < bins - 1 && (bin + 1) * step < p) bin++;
	return bin;
}
