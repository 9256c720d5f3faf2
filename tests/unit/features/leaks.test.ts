import { describe, expect, it } from 'vitest';
import { defaultRecipeSpec, encodeTarget, findLeaks, type RecipeColumn } from '$lib/features';
import { findColumn, type Column, type ColumnKind } from '$lib/data/table';
import { createRng } from '$lib/shared/rng';
import { cat, GERMAN_CREDIT_CSV, num, readSimpleCsv, table } from './tables';

const feature = (name: string, kind: ColumnKind): RecipeColumn => ({ name, kind, role: 'feature' });

describe('findLeaks', () => {
	const rng = createRng(3);
	const n = 200;
	const y = Int32Array.from({ length: n }, () => (rng.next() < 0.3 ? 1 : 0));
	const noise = Array.from({ length: n }, () => rng.next());

	it('flags a category that maps one-to-one to the classes', () => {
		const data = table(
			cat(
				'status',
				Array.from(y, (v) => (v ? 'closed' : 'open'))
			),
			num('noise', noise)
		);
		const leaks = findLeaks(
			data,
			defaultRecipeSpec([feature('status', 'categorical'), feature('noise', 'numeric')]),
			y
		);
		expect(leaks.map((l) => [l.column, l.score])).toEqual([['status', 1]]);
		expect(leaks[0].message).toMatch(/target in disguise/);
	});

	it('flags a numeric that one threshold separates (AUC 1), either direction', () => {
		const leaky = Array.from(y, (v, i) => (v ? -1 - noise[i] : noise[i]));
		const data = table(num('days_late', leaky));
		const leaks = findLeaks(data, defaultRecipeSpec([feature('days_late', 'numeric')]), y);
		expect(leaks.map((l) => [l.column, l.score])).toEqual([['days_late', 1]]);
	});

	it('does not flag noise, an id-like column, or a column that only matches a 99 % majority class', () => {
		const ids = Array.from({ length: n }, (_, i) => `id${i}`);
		const majority = Int32Array.from({ length: n }, (_, i) => (i === 0 ? 1 : 0));
		const constant = Array.from({ length: n }, () => 'same');
		const data = table(num('noise', noise), cat('code', ids), cat('constant', constant));
		const spec = defaultRecipeSpec([
			feature('noise', 'numeric'),
			feature('code', 'categorical'),
			feature('constant', 'categorical')
		]);
		expect(findLeaks(data, spec, y)).toEqual([]);
		expect(findLeaks(data, spec, majority)).toEqual([]);
	});

	it('checks derived features, skips non-features, and finds nothing in German credit until a copy of Risk is added', () => {
		const data = readSimpleCsv(GERMAN_CREDIT_CSV);
		const risk = findColumn(data, 'Risk') as Column;
		const target = encodeTarget(risk).y;
		const kinds: Record<string, ColumnKind> = {
			Age: 'numeric',
			'Credit amount': 'numeric',
			Duration: 'numeric',
			row: 'id'
		};
		const columns = data.columns.map((c): RecipeColumn => ({
			name: c.name,
			kind: kinds[c.name] ?? 'categorical',
			role: c.name === 'Risk' ? 'target' : c.name === 'row' ? 'id' : 'feature'
		}));
		const spec = defaultRecipeSpec(columns);
		spec.derived = [
			{ name: 'Monthly payment', op: 'ratio', left: 'Credit amount', right: 'Duration' }
		];
		expect(findLeaks(data, spec, target)).toEqual([]);
		const withCopy = { ...data, columns: [...data.columns, { ...risk, name: 'Outcome code' }] };
		spec.columns.push(feature('Outcome code', 'categorical'));
		expect(findLeaks(withCopy, spec, target).map((l) => l.column)).toEqual(['Outcome code']);
	});
});
