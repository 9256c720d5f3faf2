/**
 * Predicted labels from probabilities and the confusion matrix, as scikit-learn `confusion_matrix`
 * (rows = true class, columns = predicted class).
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';

/**
 * Confusion matrix of class indices: `counts[t][p]` rows of true class t predicted as p; matches
 * scikit-learn `confusion_matrix(yTrue, yPred, labels=range(k))`.
 * @throws FaroError eval-input-invalid (length mismatch or an index outside 0..k-1)
 */
export function confusionMatrix(
	yTrue: ArrayLike<number>,
	yPred: ArrayLike<number>,
	k: number
): number[][] {
	if (yTrue.length !== yPred.length) {
		throw new FaroError(
			'eval-input-invalid',
			text('err_eval_confusion_length', { labels: yTrue.length, predictions: yPred.length }),
			{ where: 'confusionMatrix', hint: text('err_eval_confusion_length_hint') }
		);
	}
	const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	for (let i = 0; i < yTrue.length; i++) {
		const t = yTrue[i];
		const p = yPred[i];
		if (!(t >= 0 && t < k && p >= 0 && p < k)) {
			throw new FaroError(
				'eval-input-invalid',
				text('err_eval_confusion_index', { row: i, max: k - 1 }),
				{
					where: 'confusionMatrix',
					hint: text('err_eval_confusion_index_hint')
				}
			);
		}
		counts[t][p]++;
	}
	return counts;
}

/**
 * Each row divided by its total (the share of true class t predicted as p); rows with no rows stay 0,
 * as scikit-learn `confusion_matrix(..., normalize='true')`.
 */
export function normaliseConfusion(counts: number[][]): number[][] {
	return counts.map((row) => {
		const total = row.reduce((a, b) => a + b, 0);
		return row.map((v) => (total > 0 ? v / total : 0));
	});
}

/** Index of the largest probability in each row of a row-major n × k matrix; ties → the lowest index. */
export function argmaxPredictions(proba: ArrayLike<number>, k: number): Int32Array {
	const n = Math.floor(proba.length / k);
	const out = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		let best = 0;
		for (let c = 1; c < k; c++) if (proba[i * k + c] > proba[i * k + best]) best = c;
		out[i] = best;
	}
	return out;
}

/**
 * Binary predictions: the positive class when `proba[i, positiveIndex] ≥ threshold`, else the other one.
 */
export function thresholdPredictions(
	proba: ArrayLike<number>,
	positiveIndex: number,
	threshold: number
): Int32Array {
	const n = Math.floor(proba.length / 2);
	const out = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		out[i] = proba[i * 2 + positiveIndex] >= threshold ? positiveIndex : 1 - positiveIndex;
	}
	return out;
}
