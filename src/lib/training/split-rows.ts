/**
 * The first steps every run and every cross-validation share: find and encode the target (rows without a
 * target are dropped and counted), then the seeded stratified train / validation / test split. The same
 * settings always give the same test rows, so cross-validation never touches a run's test part.
 *
 * The test part is either a random stratified share, or the rows the user chose: those whose cell in
 * `split.testColumn.name` equals `split.testColumn.value` (an out-of-time holdout, the rows a colleague's
 * scikit-learn notebook held out). The other rows are then split into training and validation as usual.
 */
import {
	cellAsString,
	findColumn,
	MISSING_CODE,
	takeRows,
	type Column,
	type Table
} from '$lib/data/table';
import { encodeTarget, type EncodedTarget } from '$lib/features';
import { stratifiedSplit, type Split } from '$lib/models';
import { FaroError } from '$lib/shared/errors';
import { text, type Text } from '$lib/i18n';
import { createRng, type Rng } from '$lib/shared/rng';
import type { TrainSettings } from '$lib/runs/types';

export type SplitRows = {
	target: EncodedTarget;
	/** The rows that have a target, in file order (`target.y[i]` is row i's class). */
	rows: Table;
	classCount: number;
	split: Split;
	/** The run's generator, after the split: later random choices continue from it. */
	rng: Rng;
};

export type TestColumn = NonNullable<TrainSettings['split']['testColumn']>;

/** How many of the column's values an error about a missing value lists. */
const LISTED_VALUES = 5;

/**
 * Encodes the target and splits the rows that have one (positions in `rows`, ascending in each part).
 * @throws FaroError target-missing, target-single-class, target-too-many-classes, class-too-small,
 *   settings-invalid (a bad `split.testColumn`: see `splitByTestColumn`)
 * @example
 * const { split, rows } = splitRows(table, { ...settings, split: { ...settings.split, testColumn: { name: 'holdout', value: 'test' } } });
 */
export function splitRows(table: Table, settings: TrainSettings): SplitRows {
	const column = findColumn(table, settings.target);
	if (!column) {
		throw new FaroError(
			'target-missing',
			text('err_split_target_missing', { name: settings.target }),
			{
				hint: text('err_split_target_missing_hint')
			}
		);
	}
	const target = encodeTarget(column);
	const classCount = target.labels.length;
	const rng = createRng(settings.seed);
	const split = settings.split.testColumn
		? splitByTestColumn(table, settings, settings.split.testColumn, target, rng)
		: stratifiedSplit(target.y, classCount, settings.split, rng, target.labels);
	return { target, rows: takeRows(table, target.keptRows), classCount, split, rng };
}

/**
 * A predefined test part: the kept rows whose cell in `testColumn.name`, as text and trimmed, equals
 * `testColumn.value` trimmed (exact, case-sensitive). The other kept rows are split into training and
 * validation by the seeded stratified split with shares `train / (train + validation)` and
 * `validation / (train + validation)`; the `test` share is ignored.
 * @throws FaroError settings-invalid when the column is missing, is the target or a feature, no row or every
 *   row has the value, or the test part lacks a class; class-too-small when a class has fewer than 2 rows
 *   outside the test part
 */
export function splitByTestColumn(
	table: Table,
	settings: TrainSettings,
	testColumn: TestColumn,
	target: EncodedTarget,
	rng: Rng
): Split {
	const column = checkTestColumn(table, settings, testColumn);
	const value = testColumn.value.trim();
	const where = text('err_split_where_test_rows', { name: column.name, value });
	const isTest = cellEquals(column, value);
	const test: number[] = [];
	const rest: number[] = [];
	target.keptRows.forEach((row, k) => (isTest(row) ? test : rest).push(k));
	if (test.length === 0) {
		const present = commonValues(column, target.keptRows, LISTED_VALUES);
		throw new FaroError(
			'settings-invalid',
			text('err_split_no_test_rows', { name: column.name, value }),
			{
				where,
				hint: present.length
					? text('err_split_no_test_rows_hint_values', {
							name: column.name,
							values: present.map((v) => `"${v}"`).join(', ')
						})
					: text('err_split_no_test_rows_hint_empty', { name: column.name })
			}
		);
	}
	if (rest.length === 0) {
		throw new FaroError(
			'settings-invalid',
			text('err_split_all_test', { name: column.name, value }),
			{ where, hint: text('err_split_all_test_hint') }
		);
	}
	checkClasses(target, Int32Array.from(test), Int32Array.from(rest), where);
	return splitRest(target, Int32Array.from(rest), Int32Array.from(test), settings.split, rng);
}

