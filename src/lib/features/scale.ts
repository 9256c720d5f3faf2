/**
 * Scaling of numeric features, fitted on the (imputed) training values: standard (matches scikit-learn
 * `StandardScaler`: population std, a constant column gets scale 1), min-max (matches `MinMaxScaler` to
 * [0, 1], range 0 → 1) or none. Stored as (center, scale): x ↦ (x − center) / scale.
 */
import { mean } from './impute';
import type { NumericOptions } from './recipe-spec';

export type FittedScale = { method: NumericOptions['scale']; center: number; scale: number };

/** Learns the scaling constants of `values` (no NaN; may be empty, which gives the identity). */
export function fitScale(values: Float64Array, method: NumericOptions['scale']): FittedScale {
	if (method === 'none' || values.length === 0) return { method, center: 0, scale: 1 };
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (v < min) min = v;
		if (v > max) max = v;
	}
	// A constant column: the mean can differ from the value by rounding, so test the range, not the std.
	if (min === max) return { method, center: min, scale: 1 };
	if (method === 'minmax') return { method, center: min, scale: max - min };
	const center = mean(values);
	let squares = 0;
	for (const v of values) squares += (v - center) * (v - center);
	return { method, center, scale: Math.sqrt(squares / values.length) };
}

/** Scales `values` in place and returns them. */
export function applyScale(fitted: FittedScale, values: Float64Array): Float64Array {
	for (let i = 0; i < values.length; i++) values[i] = (values[i] - fitted.center) / fitted.scale;
	return values;
}

/** log(1 + x); values ≤ −1 (no logarithm) become missing. */
export const log1pOrMissing = (values: Float64Array): Float64Array =>
	values.map((v) => (v > -1 ? Math.log1p(v) : NaN));

/**
 * Whether log1p is worth suggesting: every present value ≥ 0 and the skewness (Fisher–Pearson, biased,
 * like `scipy.stats.skew`) is at least `threshold` (default 1.5), i.e. a long right tail such as amounts.
 */
export function suggestLog1p(values: Float64Array, threshold = 1.5): boolean {
	return skewness(values) >= threshold && values.every((v) => Number.isNaN(v) || v >= 0);
}

/** Biased sample skewness m3 / m2^1.5 of the present values (0 when fewer than 2 or constant). */
export function skewness(values: Float64Array): number {
	const present = values.filter((v) => !Number.isNaN(v));
	if (present.length < 2) return 0;
	const m = mean(present);
	let m2 = 0;
	let m3 = 0;
	for (const v of present) {
		const d = v - m;
		m2 += d * d;
		m3 += d * d * d;
	}
	m2 /= present.length;
	m3 /= present.length;
	return m2 === 0 ? 0 : m3 / m2 ** 1.5;
}
