/**
 * Derived features: ratio, difference or product of two raw numeric columns, computed before imputation
 * so a missing input (or a zero denominator) gives a missing value that is then imputed like any numeric.
 * German credit: "Monthly payment" = Credit amount / Duration.
 */
import type { DerivedSpec } from './recipe-spec';

/** The derived values row by row; NaN when an input is missing, a ratio's denominator is 0, or the result is not finite. */
export function computeDerived(
	op: DerivedSpec['op'],
	left: Float64Array,
	right: Float64Array
): Float64Array {
	const out = new Float64Array(left.length);
	for (let i = 0; i < out.length; i++) {
		const a = left[i];
		const b = right[i];
		const v = op === 'ratio' ? (b === 0 ? NaN : a / b) : op === 'difference' ? a - b : a * b;
		out[i] = Number.isFinite(v) ? v : NaN;
	}
	return out;
}
