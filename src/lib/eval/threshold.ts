/**
 * Decision threshold for a binary classifier, chosen on held-out scores. Candidates are the distinct
 * scores; a row is predicted positive when its score is ≥ the threshold.
 */
import { FaroError } from '$lib/shared/errors';
import { countClfCurve } from './clf-curve';
import { assertScores } from './validate';

/** How to choose the threshold: best F1, best Youden's J (tpr − fpr), or a given value. */
export type ThresholdMethod = 'f1' | 'youden' | 'fixed';

/** Returned when the method is undefined on the data (no positives, or one class for Youden). */
export const FALLBACK_THRESHOLD = 0.5;

/**
 * Chooses the threshold that maximises F1 (`'f1'`) or Youden's J = tpr − fpr (`'youden'`) over the
 * distinct scores, ties → the highest threshold (fewest positive predictions); `'fixed'` returns `fixed`.
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
	fixed?: number
): number {
	if (method === 'fixed') {
		if (fixed === undefined || !Number.isFinite(fixed)) {
			throw new FaroError('eval-input-invalid', `A fixed threshold needs a number, got ${fixed}.`, {
				where: 'chooseThreshold',
				hint: 'Enter a threshold such as 0.5.'
			});
		}
		return fixed;
	}
	assertScores('chooseThreshold', scores, positives);
	const { fps, tps, thresholds } = countClfCurve(scores, positives);
	const last = tps.length - 1;
	const p = tps[last];
	const n = fps[last];
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
