/**
 * Decision threshold for a binary classifier, chosen on held-out scores. Candidates are the distinct
 * scores; a row is predicted positive when its score is ≥ the threshold.
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { countClfCurve } from './clf-curve';
import { assertScores } from './validate';

/**
 * How to choose the threshold: best F1, best Youden's J (tpr − fpr), the lowest expected cost of the errors
 * (`cost`, with the costs of a false positive and a false negative), or a given value.
 */
export type ThresholdMethod = 'f1' | 'youden' | 'fixed' | 'cost';

/** What one error costs (any unit: money, hours); the expected cost is FP · falsePositive + FN · falseNegative. */
export type ErrorCosts = { falsePositive: number; falseNegative: number };

/** Returned when the method is undefined on the data (no positives, or one class for Youden). */
export const FALLBACK_THRESHOLD = 0.5;

/**
 * Chooses the threshold that maximises F1 (`'f1'`) or Youden's J = tpr − fpr (`'youden'`), or minimises the
 * cost FP · c₊ + FN · c₋ (`'cost'`, with `costs`; costs within 1e-12 relative tie) over the distinct scores,
 * ties → the highest threshold (fewest positive predictions); `'fixed'` returns `fixed`. Like the other
 * methods, the cost method flags at least the top-scored rows: "flag nothing" (cost P · c₋) is not a candidate.
 * Both criteria are compared exactly (as integer cross-products), so mathematically equal candidates tie.
 * When the criterion is undefined (F1 without positives, Youden without positives or negatives) the
 * result is 0.5. There is no scikit-learn function for this: the fixtures compute it by brute force with
 * exact fractions.
 * @throws FaroError eval-input-invalid (bad scores, or `'fixed'` without a finite `fixed`)
 * @example
 * chooseThreshold([0.1, 0.4, 0.35, 0.8], new Uint8Array([0, 0, 1, 1]), 'f1'); // 0.35
 */
export function chooseThreshold(
	scores: ArrayLike<number>,
	positives: ArrayLike<number>,
	method: ThresholdMethod,
	fixed?: number,
	costs?: ErrorCosts
): number {
	if (method === 'fixed') {
		if (fixed === undefined || !Number.isFinite(fixed)) {
			throw new FaroError(
				'eval-input-invalid',
				text('err_eval_fixed_threshold', { value: String(fixed) }),
				{
					where: 'chooseThreshold',
					hint: text('err_eval_fixed_threshold_hint')
				}
			);
		}
		return fixed;
	}
	if (method === 'cost') checkCosts(costs);
	assertScores('chooseThreshold', scores, positives);
	const { fps, tps, thresholds } = countClfCurve(scores, positives);
	const last = tps.length - 1;
	const p = tps[last];
	const n = fps[last];
	if (method === 'cost' && costs) {
		const costAt = (i: number) => fps[i] * costs.falsePositive + (p - tps[i]) * costs.falseNegative;
		// decimal costs are not exact in binary (9 × 0.3 < 2.7): costs within 1e-12 of each other tie
		const cheaper = (a: number, b: number) => a < b - 1e-12 * Math.max(1, Math.abs(b));
		let cheapest = 0;
		for (let i = 1; i <= last; i++) if (cheaper(costAt(i), costAt(cheapest))) cheapest = i;
		return thresholds[cheapest];
	}
	if (p === 0 || (method === 'youden' && n === 0)) return FALLBACK_THRESHOLD;
	// F1 = 2tp / (tp + fp + P); Youden's J = (tp·N − fp·P) / (P·N). Integers, so comparisons are exact.
	const isBetter =
		method === 'f1'
			? (i: number, j: number) => tps[i] * (tps[j] + fps[j] + p) > tps[j] * (tps[i] + fps[i] + p)
			: (i: number, j: number) => tps[i] * n - fps[i] * p > tps[j] * n - fps[j] * p;
	let best = 0;
	for (let i = 1; i <= last; i++) if (isBetter(i, best)) best = i;
	return thresholds[best];
}

/** @throws FaroError eval-input-invalid unless both costs are finite, ≥ 0 and not both 0 */
export function checkCosts(costs: ErrorCosts | undefined): asserts costs is ErrorCosts {
	const ok = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
	if (
		!costs ||
		!ok(costs.falsePositive) ||
		!ok(costs.falseNegative) ||
		costs.falsePositive + costs.falseNegative === 0
	) {
		throw new FaroError(
			'eval-input-invalid',
			text('err_eval_costs', {
				fp: String(costs?.falsePositive),
				fn: String(costs?.falseNegative)
			}),
			{
				where: text('err_where_threshold_costs'),
				hint: text('err_eval_costs_hint')
			}
		);
	}
}

/** Precision, recall and (with costs) the cost per row at each of up to `maxPoints` thresholds, highest first. */
export type ThresholdSweep = {
	thresholds: number[];
	precision: number[];
	recall: number[];
	/** (FP · c₊ + FN · c₋) / rows; null without costs. */
	costPerRow: number[] | null;
};

/**
 * The threshold sweep of `scores`: every distinct score as a threshold (rows ≥ it predicted positive), thinned to
 * `maxPoints` evenly spaced ones (the first and last kept); precision 1 where nothing is predicted positive
 * (scikit-learn's `precision_recall_curve` convention), recall 0 without positives.
 */
export function thresholdSweep(
	scores: ArrayLike<number>,
	positives: ArrayLike<number>,
	costs: ErrorCosts | null,
	maxPoints = 200
): ThresholdSweep {
	assertScores('thresholdSweep', scores, positives);
	const { fps, tps, thresholds } = countClfCurve(scores, positives);
	const count = thresholds.length;
	const last = count - 1;
	const p = tps[last];
	const rows = scores.length;
	const picks =
		count <= maxPoints
			? Array.from({ length: count }, (_, i) => i)
			: Array.from({ length: maxPoints }, (_, j) => Math.round((j * last) / (maxPoints - 1)));
	return {
		thresholds: picks.map((i) => thresholds[i]),
		precision: picks.map((i) => (tps[i] + fps[i] > 0 ? tps[i] / (tps[i] + fps[i]) : 1)),
		recall: picks.map((i) => (p > 0 ? tps[i] / p : 0)),
		costPerRow: costs
			? picks.map((i) => (fps[i] * costs.falsePositive + (p - tps[i]) * costs.falseNegative) / rows)
			: null
	};
}
