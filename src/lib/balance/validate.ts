/** Checks at the edge of the balance functions: shapes agree, labels are class indices, no NaN. */
import { text, type Text } from '../i18n/text';
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

const invalid = (message: Text, where: string | Text, hint: Text) =>
	new FaroError('settings-invalid', message, { where, hint });

/** @throws FaroError settings-invalid when `x` is not `y.length × width` or holds NaN / ±Infinity. */
export function validateDense(data: Dense): void {
	const { x, width, y } = data;
	if (!(Number.isInteger(width) && width > 0) || x.length !== y.length * width) {
		throw invalid(
			text('err_balance_matrix_shape', { values: x.length, rows: y.length, width }),
			text('err_where_balance_input'),
			text('err_balance_matrix_shape_hint')
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
			text('err_balance_mixed_shape', { rows: y.length }),
			text('err_where_balance_input'),
			text('err_balance_mixed_shape_hint')
		);
	}
	validateFinite(numeric, p, 'numeric');
	for (let i = 0; i < categorical.length; i++) {
		if (!(categorical[i] >= 0)) {
			throw invalid(
				text('err_balance_missing_category', { row: Math.floor(i / q) }),
				text('err_where_categorical_column', { index: i % q }),
				text('err_balance_missing_category_hint')
			);
		}
	}
	validateClassCount(data.classCount);
}

function validateFinite(values: Float32Array | Float64Array, width: number, name: string): void {
	for (let i = 0; i < values.length; i++) {
		if (!Number.isFinite(values[i])) {
			throw invalid(
				text('err_balance_not_finite', { row: Math.floor(i / width), feature: i % width }),
				`${name}[${i}]`,
				text('err_balance_not_finite_hint')
			);
		}
	}
}

function validateClassCount(classCount: number): void {
	if (!(Number.isInteger(classCount) && classCount >= 1)) {
		throw invalid(
			text('err_balance_class_count', { count: classCount }),
			'classCount',
			text('err_balance_class_count_hint')
		);
	}
}
