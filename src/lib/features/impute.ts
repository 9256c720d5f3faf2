/**
 * Numeric imputation, fitted on training rows only: median (matches scikit-learn `SimpleImputer(strategy=
 * 'median')`, the mean of the two middle values for an even count), mean, or a constant.
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import type { NumericOptions } from './recipe-spec';

/** The learned fill value for one numeric feature. */
export type FittedImpute = { strategy: NumericOptions['impute']; value: number };

/**
 * Learns the fill value of `values` (NaN = missing).
 * @throws FaroError column-all-missing when median/mean has no value to learn from
 */
export function fitImpute(
	feature: string,
	values: Float64Array,
	strategy: NumericOptions['impute'],
	constant = 0
): FittedImpute {
	if (strategy === 'constant') {
		if (!Number.isFinite(constant)) {
			throw new FaroError(
				'settings-invalid',
				text('err_impute_constant_not_number', { name: feature }),
				{
					where: feature,
					hint: text('err_impute_constant_hint')
				}
			);
		}
		return { strategy, value: constant };
	}
	const present = presentValues(values);
	if (present.length === 0) {
		throw new FaroError('column-all-missing', text('err_column_no_values', { name: feature }), {
			where: feature,
			hint: text('err_column_no_values_impute_hint')
		});
	}
	const value = strategy === 'median' ? medianSorted(present.sort()) : mean(present);
	return { strategy, value };
}

/** `values` with every NaN replaced by the fitted value (a new array). */
export const applyImpute = (fitted: FittedImpute, values: Float64Array): Float64Array =>
	values.map((v) => (Number.isNaN(v) ? fitted.value : v));

/** The non-missing values, as a new array. */
export const presentValues = (values: Float64Array): Float64Array =>
	values.filter((v) => !Number.isNaN(v));

/** Whether any value is missing. */
export const hasMissing = (values: Float64Array): boolean => values.some((v) => Number.isNaN(v));

/** Median of ascending `sorted` (non-empty): the middle value, or the mean of the two middle ones. */
export function medianSorted(sorted: Float64Array): number {
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Arithmetic mean of a non-empty array. */
export function mean(values: Float64Array): number {
	let sum = 0;
	for (const v of values) sum += v;
	return sum / values.length;
}
