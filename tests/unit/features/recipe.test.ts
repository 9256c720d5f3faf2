import { describe, expect, it } from 'vitest';
import {
	applyRecipe,
	defaultRecipeSpec,
	defaultTfidfOptions,
	denseBatch,
	fitTfidf,
	fitRecipe,
	inputColumns,
	type RecipeColumn,
	type RecipeSpec
} from '$lib/features';
import type { ColumnKind } from '$lib/data/table';
import { FaroError } from '$lib/shared/errors';
import { expectClose } from '../helpers/expect-close';
import { cat, date, num, table, text } from './tables';

const feature = (name: string, kind: ColumnKind): RecipeColumn => ({ name, kind, role: 'feature' });

/** The dense part as rows of plain numbers. */
const denseRows = (x: { rowCount: number; dense: Float32Array; denseWidth: number }) =>
	Array.from({ length: x.rowCount }, (_, i) =>
		Array.from(x.dense.subarray(i * x.denseWidth, (i + 1) * x.denseWidth))
	);

function caught(fn: () => unknown): FaroError {
	try {
		fn();
	} catch (err) {
		if (err instanceof FaroError) return err;
		throw err;
	}
	throw new Error('expected a FaroError');
}

describe('numeric step', () => {
	it('fills the median, adds a missing indicator and scales with the population std', () => {
		const fitted = fitRecipe(
			defaultRecipeSpec([feature('x', 'numeric')]),
			table(num('x', [1, 2, null, 4]))
		);
		const step = fitted.dense[0];
		expect(step.type === 'numeric' && [step.impute.value, step.indicator]).toEqual([2, true]);
		// imputed [1, 2, 2, 4]: mean 2.25, population variance 4.75 / 4
		const std = Math.sqrt(4.75 / 4);
		expect(fitted.names).toEqual(['x', 'x (missing)']);
		expectClose(
			denseRows(applyRecipe(fitted, table(num('x', [1, null, 4])))),
			[
				[(1 - 2.25) / std, 0],
				[(2 - 2.25) / std, 1],
				[(4 - 2.25) / std, 0]
			],
			{ digits: 6 }
		);
	});

	it('adds no indicator when training has no missing value, and a missing value at apply time is still filled', () => {
		const spec = defaultRecipeSpec([feature('x', 'numeric')]);
		spec.numeric.scale = 'none';
		const fitted = fitRecipe(spec, table(num('x', [1, 3, 10])));
		expect(fitted.names).toEqual(['x']);
		expect(denseRows(applyRecipe(fitted, table(num('x', [null, 7]))))).toEqual([[3], [7]]);
	});

	it('supports mean and constant fills, min-max scaling and log1p', () => {
		const spec = defaultRecipeSpec([
			feature('a', 'numeric'),
			feature('b', 'numeric'),
			feature('c', 'numeric')
		]);
		spec.overrides = {
			a: { numeric: { impute: 'mean', scale: 'none', missingIndicator: 'never' } },
			b: {
				numeric: { impute: 'constant', constant: -1, scale: 'minmax', missingIndicator: 'never' }
			},
			c: { numeric: { log1p: true, scale: 'none' } }
		};
		const data = table(
			num('a', [1, 2, null, 6]),
			num('b', [0, 4, null, 2]),
			num('c', [0, Math.E - 1, 1, 3])
		);
		const x = applyRecipe(fitRecipe(spec, data), data);
		expectClose(
			denseRows(x),
			[
				[1, 1 / 5, 0],
				[2, 5 / 5, 1],
				[3, 0, Math.log(2)],
				[6, 3 / 5, Math.log(4)]
			],
			{ digits: 6 }
		);
	});

	it('gives a constant column scale 1, so it becomes all zeros', () => {
		const fitted = fitRecipe(
			defaultRecipeSpec([feature('x', 'numeric')]),
			table(num('x', [0.1, 0.1, 0.1]))
		);
		expect(Array.from(applyRecipe(fitted, table(num('x', [0.1, 0.1]))).dense)).toEqual([0, 0]);
	});

	it('reads a numeric-looking category column as numbers', () => {
		const spec = defaultRecipeSpec([feature('x', 'numeric')]);
		spec.numeric.scale = 'none';
		const fitted = fitRecipe(spec, table(cat('x', ['1', '5', null])));
		expect(denseRows(applyRecipe(fitted, table(cat('x', ['2', null]))))).toEqual([
			[2, 0],
			[3, 1]
		]);
	});
});

