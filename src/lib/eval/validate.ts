/**
 * Input checks at the edge of `src/lib/eval`: every public function validates its arrays here, so the
 * maths below can assume finite scores, 0/1 positives and class indices in range.
 */
import { text, type Text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';

const invalid = (message: Text, where: string, hint: Text) =>
	new FaroError('eval-input-invalid', message, { where, hint });

/** Checks a score vector and its 0/1 positives: same length, at least one row, finite scores. */
export function assertScores(
	where: string,
	scores: ArrayLike<number>,
	positives: ArrayLike<number>
): void {
	if (scores.length !== positives.length) {
		throw invalid(
			text('err_eval_length_mismatch', { scores: scores.length, labels: positives.length }),
			where,
			text('err_eval_length_mismatch_hint')
		);
	}
	if (scores.length === 0) {
		throw invalid(text('err_eval_no_rows'), where, text('err_eval_no_rows_hint'));
	}
	for (let i = 0; i < scores.length; i++) {
		if (!Number.isFinite(scores[i])) {
			throw invalid(
				text('err_eval_non_finite_score', { row: i, score: scores[i] }),
				where,
				text('err_eval_non_finite_score_hint')
			);
		}
		if (positives[i] !== 0 && positives[i] !== 1) {
			throw invalid(
				text('err_eval_label_not_binary', { row: i, label: positives[i] }),
				where,
				text('err_eval_label_not_binary_hint')
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
		throw invalid(
			text('err_eval_two_classes', { count: k }),
			where,
			text('err_eval_two_classes_hint')
		);
	}
	if (yTrue.length === 0) {
		throw invalid(text('err_eval_no_rows'), where, text('err_eval_no_rows_hint'));
	}
	if (proba.length !== yTrue.length * k) {
		throw invalid(
			text('err_eval_proba_shape', { values: proba.length, rows: yTrue.length, classes: k }),
			where,
			text('err_eval_proba_shape_hint')
		);
	}
	for (let i = 0; i < yTrue.length; i++) {
		const y = yTrue[i];
		if (!Number.isInteger(y) || y < 0 || y >= k) {
			throw invalid(
				text('err_eval_class_index', { row: i, index: y, max: k - 1 }),
				where,
				text('err_eval_class_index_hint')
			);
		}
	}
	for (let i = 0; i < proba.length; i++) {
		const p = proba[i];
		if (!(p >= 0 && p <= 1)) {
			throw invalid(
				text('err_eval_proba_range', { row: Math.floor(i / k), p, index: i % k }),
				where,
				text('err_eval_proba_range_hint')
			);
		}
	}
}
