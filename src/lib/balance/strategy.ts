/**
 * How many rows each class gains (over-sampling) or keeps (under-sampling): imbalanced-learn 0.10
 * `check_sampling_strategy`, with its tie rule (the majority and the minority are the lowest class index among
 * equal counts, as `max(dict, key=…)` over `np.unique` labels picks them). Classes with no rows take no part.
 */
import { text } from '../i18n/text';
import { FaroError } from '../shared/errors';

/**
 * `auto`: every class up to the majority count (imblearn `'not majority'` for over-samplers) or every class
 * down to the minority count (`'not minority'` for under-samplers).
 * `ratio`: minority / majority after resampling, in (0, 1]. Binary targets follow imblearn's float strategy
 * exactly; with more classes every non-majority class goes up to `int(ratio × majority)` (over) and every
 * non-minority class down to `int(minority / ratio)` (under), imblearn's dict strategy, leaving classes that are
 * already past that target as they are.
 */
export type SamplingStrategy = { kind: 'auto' } | { kind: 'ratio'; ratio: number };

/** Rows per class label `0..classCount-1`; labels outside that range are a `settings-invalid` error. */
export function countClasses(y: Int32Array, classCount: number): number[] {
	const counts = new Array<number>(classCount).fill(0);
	for (let i = 0; i < y.length; i++) {
		const c = y[i];
		if (!(c >= 0 && c < classCount)) {
			throw new FaroError(
				'settings-invalid',
				text('err_balance_label_outside', { row: i, label: c, max: classCount - 1 }),
				{
					where: `y[${i}]`,
					hint: text('err_balance_label_outside_hint')
				}
			);
		}
		counts[c]++;
	}
	return counts;
}

/**
 * Per class: rows to add (`mode: 'over'`, 0 for classes left alone) or rows to keep (`mode: 'under'`, the
 * class's own count when left alone), exactly as imbalanced-learn 0.10 computes `sampling_strategy_`
 * (float ratio, over: `int(ratio × n_majority − n_class)`; under: `int(n_minority / ratio)`).
 * @throws FaroError settings-invalid for a ratio outside (0, 1], or a binary ratio that would remove rows
 *   while over-sampling (or add rows while under-sampling), as imblearn refuses it.
 */
export function targetCounts(
	counts: number[],
	strategy: SamplingStrategy,
	mode: 'over' | 'under'
): number[] {
	const present = counts.map((n, c) => (n > 0 ? c : -1)).filter((c) => c >= 0);
	const out = mode === 'over' ? counts.map(() => 0) : counts.slice();
	if (present.length === 0) return out;
	const majority = present.reduce((best, c) => (counts[c] > counts[best] ? c : best), present[0]);
	const minority = present.reduce((best, c) => (counts[c] < counts[best] ? c : best), present[0]);
	const nMajority = counts[majority];
	const nMinority = counts[minority];
	if (strategy.kind === 'auto') {
		for (const c of present) {
			if (mode === 'over' && c !== majority) out[c] = nMajority - counts[c];
			if (mode === 'under' && c !== minority) out[c] = nMinority;
		}
		return out;
	}
	const { ratio } = strategy;
	if (!(ratio > 0 && ratio <= 1)) {
		throw new FaroError('settings-invalid', text('err_balance_ratio_range', { ratio }), {
			where: text('err_where_balance_ratio'),
			hint: text('err_balance_ratio_range_hint')
		});
	}
	const binary = present.length === 2;
	for (const c of present) {
		if (mode === 'over' && c !== majority) {
			const n = Math.trunc(nMajority * ratio - counts[c]);
			if (binary && n <= 0) throw ratioError(ratio, 'over', counts[c], nMajority);
			out[c] = Math.max(0, n);
		}
		if (mode === 'under' && c !== minority) {
			const keep = Math.trunc(nMinority / ratio);
			if (binary && keep > counts[c]) throw ratioError(ratio, 'under', counts[c], nMinority);
			out[c] = Math.min(counts[c], keep);
		}
	}
	return out;
}

function ratioError(
	ratio: number,
	mode: 'over' | 'under',
	n: number,
	reference: number
): FaroError {
	const detail = { where: text('err_where_balance_ratio'), hint: text('err_balance_ratio_hint') };
	return mode === 'over'
		? new FaroError(
				'settings-invalid',
				text('err_balance_ratio_no_rows', { ratio, count: n, reference }),
				detail
			)
		: new FaroError(
				'settings-invalid',
				text('err_balance_ratio_too_few', { ratio, count: n }),
				detail
			);
}