describe('categorical step', () => {
	it('makes missing its own level "no info" and one-hot encodes levels alphabetically', () => {
		const fitted = fitRecipe(
			defaultRecipeSpec([feature('c', 'categorical')]),
			table(cat('c', ['b', 'a', null, 'b']))
		);
		expect(fitted.names).toEqual(['c=a', 'c=b', 'c=no info']);
		expect(denseRows(applyRecipe(fitted, table(cat('c', [null, 'b', 'a']))))).toEqual([
			[0, 0, 1],
			[0, 1, 0],
			[1, 0, 0]
		]);
	});

	it('sends an unseen level to all zeros when no level was cut', () => {
		const fitted = fitRecipe(
			defaultRecipeSpec([feature('c', 'categorical')]),
			table(cat('c', ['a', 'b']))
		);
		expect(denseRows(applyRecipe(fitted, table(cat('c', ['zzz', null]))))).toEqual([
			[0, 0],
			[0, 0]
		]);
	});

	it('keeps the top-K levels, breaks ties alphabetically, and sends cut and unseen levels to "(other)"', () => {
		const spec = defaultRecipeSpec([feature('c', 'categorical')]);
		spec.categorical.maxLevels = 2;
		// counts: d 3, c 2, b 2, a 2 → d, then the tie among a/b/c goes to "a"
		const fitted = fitRecipe(spec, table(cat('c', ['d', 'c', 'b', 'a', 'd', 'c', 'b', 'a', 'd'])));
		expect(fitted.names).toEqual(['c=a', 'c=d', 'c=(other)']);
		expect(denseRows(applyRecipe(fitted, table(cat('c', ['a', 'b', 'new', 'd']))))).toEqual([
			[1, 0, 0],
			[0, 0, 1],
			[0, 0, 1],
			[0, 1, 0]
		]);
	});

	it('fills the most frequent level (ties → alphabetically first) when asked', () => {
		const spec = defaultRecipeSpec([feature('c', 'categorical')]);
		spec.categorical.impute = 'most-frequent';
		const fitted = fitRecipe(spec, table(cat('c', ['y', 'x', null, 'y', 'x'])));
		expect(fitted.names).toEqual(['c=x', 'c=y']);
		expect(denseRows(applyRecipe(fitted, table(cat('c', [null]))))).toEqual([[1, 0]]);
	});

	it('encodes ordinally by alphabetical index, −1 for unseen levels', () => {
		const spec = defaultRecipeSpec([feature('c', 'categorical')]);
		spec.categorical.encoding = 'ordinal';
		const fitted = fitRecipe(spec, table(cat('c', ['low', 'high', 'mid'])));
		expect(fitted.names).toEqual(['c']);
		expect(
			Array.from(applyRecipe(fitted, table(cat('c', ['mid', 'high', 'low', 'new']))).dense)
		).toEqual([2, 0, 1, -1]);
	});

	it('treats a numeric column chosen as categorical by its values as text ("Job" 0–3)', () => {
		const fitted = fitRecipe(
			defaultRecipeSpec([feature('Job', 'categorical')]),
			table(num('Job', [2, 0, 2, 10]))
		);
		expect(fitted.names).toEqual(['Job=0', 'Job=10', 'Job=2']);
	});
});

describe('boolean step', () => {
	it('codes the "true" word as 1 whatever its order, and fills missing with the most frequent + indicator', () => {
		const fitted = fitRecipe(
			defaultRecipeSpec([feature('b', 'boolean')]),
			table(cat('b', ['no', 'yes', 'no', null]))
		);
		expect(fitted.names).toEqual(['b=yes', 'b (missing)']);
		expect(denseRows(applyRecipe(fitted, table(cat('b', ['yes', 'no', null, 'maybe']))))).toEqual([
			[1, 0],
			[0, 0],
			[0, 1],
			[0, 1]
		]);
	});

	it('codes the alphabetically later level as 1 for other pairs', () => {
		const fitted = fitRecipe(
			defaultRecipeSpec([feature('Sex', 'boolean')]),
			table(cat('Sex', ['male', 'female']))
		);
		expect(fitted.names).toEqual(['Sex=male']);
	});

	it('rejects a "boolean" with three values', () => {
		const err = caught(() =>
			fitRecipe(defaultRecipeSpec([feature('b', 'boolean')]), table(cat('b', ['a', 'b', 'c'])))
		);
		expect(err.code).toBe('settings-invalid');
		expect(err.detail.hint).toMatch(/categorical/);
	});
});

