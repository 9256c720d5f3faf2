/**
 * SMOTE-NC on the training TABLE rather than on the encoded features, so derived and one-hot columns stay
 * consistent: the Recipe's raw numeric inputs (derived features' operands included) and its categorical and
 * boolean inputs become the `Mixed` rows, SMOTE-NC makes synthetic raw rows, and the fitted Recipe encodes them
 * like any other rows — one-hot values stay exactly 0/1, derived features are recomputed from the synthetic
 * operands. Choices:
 * - Numbers are standardised (training mean and standard deviation) for the neighbour search only, so no unit
 *   dominates the distance; interpolation is affine, so the synthetic raw values are those of the unscaled
 *   interpolation. A missing number is filled with the Recipe's imputed value for the distance and the
 *   interpolation, and stays missing in a synthetic row whose base row misses it, so imputation and the
 *   "(missing)" indicator treat it as they treat the base row.
 * - A missing category is a level of its own in the neighbours' vote and stays missing when it wins.
 * - Every other column (text, dates, ids) is copied from the synthetic row's base row.
 */
import type { Text } from '$lib/i18n';
import { oversampleSmoteNc, type Mixed, type SmoteOptions } from '$lib/balance';
import {
	columnAsNumbers,
	columnAsStrings,
	findColumn,
	takeRows,
	type Column
} from '$lib/data/table';
import { applyRecipe, type FeatureMatrix, type FittedRecipe } from '$lib/features';
import { FaroError } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import type { Part } from './part';

/** Encoded synthetic rows (the Recipe applied to them) and their labels. */
export type OversampledTable = { x: FeatureMatrix; y: Int32Array; notes: Text[] };

/**
 * SMOTE-NC synthetic rows for `train`, encoded by `recipe`.
 * @throws FaroError settings-invalid when the Recipe lacks numeric or categorical inputs, class-too-small,
 *   cancelled
 */
export async function oversampleTable(
	train: Part,
	recipe: FittedRecipe,
	classCount: number,
	options: SmoteOptions
): Promise<OversampledTable> {
	const { table, y } = train;
	const column = (name: string) => findColumn(table, name) as Column; // applyRecipe checked it exists
	const numeric = recipe.inputs.filter((c) => c.kind === 'numeric').map((c) => c.name);
	const categorical = recipe.inputs
		.filter((c) => c.kind === 'categorical' || c.kind === 'boolean')
		.map((c) => c.name);
	if (numeric.length === 0 || categorical.length === 0) {
		throw new FaroError(
			'settings-invalid',
			text('err_balance_smote_nc_kinds', {
				numeric: numeric.length,
				categorical: categorical.length
			}),
			{
				where: text('err_balance_where_method'),
				hint:
					numeric.length === 0
						? text('err_balance_smote_nc_hint_categorical')
						: text('err_balance_smote_nc_hint_numeric')
			}
		);
	}
	const n = table.rowCount;
	const numbers = numeric.map((name) => readFilled(column(name), fillFor(recipe, name)));
	const categories = categorical.map((name) => codesOf(columnAsStrings(column(name))));
	const p = numbers.length;
	const q = categories.length;
	const mixed: Mixed = {
		numeric: new Float64Array(n * p),
		p,
		categorical: new Int32Array(n * q),
		q,
		y,
		classCount
	};
	numbers.forEach((c, j) => {
		for (let i = 0; i < n; i++) mixed.numeric[i * p + j] = (c.filled[i] - c.mean) / c.std;
	});
	categories.forEach((c, j) => {
		for (let i = 0; i < n; i++) mixed.categorical[i * q + j] = c.codes[i];
	});
	const made = await oversampleSmoteNc(mixed, options);
	const m = made.y.length;
	const synthetic = takeRows(table, made.base);
	const replaced = new Map<string, Column>();
	numbers.forEach((c, j) => {
		const values = new Float64Array(m);
		for (let s = 0; s < m; s++) {
			const missing = Number.isNaN(c.raw[made.base[s]]);
			values[s] = missing ? NaN : made.numeric[s * p + j] * c.std + c.mean;
		}
		replaced.set(numeric[j], { name: numeric[j], storage: 'number', values });
	});
	categories.forEach((c, j) => {
		const codes = Int32Array.from({ length: m }, (_, s) => {
			const code = made.categorical[s * q + j];
			return code === c.missingCode ? -1 : code;
		});
		replaced.set(categorical[j], {
			name: categorical[j],
			storage: 'category',
			codes,
			levels: c.levels
		});
	});
	const columns = synthetic.columns.map((col) => replaced.get(col.name) ?? col);
	const x = applyRecipe(recipe, { rowCount: m, columns });
	return { x, y: made.y, notes: made.notes };
}

/** A numeric input's raw values, missing ones filled, and its mean and standard deviation (1 when constant). */
function readFilled(column: Column, fill: number | null) {
	const raw = Float64Array.from(columnAsNumbers(column));
	let sum = 0;
	let count = 0;
	for (const v of raw) {
		if (Number.isNaN(v)) continue;
		sum += v;
		count++;
	}
	const value = fill ?? (count > 0 ? sum / count : 0);
	const filled = raw.map((v) => (Number.isNaN(v) ? value : v));
	const mean = filled.reduce((a, b) => a + b, 0) / Math.max(1, filled.length);
	const variance = filled.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, filled.length);
	return { raw, filled, mean, std: variance > 0 ? Math.sqrt(variance) : 1 };
}

/**
 * The Recipe's fill for a numeric column, in raw units (its impute value is in log1p units when the step
 * takes log1p); null when the column is only an operand of a derived feature (the training mean is used).
 */
function fillFor(recipe: FittedRecipe, name: string): number | null {
	for (const step of recipe.dense) {
		if (step.type === 'numeric' && step.source.from === 'column' && step.source.column === name) {
			return step.log1p ? Math.expm1(step.impute.value) : step.impute.value;
		}
	}
	return null;
}

/** Category codes in order of first appearance; a missing value gets the code after every level. */
function codesOf(values: (string | null)[]) {
	const index = new Map<string, number>();
	for (const v of values) if (v !== null && !index.has(v)) index.set(v, index.size);
	const missingCode = index.size;
	const codes = Int32Array.from(values, (v) => (v === null ? missingCode : (index.get(v) ?? 0)));
	return { codes, levels: [...index.keys()], missingCode };
}
