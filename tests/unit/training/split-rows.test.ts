import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { parseCsv, profileTable, type Table } from '$lib/data';
import type { Column } from '$lib/data/table';
import { stratifiedSplit } from '$lib/models';
import { createRng } from '$lib/shared/rng';
import { defaultSettings, withTarget } from '$lib/storage/dataset-record';
import { compareRuns, defaultTrainSettings, type RunRecord, type TrainSettings } from '$lib/runs';
import { parseTestColumn, splitRows, trainRun } from '$lib/training';
import { prepareFolds } from '$lib/search/cross-validate';
import { describeSplit } from '$lib/runs/describe-split';

const csvPath = fileURLToPath(new URL('../../fixtures/csv/german_credit.csv', import.meta.url));

/** German credit with a `holdout` column: "test" on the last 200 rows (an out-of-time holdout), else "train". */
const HOLDOUT_ROWS = Array.from({ length: 200 }, (_, i) => 800 + i);
let table: Table;
/** Settings with `holdout` ignored and chosen as the test rows. */
let settings: TrainSettings;
/** The same data, `holdout` left as the feature the profile suggests. */
let asFeature: TrainSettings;

beforeAll(async () => {
	await tf.setBackend('cpu');
	const lines = readFileSync(csvPath, 'utf8').trimEnd().split('\n');
	const csv = lines
		.map(
			(line, i) =>
				`${line},${i === 0 ? 'holdout' : HOLDOUT_ROWS.includes(i - 1) ? 'test' : 'train'}`
		)
		.join('\n');
	const parsed = await parseCsv(new Blob([csv]), { fileName: 'german_credit_holdout.csv' });
	table = parsed.table;
	const dataset = withTarget(defaultSettings(profileTable(table, parsed.meta), 'Risk'), 'Risk');
	asFeature = defaultTrainSettings(dataset, table.rowCount, 'logistic');
	const columns = dataset.columns.map((c) =>
		c.name === 'holdout' ? { ...c, role: 'ignore' as const } : c
	);
	settings = defaultTrainSettings({ ...dataset, columns }, table.rowCount, 'logistic');
	settings.split = { ...settings.split, testColumn: { name: 'holdout', value: 'test' } };
	settings.model = { ...settings.model, maxEpochs: 5 };
});

/** A small table: target `y`, a `fold` column as text and a `year` column as numbers. */
function smallTable(y: (string | null)[], fold: (string | null)[], year?: number[]): Table {
	const columns: Column[] = [
		{ name: 'y', storage: 'text', values: y },
		{ name: 'fold', storage: 'text', values: fold }
	];
	if (year) columns.push({ name: 'year', storage: 'number', values: Float64Array.from(year) });
	return { rowCount: y.length, columns };
}
const smallSettings = (name: string, value: string): TrainSettings =>
	({
		target: 'y',
		columns: [
			{ name: 'y', kind: 'categorical', role: 'target' },
			{ name: 'fold', kind: 'categorical', role: 'ignore' },
			{ name: 'year', kind: 'numeric', role: 'id' }
		],
		recipe: { columns: [] },
		seed: 7,
		split: { train: 0.7, validation: 0.15, test: 0.15, testColumn: { name, value } }
	}) as unknown as TrainSettings;
const sorted = (rows: Int32Array) => Array.from(rows).sort((a, b) => a - b);
const countsOf = (y: Int32Array, rows: Int32Array) => {
	const counts = [0, 0];
	for (const i of rows) counts[y[i]]++;
	return counts;
};
/** The FaroError a call throws (its code, message and detail). */
function errorOf(run: () => unknown): {
	code: string;
	message: string;
	detail: { where?: string; hint?: string };
} {
	try {
		run();
	} catch (err) {
		return err as { code: string; message: string; detail: { where?: string; hint?: string } };
	}
	throw new Error('expected a FaroError');
}