describe('date step and date differences', () => {
	it('extracts year, month and weekday (Monday 0) and day differences', () => {
		const spec = defaultRecipeSpec([
			feature('start', 'date'),
			{ name: 'end', kind: 'date', role: 'ignore' }
		]);
		spec.numeric.scale = 'none';
		spec.dateDiffs = [{ name: 'days', from: 'start', to: 'end' }];
		const data = table(
			date('start', ['2024-03-01', '2023-12-31', '2024-03-04']),
			date('end', ['2024-03-11', '2024-01-01', null])
		);
		const fitted = fitRecipe(spec, data);
		expect(fitted.names).toEqual([
			'start (year)',
			'start (month)',
			'start (weekday)',
			'days',
			'days (missing)'
		]);
		expect(inputColumns(fitted)).toEqual([
			{ name: 'start', kind: 'date' },
			{ name: 'end', kind: 'date' }
		]);
		// 2024-03-01 is a Friday, 2023-12-31 a Sunday, 2024-03-04 a Monday; the missing difference gets the median 5.5
		expect(denseRows(applyRecipe(fitted, data))).toEqual([
			[2024, 3, 4, 10, 0],
			[2023, 12, 6, 1, 0],
			[2024, 3, 0, 5.5, 1]
		]);
	});
});

describe('derived features', () => {
	it('computes a ratio before imputation: a zero or missing denominator becomes missing, then the median', () => {
		const spec = defaultRecipeSpec([feature('amount', 'numeric'), feature('months', 'numeric')]);
		spec.overrides = { ratio: { numeric: { scale: 'none' } } };
		spec.derived = [{ name: 'ratio', op: 'ratio', left: 'amount', right: 'months' }];
		const data = table(num('amount', [10, 20, 30, 5]), num('months', [2, 0, null, 5]));
		const fitted = fitRecipe(spec, data);
		expect(fitted.names.slice(-2)).toEqual(['ratio', 'ratio (missing)']);
		const x = applyRecipe(fitted, data);
		const ratio = denseRows(x).map((r) => r.slice(-2));
		expect(ratio).toEqual([
			[5, 0],
			[3, 1],
			[3, 1],
			[1, 0]
		]);
	});

	it('computes differences and products', () => {
		const spec = defaultRecipeSpec([
			{ name: 'a', kind: 'numeric', role: 'ignore' },
			{ name: 'b', kind: 'numeric', role: 'ignore' }
		]);
		spec.numeric.scale = 'none';
		spec.derived = [
			{ name: 'a-b', op: 'difference', left: 'a', right: 'b' },
			{ name: 'a*b', op: 'product', left: 'a', right: 'b' }
		];
		const data = table(num('a', [3, -1]), num('b', [2, 4]));
		expect(denseRows(applyRecipe(fitRecipe(spec, data), data))).toEqual([
			[1, 6],
			[-5, -4]
		]);
	});

	it('rejects a derived feature whose name is taken or whose input is not numeric', () => {
		const spec = defaultRecipeSpec([feature('a', 'numeric'), feature('c', 'categorical')]);
		spec.derived = [{ name: 'a', op: 'ratio', left: 'a', right: 'a' }];
		expect(caught(() => fitRecipe(spec, table(num('a', [1]), cat('c', ['x'])))).code).toBe(
			'settings-invalid'
		);
		spec.derived = [{ name: 'r', op: 'ratio', left: 'a', right: 'c' }];
		expect(caught(() => fitRecipe(spec, table(num('a', [1]), cat('c', ['x'])))).message).toMatch(
			/"c" is categorical/
		);
	});
});

