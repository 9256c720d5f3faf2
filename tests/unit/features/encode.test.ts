/**
 * The categorical and boolean steps map each dictionary level once (not each row): their outputs must equal a
 * plain per-row reference, cell by cell, for category storage and for text storage alike.
 */
import { describe, expect, it } from 'vitest';
import { cellAsString, isMissing, type Column, type Table } from '$lib/data/table';
import { applyBooleanStep, type FittedBooleanStep } from '$lib/features/boolean';
import {
	applyCategoricalStep,
	fitCategoricalStep,
	type FittedCategoricalStep
} from '$lib/features/encode';
import { readDates } from '$lib/features/read-column';
import type { CategoricalOptions } from '$lib/features/recipe-spec';
import { cat, table, text } from './tables';

const lookupIn = (t: Table) => (name: string) => {
	const column = t.columns.find((c) => c.name === name);
	if (!column) throw new Error(`no column ${name}`);
	return column;
};

/** The cell as a string, null when missing, read row by row. */
const cellAt = (column: Column, row: number): string | null =>
	isMissing(column, row) ? null : cellAsString(column, row);

/** Per-row reference: the documented rules, one row at a time. */
function referenceCategorical(step: FittedCategoricalStep, column: Column, rows: number) {
	const width = step.encoding === 'ordinal' ? 1 : step.levels.length + (step.hasOther ? 1 : 0);
	const out = Array.from({ length: width }, () => new Float64Array(rows));
	for (let i = 0; i < rows; i++) {
		const level = step.levels.indexOf(cellAt(column, i) ?? step.fill);
		if (step.encoding === 'ordinal') out[0][i] = level;
		else if (level >= 0) out[level][i] = 1;
		else if (step.hasOther) out[step.levels.length][i] = 1;
	}
	return out;
}

function referenceBoolean(step: FittedBooleanStep, column: Column, rows: number) {
	const value = new Float64Array(rows);
	const missing = new Float64Array(rows);
	for (let i = 0; i < rows; i++) {
		const v = cellAt(column, i);
		if (v !== null && v === step.positive) value[i] = 1;
		else if (v === null || v !== step.negative) {
			value[i] = step.fill;
			missing[i] = 1;
		}
	}
	return step.indicator ? [value, missing] : [value];
}

// Training: b ×4, a ×3, c ×2, d ×1, one missing.
const TRAIN = ['b', 'a', 'b', null, 'c', 'a', 'b', 'd', 'c', 'a', 'b'];
// Scoring: kept, cut ("d"), unseen ("zz", "A"), missing, and the missing-level name itself.
const SCORE = ['zz', 'd', null, 'a', 'b', 'c', 'A', null, 'no info', 'b', 'zz', 'd'];

/** The same cells as category storage (with a dictionary level no row uses) and as text storage. */
function scoringColumns(values: (string | null)[]): Column[] {
	const dictionary = cat('c', values);
	if (dictionary.storage !== 'category') throw new Error('expected category storage');
	return [{ ...dictionary, levels: [...dictionary.levels, 'unused'] }, text('c', values)];
}

const cases: [string, Partial<CategoricalOptions>][] = [
	['one-hot, no cut', { encoding: 'onehot', maxLevels: 10 }],
	['one-hot with "(other)"', { encoding: 'onehot', maxLevels: 2 }],
	['one-hot, most-frequent fill, with "(other)"', { maxLevels: 2, impute: 'most-frequent' }],
	['ordinal', { encoding: 'ordinal' }],
	['ordinal, most-frequent fill', { encoding: 'ordinal', impute: 'most-frequent' }]
];

describe('applyCategoricalStep', () => {
	it.each(cases)('matches a per-row reference: %s', (_, overrides) => {
		const options: CategoricalOptions = {
			encoding: 'onehot',
			maxLevels: 10,
			impute: 'own-level',
			missingLevel: 'no info',
			...overrides
		};
		const step = fitCategoricalStep('c', options, lookupIn(table(cat('c', TRAIN))));
		for (const column of scoringColumns(SCORE)) {
			const got = applyCategoricalStep(step, lookupIn(table(column)));
			expect(got).toEqual(referenceCategorical(step, column, SCORE.length));
		}
	});

	it('sends missing cells to the fill level and cut or unseen levels to "(other)"', () => {
		const step = fitCategoricalStep(
			'c',
			{ encoding: 'onehot', maxLevels: 2, impute: 'own-level', missingLevel: 'no info' },
			lookupIn(table(cat('c', TRAIN)))
		);
		expect(step.levels).toEqual(['a', 'b']);
		const [a, b, other] = applyCategoricalStep(step, lookupIn(table(cat('c', ['a', null, 'zz']))));
		expect([...a, ...b, ...other]).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 1]);
	});
});

describe('applyBooleanStep', () => {
	const step: FittedBooleanStep = {
		type: 'boolean',
		column: 'c',
		positive: 'yes',
		negative: 'no',
		fill: 1,
		indicator: true
	};
	const values = ['yes', null, 'no', 'maybe', 'no', 'yes', null, 'YES'];

	it('matches a per-row reference for category and text storage, unseen and missing included', () => {
		for (const column of scoringColumns(values)) {
			const got = applyBooleanStep(step, lookupIn(table(column)));
			expect(got).toEqual(referenceBoolean(step, column, values.length));
		}
	});

	it('handles a step whose training saw only one level', () => {
		const onlyTrue = { ...step, negative: null, fill: 0, indicator: false };
		for (const column of scoringColumns(values)) {
			const got = applyBooleanStep(onlyTrue, lookupIn(table(column)));
			expect(got).toEqual(referenceBoolean(onlyTrue, column, values.length));
		}
	});
});

describe('readDates', () => {
	it('reads category storage like text storage (each level parsed once)', () => {
		const values = ['2024-03-01', null, ' 2023-12-31 ', 'not a date', '2024-03-01'];
		const [asCategory, asText] = scoringColumns(values);
		const expected = [Date.UTC(2024, 2, 1), NaN, Date.UTC(2023, 11, 31), NaN, Date.UTC(2024, 2, 1)];
		expect(Array.from(readDates(asCategory))).toEqual(expected);
		expect(Array.from(readDates(asText))).toEqual(expected);
	});
});
