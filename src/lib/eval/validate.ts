/**
 * Input checks at the edge of `src/lib/eval`: every public function validates its arrays here, so the
 * maths below can assume finite scores, 0/1 positives and class indices in range.
 */
import { FaroError } from '$lib/shared/errors';

const invalid = (message: string, where: string, hint: string) =>
	new FaroError('eval-input-invalid', message, { where, hint });

/** Checks a score vector and its 0/1 positives: same length, at least one row, finite scores. */
export function assertScores(
	where: string,
	scores: ArrayLike<number>,
	positives: ArrayLike<number>
): void {
	if (scores.length !== positives.length) {
		throw invalid(
			`There are ${scores.length} scores but ${positives.length} labels.`,
			where,
			'Pass one score per labelled row.'
		);
	}
	if (scores.length === 0) {
		throw invalid('There are no rows to evaluate.', where, 'Keep some rows in the evaluated part.');
	}
	for (let i = 0; i < scores.length; i++) {
		if (!Number.isFinite(scores[i])) {
			throw invalid(
				`Row ${i} has a non-finite score (${scores[i]}).`,
				where,
				'The model produced NaN or infinite outputs; it probably diverged: lower the learning rate.'
			);
		}
		if (positives[i] !== 0 && positives[i] !== 1) {
			throw invalid(
				`Row ${i} has label ${positives[i]}, not 0 or 1.`,
				where,
				'Mark positives with 1.'
			);
		}
	}
}

/** Checks class indices and a row-major n × k probability matrix. */
export function assertProba(
	where: string,
	yTrue: ArrayLike<number>,
	proba: ArrayLike<number>,
	k: number
): void {
	if (!Number.isInteger(k) || k < 2) {
		throw invalid(`Evaluation needs at least two classes, got ${k}.`, where, 'Check the labels.');
	}
	if (yTrue.length === 0) {
		throw invalid('There are no rows to evaluate.', where, 'Keep some rows in the evaluated part.');
	}
	if (proba.length !== yTrue.length * k) {
		throw invalid(
			`The probabilities hold ${proba.length} values, not ${yTrue.length} rows × ${k} classes.`,
			where,
			'Pass one probability per class for every row, row after row.'
		);
	}
	for (let i = 0; i < yTrue.length; i++) {
		const y = yTrue[i];
		if (!Number.isInteger(y) || y < 0 || y >= k) {
			throw invalid(
				`Row ${i} has class index ${y}, outside 0..${k - 1}.`,
				where,
				'Encode the target first.'
			);
		}
	}
	for (let i = 0; i < proba.length; i++) {
		const p = proba[i];
		if (!(p >= 0 && p <= 1)) {
			throw invalid(
				`Row ${Math.floor(i / k)} has probability ${p} for class ${i % k}, outside [0, 1].`,
				where,
				'The model produced invalid outputs; it probably diverged: lower the learning rate.'
			);
		}
	}
}
