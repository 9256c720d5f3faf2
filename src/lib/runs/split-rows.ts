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
import { createRng, type Rng } from '$lib/shared/rng';
import type { TrainSettings } from './types';

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
			`The target column "${settings.target}" is not in the data.`,
			{
				hint: 'Pick the target again on the Data screen.'
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
	const where = `test rows: "${column.name}" = "${value}"`;
	const isTest = cellEquals(column, value);
	const test: number[] = [];
	const rest: number[] = [];
	target.keptRows.forEach((row, k) => (isTest(row) ? test : rest).push(k));
	if (test.length === 0) {
		const present = commonValues(column, target.keptRows, LISTED_VALUES);
		throw new FaroError(
			'settings-invalid',
			`No row has "${column.name}" = "${value}", so there would be no test rows.`,
			{
				where,
				hint: present.length
					? `Values must match exactly (case matters). "${column.name}" has: ${present.map((v) => `"${v}"`).join(', ')}.`
					: `"${column.name}" is empty in every row with a target: choose another column.`
			}
		);
	}
	if (rest.length === 0) {
		throw new FaroError(
			'settings-invalid',
			`Every row has "${column.name}" = "${value}": no rows are left for training and validation.`,
			{ where, hint: 'Choose a value that marks only the rows to test on.' }
		);
	}
	checkClasses(target, Int32Array.from(test), Int32Array.from(rest), where);
	return splitRest(target, Int32Array.from(rest), Int32Array.from(test), settings.split, rng);
}

/** The column, after checking it exists, is not the target and is not learned from. */
function checkTestColumn(table: Table, settings: TrainSettings, testColumn: TestColumn): Column {
	const name = testColumn.name;
	const value = typeof testColumn.value === 'string' ? testColumn.value.trim() : '';
	const where = `test rows: "${name}" = "${value}"`;
	const column = findColumn(table, name);
	if (!column) {
		throw new FaroError('settings-invalid', `The test-rows column "${name}" is not in the data.`, {
			where,
			hint: 'Choose the column that marks the test rows again, or use a random test share.'
		});
	}
	if (name === settings.target) {
		throw new FaroError(
			'settings-invalid',
			`The test rows cannot be chosen by the target "${name}" itself.`,
			{
				where,
				hint: 'Choose another column that marks the test rows (for example "holdout").'
			}
		);
	}
	const isFeature = [...settings.columns, ...settings.recipe.columns].some(
		(c) => c.name === name && c.role === 'feature'
	);
	if (isFeature) {
		throw new FaroError(
			'settings-invalid',
			`The column "${name}" marks the test rows, so it cannot also be a feature: the model would learn which rows are tested.`,
			{ where, hint: `Set the role of "${name}" to "ignore".` }
		);
	}
	if (value === '') {
		throw new FaroError(
			'settings-invalid',
			`Choose the value of "${name}" that marks the test rows.`,
			{
				where,
				hint: 'For example "test" or "2024".'
			}
		);
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
	where: string
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
				`Outside the test rows, the class "${label}" has ${inRest[c]} row${inRest[c] === 1 ? '' : 's'}; training and validation need at least 2.`,
				{ where, hint: `Keep more "${label}" rows out of the test rows, or remove that class.` }
			);
		}
		if (inTest[c] === 0) {
			throw new FaroError(
				'settings-invalid',
				`The test rows have no "${label}" row, though the training rows do: the test metrics could not score that class.`,
				{
					where,
					hint: `Choose test rows that include every class of the target (add some "${label}" rows).`
				}
			);
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
		throw new FaroError(
			'settings-invalid',
			'The training share must be above 0 and the validation share at least 0.',
			{
				where: `split = ${JSON.stringify(shares)}`,
				hint: 'For example 0.7 / 0.15 (the test share is ignored).'
			}
		);
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
export function parseTestColumn(text: string): TestColumn {
	const at = text.indexOf('=');
	const name = at > 0 ? text.slice(0, at).trim() : '';
	const value = at > 0 ? text.slice(at + 1).trim() : '';
	if (!name || !value) {
		throw new FaroError('settings-invalid', `"${text}" does not say which rows to test on.`, {
			where: '--test-column',
			hint: 'Write the column and the value that marks the test rows, for example holdout=test.'
		});
	}
	return { name, value };
}
