/** Scores of the probabilities themselves (not of the predicted labels): log loss and Brier score. */

/** Clipping bound of `logLoss`: the scikit-learn ≤ 1.1 default, kept so log(0) never occurs. */
export const LOG_LOSS_EPS = 1e-15;

/**
 * Mean cross-entropy of the true class, as scikit-learn `log_loss(yTrue, proba, eps=1e-15,
 * labels=range(k))`: probabilities are clipped to [eps, 1 − eps], each row is renormalised to sum 1,
 * then −log p(true class) is averaged. (1.2.1's default `eps='auto'` is the dtype's machine epsilon; the
 * explicit 1e-15 only differs for probabilities below 1e-15.)
 */
export function logLossOf(
	yTrue: ArrayLike<number>,
	proba: ArrayLike<number>,
	k: number,
	eps = LOG_LOSS_EPS
): number {
	const clip = (p: number) => Math.min(1 - eps, Math.max(eps, p));
	let total = 0;
	for (let i = 0; i < yTrue.length; i++) {
		let rowSum = 0;
		for (let c = 0; c < k; c++) rowSum += clip(proba[i * k + c]);
		total += -Math.log(clip(proba[i * k + yTrue[i]]) / rowSum);
	}
	return total / yTrue.length;
}

/** Mean squared error of the positive-class probability, as scikit-learn `brier_score_loss`. */
export function brierBinaryOf(scores: ArrayLike<number>, positives: ArrayLike<number>): number {
	let total = 0;
	for (let i = 0; i < scores.length; i++) total += (positives[i] - scores[i]) ** 2;
	return total / scores.length;
}

/**
 * Multiclass Brier score: the mean over rows of Σ_c (p_ic − y_ic)², y one-hot (Brier's original
 * definition; it ranges 0..2, and for two classes it is twice `brier_score_loss`). scikit-learn 1.2.1 has
 * no multiclass Brier score: the fixture computes this with numpy.
 */
export function brierMulticlassOf(
	yTrue: ArrayLike<number>,
	proba: ArrayLike<number>,
	k: number
): number {
	let total = 0;
	for (let i = 0; i < yTrue.length; i++) {
		let row = 0;
		for (let c = 0; c < k; c++) row += (proba[i * k + c] - (yTrue[i] === c ? 1 : 0)) ** 2;
		total += row;
	}
	return total / yTrue.length;
}