describe('splitRows with a test-rows column', () => {
	it('tests on exactly the rows whose cell, trimmed, equals the value (case-sensitive)', () => {
		const y = ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b'];
		const fold = [
			'train',
			' test ',
			'Test',
			'test',
			'train',
			'train',
			'test',
			'train',
			null,
			'train',
			'TEST',
			'train'
		];
		const { split } = splitRows(smallTable(y, fold), smallSettings('fold', 'test'));
		expect(Array.from(split.test)).toEqual([1, 3, 6]);
		expect(sorted(Int32Array.from([...split.train, ...split.validation]))).toEqual([
			0, 2, 4, 5, 7, 8, 9, 10, 11
		]);
	});

	it('matches numbers and dates by their text, and counts positions among the rows with a target', () => {
		const y = ['a', null, 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a'];
		const fold = new Array<string>(10).fill('x');
		const year = [2023, 2024, 2024, 2023, 2023, 2024, 2023, 2023, 2023, 2023];
		const { split, target } = splitRows(smallTable(y, fold, year), smallSettings('year', ' 2024'));
		// Row 1 has no target: kept rows are 0, 2, 3, …, so rows 2 and 5 are positions 1 and 4.
		expect(Array.from(split.test)).toEqual([1, 4]);
		expect(Array.from(split.test, (k) => target.keptRows[k])).toEqual([2, 5]);
	});

	it('splits the other rows into training and validation, stratified by the renormalised shares', () => {
		const { split, target } = splitRows(table, settings);
		expect(Array.from(split.test)).toEqual(HOLDOUT_ROWS);
		// Rows 0–799: 239 bad, 561 good; validation share 0.15 / 0.85 → round(42.2) = 42, round(99.0) = 99.
		expect(countsOf(target.y, split.validation)).toEqual([42, 99]);
		expect(countsOf(target.y, split.train)).toEqual([239 - 42, 561 - 99]);
		const all = [...split.train, ...split.validation, ...split.test];
		expect(sorted(Int32Array.from(all))).toEqual(Array.from({ length: 1000 }, (_, i) => i));
	});

	it('gives the same rows for the same settings; another seed moves only training and validation rows', () => {
		const a = splitRows(table, settings).split;
		expect(splitRows(table, settings).split).toEqual(a);
		const b = splitRows(table, { ...settings, seed: 43 }).split;
		expect(b.test).toEqual(a.test);
		expect(Array.from(b.validation)).not.toEqual(Array.from(a.validation));
	});

	it('behaves exactly as before when no test column is chosen (runs stored before it existed)', () => {
		const { testColumn: _testColumn, ...shares } = settings.split;
		const { split, target } = splitRows(table, { ...settings, split: shares });
		expect(split).toEqual(
			stratifiedSplit(target.y, 2, shares, createRng(settings.seed), target.labels)
		);
		expect(split.test).toHaveLength(150);
	});

	it('puts every other row in training when the validation share is 0', () => {
		const split = splitRows(table, {
			...settings,
			split: { ...settings.split, validation: 0 }
		}).split;
		expect(split.validation).toHaveLength(0);
		expect(Array.from(split.train)).toEqual(Array.from({ length: 800 }, (_, i) => i));
	});
});

describe('splitRows refuses a test-rows column that cannot work', () => {
	const y = ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b'];
	const fold = ['train', 'train', 'train', 'train', 'train', 'train', 'test', 'test'];

	it('names a column that is not in the data', () => {
		const error = errorOf(() => splitRows(smallTable(y, fold), smallSettings('holdout', 'test')));
		expect(error.code).toBe('settings-invalid');
		expect(error.message).toBe('The test-rows column "holdout" is not in the data.');
		expect(error.detail.where).toBe('test rows: "holdout" = "test"');
		expect(error.detail.hint).toMatch(/random test share/);
	});

	it('refuses the target and a feature column (the model would learn the holdout marker)', () => {
		const target = errorOf(() => splitRows(smallTable(y, fold), smallSettings('y', 'a')));
		expect(target.code).toBe('settings-invalid');
		expect(target.message).toMatch(/by the target "y" itself/);
		const feature = errorOf(() => splitRows(table, { ...asFeature, split: settings.split }));
		expect(feature.code).toBe('settings-invalid');
		expect(feature.message).toBe(
			'The column "holdout" marks the test rows, so it cannot also be a feature: the model would learn which rows are tested.'
		);
		expect(feature.detail.hint).toBe('Set the role of "holdout" to "ignore".');
		// A feature in the recipe alone is refused too.
		const recipe = { ...settings.recipe, columns: asFeature.recipe.columns };
		expect(errorOf(() => splitRows(table, { ...settings, recipe })).message).toMatch(
			/cannot also be a feature/
		);
	});

	it('lists up to 5 values the column has when no row has the value', () => {
		const many = ['p', 'q', 'r', 's', 't', 'u', 'p', 'p'];
		const error = errorOf(() => splitRows(smallTable(y, many), smallSettings('fold', 'test')));
		expect(error.code).toBe('settings-invalid');
		expect(error.message).toBe('No row has "fold" = "test", so there would be no test rows.');
		expect(error.detail.hint).toBe(
			'Values must match exactly (case matters). "fold" has: "p", "q", "r", "s", "t".'
		);
		const empty = errorOf(() => splitRows(smallTable(y, fold), smallSettings('fold', '  ')));
		expect(empty.message).toBe('Choose the value of "fold" that marks the test rows.');
	});

	it('refuses a value every row has', () => {
		const all = errorOf(() =>
			splitRows(smallTable(y, new Array(8).fill('test')), smallSettings('fold', 'test'))
		);
		expect(all.code).toBe('settings-invalid');
		expect(all.message).toBe(
			'Every row has "fold" = "test": no rows are left for training and validation.'
		);
	});

	it('names the class the test rows miss', () => {
		const onlyA = ['train', 'train', 'train', 'train', 'test', 'train', 'test', 'train'];
		const error = errorOf(() => splitRows(smallTable(y, onlyA), smallSettings('fold', 'test')));
		expect(error.code).toBe('settings-invalid');
		expect(error.message).toBe(
			'The test rows have no "b" row, though the training rows do: the test metrics could not score that class.'
		);
	});

	it('names a class with fewer than 2 rows outside the test rows', () => {
		const mostB = ['train', 'test', 'train', 'test', 'train', 'test', 'test', 'train'];
		const error = errorOf(() => splitRows(smallTable(y, mostB), smallSettings('fold', 'test')));
		expect(error.code).toBe('class-too-small');
		expect(error.message).toBe(
			'Outside the test rows, the class "b" has 1 row; training and validation need at least 2.'
		);
		expect(error.detail.where).toBe('test rows: "fold" = "test"');
	});
});

describe('runs with a test-rows column', () => {
	it('trainRun on German credit tests on exactly the holdout rows and never learns the holdout column', async () => {
		const result = await trainRun(table, settings);
		expect(result.testRows).toEqual(HOLDOUT_ROWS);
		expect(result.splitSizes).toEqual({
			train: 659,
			validation: 141,
			test: 200,
			droppedMissingTarget: 0
		});
		expect(result.metrics.rows).toBe(200);
		expect(result.recipe.names.some((n) => n.startsWith('holdout'))).toBe(false);
	});

	it('prepareFolds never puts a test row in any fold, and deals every other row to exactly one fold', () => {
		const prepared = prepareFolds(table, settings, 5);
		const seen = new Int32Array(1000);
		for (const plan of prepared.folds) {
			const inFold = [...plan.innerTrain, ...plan.innerValidation, ...plan.heldOut];
			expect(inFold.filter((i) => i >= 800)).toEqual([]);
			expect(new Set(inFold).size).toBe(800);
			for (const i of plan.heldOut) seen[i]++;
		}
		expect(Array.from(seen.subarray(0, 800)).every((n) => n === 1)).toBe(true);
	});

	it('reads NAME=VALUE for the command line, the value may hold "="', () => {
		expect(parseTestColumn('holdout=test')).toEqual({ name: 'holdout', value: 'test' });
		expect(parseTestColumn(' period = 2024=Q1 ')).toEqual({ name: 'period', value: '2024=Q1' });
		for (const bad of ['holdout', '=test', 'holdout=', ''])
			expect(() => parseTestColumn(bad)).toThrow(
				expect.objectContaining({ code: 'settings-invalid' })
			);
	});

	it('describes the split for the settings summary and the compare view', () => {
		expect(describeSplit({ train: 0.7, validation: 0.15, test: 0.15 })).toBe(
			'70 / 15 / 15 (train / validation / test)'
		);
		expect(describeSplit(settings.split, 200)).toBe(
			'test = rows where holdout = test (200 rows); the other rows 82 / 18 (train / validation)'
		);
		const run = (split: TrainSettings['split']) =>
			({
				settings: { seed: 42, split },
				dataset: { fingerprint: 'f' },
				result: null
			}) as unknown as RunRecord;
		const { testColumn: _testColumn, ...shares } = settings.split;
		expect(compareRuns([run(shares), run(settings.split)]).settings).toEqual([
			{ path: 'split.test', values: ['0.15', 'rows where holdout = test'] }
		]);
	});
});
