/**
 * Rows to score must carry the columns the fitted Recipe reads, as the kinds it reads them: every missing
 * column is named at once (so one fix is enough), extra columns are ignored, and a numeric input whose
 * values are mostly not numbers is refused rather than scored as all-missing.
 */
import { text, type Text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import {
	columnAsNumbers,
	columnAsStrings,
	findColumn,
	type ColumnKind,
	type Table
} from '$lib/data/table';

/** A column the model reads, and the kind it reads it as. */
export type InputColumn = { name: string; kind: ColumnKind };

const quoteList = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

/** @returns FaroError predict-columns-missing listing every missing column */
export function missingColumnsError(missing: string[], where: string | Text): FaroError {
	const columns = quoteList(missing);
	return new FaroError(
		'predict-columns-missing',
		missing.length === 1
			? text('err_predict_missing_column', { columns })
			: text('err_predict_missing_columns', { count: missing.length, columns }),
		{
			where,
			hint: text('err_predict_missing_hint'),
			data: { missing }
		}
	);
}

/**
 * Where each input column is in `names` (Faro's column names for a header).
 * @throws FaroError predict-columns-missing listing every missing column
 */
export function locateInputs(
	names: readonly string[],
	inputs: InputColumn[],
	where: string | Text
): (InputColumn & { index: number })[] {
	const missing = inputs.filter((c) => !names.includes(c.name)).map((c) => c.name);
	if (missing.length > 0) throw missingColumnsError(missing, where);
	return inputs.map((c) => ({ ...c, index: names.indexOf(c.name) }));
}

/** @throws FaroError predict-columns-missing when `table` lacks input columns */
export function checkTableHasInputs(
	table: Table,
	inputs: InputColumn[],
	where: string | Text
): void {
	const missing = inputs.filter((c) => findColumn(table, c.name) === undefined).map((c) => c.name);
	if (missing.length > 0) throw missingColumnsError(missing, where);
}

/**
 * Numeric inputs must mostly hold numbers: a column where more than half of the present cells are not
 * numbers is another column under the same name (or shifted columns), and would be scored as all-missing.
 * @throws FaroError predict-columns-wrong-kind naming every such column with an example value
 */
export function checkInputKinds(table: Table, inputs: InputColumn[], where: string | Text): void {
	const wrong: { name: string; example: string }[] = [];
	for (const input of inputs) {
		const column = findColumn(table, input.name);
		if (!column || input.kind !== 'numeric' || column.storage === 'number') continue;
		const strings = columnAsStrings(column);
		const numbers = columnAsNumbers(column);
		let present = 0;
		let bad = 0;
		let example = '';
		for (let i = 0; i < strings.length; i++) {
			if (strings[i] === null) continue;
			present++;
			if (Number.isNaN(numbers[i])) {
				bad++;
				example ||= strings[i] ?? '';
			}
		}
		if (bad * 2 > present) wrong.push({ name: input.name, example: example.slice(0, 40) });
	}
	if (wrong.length === 0) return;
	const [first] = wrong;
	throw new FaroError(
		'predict-columns-wrong-kind',
		wrong.length === 1
			? text('err_predict_wrong_kind_one', first)
			: text('err_predict_wrong_kind', {
					columns: wrong.map((w) => `"${w.name}" (e.g. "${w.example}")`).join(', ')
				}),
		{ where, hint: text('err_predict_wrong_kind_hint') }
	);
}