/** The column, after checking it exists, is not the target and is not learned from. */
function checkTestColumn(table: Table, settings: TrainSettings, testColumn: TestColumn): Column {
	const name = testColumn.name;
	const value = typeof testColumn.value === 'string' ? testColumn.value.trim() : '';
	const where = text('err_split_where_test_rows', { name, value });
	const column = findColumn(table, name);
	if (!column) {
		throw new FaroError('settings-invalid', text('err_split_test_column_missing', { name }), {
			where,
			hint: text('err_split_test_column_missing_hint')
		});
	}
	if (name === settings.target) {
		throw new FaroError('settings-invalid', text('err_split_test_column_is_target', { name }), {
			where,
			hint: text('err_split_test_column_is_target_hint')
		});
	}
	const isFeature = [...settings.columns, ...settings.recipe.columns].some(
		(c) => c.name === name && c.role === 'feature'
	);
	if (isFeature) {
		throw new FaroError('settings-invalid', text('err_split_test_column_is_feature', { name }), {
			where,
			hint: text('err_split_test_column_is_feature_hint', { name })
		});
	}
	if (value === '') {
		throw new FaroError('settings-invalid', text('err_split_test_value_missing', { name }), {
			where,
			hint: text('err_split_test_value_missing_hint')
		});
	}
	return column;
}

/** Whether a row's cell, as text and trimmed, is `value` (categories compare each level once). */
function cellEquals(column: Column, value: string): (row: number) => boolean {
	if (column.storage === 'category') {
		const matches = column.levels.map((level) => level.trim() === value);
		return (row) => column.codes[row] !== MISSING_CODE && matches[column.codes[row]];
	}
	return (row) => cellAsString(column, row).trim() === value;
}

/** Up to `limit` distinct non-empty values of the column in `rows`, most frequent first. */
function commonValues(column: Column, rows: Int32Array, limit: number): string[] {
	const counts = new Map<string, number>();
	for (const row of rows) {
		const text = cellAsString(column, row).trim();
		if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
	}
	return [...counts.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit)
		.map(([text]) => text);
}

/** The test part must hold every class, and training + validation at least 2 rows of each. */
function checkClasses(
	target: EncodedTarget,
	test: Int32Array,
	rest: Int32Array,
	where: Text
): void {
	const count = (rows: Int32Array) => {
		const counts = new Array<number>(target.labels.length).fill(0);
		for (const k of rows) counts[target.y[k]]++;
		return counts;
	};
	const inTest = count(test);
	const inRest = count(rest);
	target.labels.forEach((label, c) => {
		if (inRest[c] < 2) {
			throw new FaroError(
				'class-too-small',
				text(
					inRest[c] === 1 ? 'err_split_class_too_small_one' : 'err_split_class_too_small_other',
					{ label, count: inRest[c] }
				),
				{ where, hint: text('err_split_class_too_small_hint', { label }) }
			);
		}
		if (inTest[c] === 0) {
			throw new FaroError('settings-invalid', text('err_split_class_not_in_test', { label }), {
				where,
				hint: text('err_split_class_not_in_test_hint', { label })
			});
		}
	});
}

/** Training and validation from the non-test rows, stratified, with the run's shares renormalised. */
function splitRest(
	target: EncodedTarget,
	rest: Int32Array,
	test: Int32Array,
	shares: TrainSettings['split'],
	rng: Rng
): Split {
	const { train, validation } = shares;
	const valid =
		Number.isFinite(train) && Number.isFinite(validation) && train > 0 && validation >= 0;
	if (!valid) {
		throw new FaroError('settings-invalid', text('err_split_bad_shares'), {
			where: `split = ${JSON.stringify(shares)}`,
			hint: text('err_split_bad_shares_hint')
		});
	}
	if (validation === 0) return { train: rest, validation: new Int32Array(0), test };
	const y = Int32Array.from(rest, (k) => target.y[k]);
	const fractions = {
		train: train / (train + validation),
		validation: validation / (train + validation),
		test: 0
	};
	const inner = stratifiedSplit(y, target.labels.length, fractions, rng, target.labels);
	const toRows = (positions: Int32Array) => Int32Array.from(positions, (p) => rest[p]);
	return { train: toRows(inner.train), validation: toRows(inner.validation), test };
}

/**
 * Reads the `NAME=VALUE` form of a test-rows choice (the CLI's `--test-column holdout=test`); the name ends
 * at the first "=", so the value may contain one.
 * @throws FaroError settings-invalid when there is no "=" or the name or value is empty
 * @example
 * parseTestColumn('holdout=test'); // { name: 'holdout', value: 'test' }
 */
export function parseTestColumn(choice: string): TestColumn {
	const at = choice.indexOf('=');
	const name = at > 0 ? choice.slice(0, at).trim() : '';
	const value = at > 0 ? choice.slice(at + 1).trim() : '';
	if (!name || !value) {
		throw new FaroError(
			'settings-invalid',
			text('err_split_bad_test_column_arg', { value: choice }),
			{
				where: '--test-column',
				hint: text('err_split_bad_test_column_arg_hint')
			}
		);
	}
	return { name, value };
}
