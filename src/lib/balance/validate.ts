/** Checks at the edge of the balance functions: shapes agree, labels are class indices, no NaN. */
import { FaroError } from '../shared/errors';

/** Dense numeric training rows: `x` is `n × width`, row-major; `y` holds class indices `0..classCount-1`. */
export type Dense = { x: Float32Array; width: number; y: Int32Array; classCount: number };

/**
 * Mixed rows for SMOTE-NC: `numeric` is `n × p` (no NaN), `categorical` is `n × q` category codes (≥ 0; impute
 * missing categories to their own level first), row-major.
 */
export type Mixed = {
	numeric: Float64Array;
	p: number;
	categorical: Int32Array;
	q: number;
	y: Int32Array;
	classCount: number;
};

const invalid = (message: string, where: string, hint: string) =>
	new FaroError('settings-invalid', message, { where, hint });

/** @throws FaroError settings-invalid when `x` is not `y.length × width` or holds NaN / ±Infinity. */
export function validateDense(data: Dense): void {
	const { x, width, y } = data;
	if (!(Number.isInteger(width) && width > 0) || x.length !== y.length * width) {
		throw invalid(
			`The feature matrix has ${x.length} values, not ${y.length} rows × ${width} columns.`,
			'balance input',
			'Pass the training rows after the feature recipe, one label per row.'
		);
	}
	validateFinite(x, width, 'x');
	validateClassCount(data.classCount);
}

/** @throws FaroError settings-invalid for shapes that disagree, NaN numbers or negative category codes. */
export function validateMixed(data: Mixed): void {
	const { numeric, p, categorical, q, y } = data;
	if (numeric.length !== y.length * p || categorical.length !== y.length * q || p < 1 || q < 1) {
		throw invalid(
			`SMOTE-NC needs ${y.length} rows × (p numeric + q categorical) values with p, q ≥ 1.`,
			'balance input',
			'Use plain SMOTE when every feature is numeric.'
		);
	}
	validateFinite(numeric, p, 'numeric');
	for (let i = 0; i < categorical.length; i++) {
		if (!(categorical[i] >= 0)) {
			throw invalid(
				`Row ${Math.floor(i / q)} has a missing category code.`,
				`categorical column ${i % q}`,
				'Impute missing categories (e.g. "no info") before SMOTE-NC.'
			);
		}
	}
	validateClassCount(data.classCount);
}

function validateFinite(values: Float32Array | Float64Array, width: number, name: string): void {
	for (let i = 0; i < values.length; i++) {
		if (!Number.isFinite(values[i])) {
			throw invalid(
				`Row ${Math.floor(i / width)} has a missing or infinite value in feature ${i % width}.`,
				`${name}[${i}]`,
				'Impute missing values in the feature recipe before balancing.'
			);
		}
	}
}

function validateClassCount(classCount: number): void {
	if (!(Number.isInteger(classCount) && classCount >= 1)) {
		throw invalid(
			`classCount ${classCount} is not a positive integer.`,
			'classCount',
			'Count the target levels.'
		);
	}
}