describe('roles, errors and the fitted JSON', () => {
	const spec: RecipeSpec = defaultRecipeSpec([
		{ name: 'id', kind: 'id', role: 'id' },
		feature('age', 'numeric'),
		feature('city', 'categorical'),
		feature('note', 'text'),
		{ name: 'y', kind: 'categorical', role: 'target' },
		{ name: 'junk', kind: 'numeric', role: 'ignore' }
	]);
	const train = table(
		num('id', [1, 2, 3, 4]),
		num('age', [30, null, 50, 41]),
		cat('city', ['Oslo', 'Lima', 'Oslo', null]),
		text('note', ['late payment', 'paid on time', null, 'late again']),
		cat('y', ['bad', 'good', 'good', 'bad']),
		num('junk', [9, 9, 9, 9])
	);

	it('uses only feature columns: id, target and ignored columns never become features', () => {
		const fitted = fitRecipe(spec, train);
		expect(inputColumns(fitted)).toEqual([
			{ name: 'age', kind: 'numeric' },
			{ name: 'city', kind: 'categorical' },
			{ name: 'note', kind: 'text' }
		]);
		expect(fitted.names.slice(0, fitted.denseWidth)).toEqual([
			'age',
			'age (missing)',
			'city=Lima',
			'city=Oslo',
			'city=no info'
		]);
		const x = applyRecipe(fitted, train);
		expect(x.sparse?.width).toBe(fitted.names.length - fitted.denseWidth);
		expect(x.sparse?.rowPtr.length).toBe(5);
	});

	it("puts each text column's TF-IDF in the sparse part, after the dense features, side by side", () => {
		const twoTexts = defaultRecipeSpec([feature('note', 'text'), feature('memo', 'text')]);
		const data = table(
			text('note', ['late payment', 'paid on time', null, 'late again']),
			text('memo', ['car', null, 'house loan', 'car loan'])
		);
		const fitted = fitRecipe(twoTexts, data);
		const noteTerms = fitTfidf(
			['late payment', 'paid on time', null, 'late again'],
			defaultTfidfOptions()
		).terms;
		expect(fitted.denseWidth).toBe(0);
		expect(fitted.names.slice(0, noteTerms.length)).toEqual(noteTerms.map((t) => `note: ${t}`));
		expect(fitted.names).toContain('note: late');
		expect(fitted.names.filter((n) => n.startsWith('memo: '))).toEqual([
			'memo: car',
			'memo: car loan',
			'memo: house',
			'memo: house loan',
			'memo: loan'
		]);
		const x = applyRecipe(fitted, data);
		const memoAlone = applyRecipe(
			fitRecipe(defaultRecipeSpec([feature('memo', 'text')]), data),
			data
		);
		const width = fitted.names.length;
		const memoStart = width - 5;
		const row3 = Array.from(denseBatch(x, [3])).slice(memoStart);
		expect(row3).toEqual(Array.from(denseBatch(memoAlone, [3])));
	});

	it('is plain JSON and applies identically after a JSON round trip', () => {
		const fitted = fitRecipe(spec, train);
		const copy = JSON.parse(JSON.stringify(fitted));
		expect(copy).toEqual(fitted); // no typed arrays, Maps, functions or non-finite numbers
		expect(applyRecipe(copy, train)).toEqual(applyRecipe(fitted, train));
	});

	it('applies to a table with its columns in another order and extra columns', () => {
		const fitted = fitRecipe(spec, train);
		const shuffled = table(...[...train.columns].reverse(), num('extra', [0, 0, 0, 0]));
		expect(applyRecipe(fitted, shuffled)).toEqual(applyRecipe(fitted, train));
	});

	it('names every input column the table lacks', () => {
		const fitted = fitRecipe(spec, train);
		const err = caught(() => applyRecipe(fitted, table(num('age', [1]))));
		expect(err.code).toBe('settings-invalid');
		expect(err.message).toBe('The data lacks the columns "city", "note".');
	});

	it('fails with column-all-missing when a median has nothing to learn from, but a constant fill works', () => {
		const allMissing = defaultRecipeSpec([feature('x', 'numeric'), feature('c', 'categorical')]);
		const data = table(num('x', [null, null]), cat('c', ['a', 'b']));
		const err = caught(() => fitRecipe(allMissing, data));
		expect([err.code, err.message, err.detail.where]).toEqual([
			'column-all-missing',
			'Column "x" has no values in the training rows.',
			'x'
		]);
		expect(err.detail.hint).toMatch(/ignore/);
		allMissing.overrides = { x: { numeric: { impute: 'constant', constant: 0 } } };
		expect(fitRecipe(allMissing, data).names).toEqual(['x', 'x (missing)', 'c=a', 'c=b']);
	});

	it('fails with no-features when no column is a feature', () => {
		const none = defaultRecipeSpec([
			{ name: 'y', kind: 'categorical', role: 'target' },
			{ name: 'id', kind: 'id', role: 'feature' }
		]);
		expect(caught(() => fitRecipe(none, table(cat('y', ['a']), num('id', [1])))).code).toBe(
			'no-features'
		);
	});

	it('transforms an empty table to an empty matrix', () => {
		const fitted = fitRecipe(spec, train);
		const x = applyRecipe(fitted, {
			rowCount: 0,
			columns: train.columns.map(
				(c) =>
					({
						...c,
						...(c.storage === 'category'
							? { codes: new Int32Array(0) }
							: { values: c.storage === 'text' ? [] : new Float64Array(0) })
					}) as never
			)
		});
		expect([x.rowCount, x.dense.length, x.sparse?.rowPtr.length]).toEqual([0, 0, 1]);
	});
});
