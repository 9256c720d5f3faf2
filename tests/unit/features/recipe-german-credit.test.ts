import { describe, expect, it } from 'vitest';
import { takeRows, type Column, type Table } from '$lib/data/table';
import {
	applyRecipe,
	defaultRecipeSpec,
	fitRecipe,
	type FittedRecipe,
	type RecipeSpec
} from '$lib/features';
import reference from '../../fixtures/reference/features-german-credit.json';
import { expectClose } from '../helpers/expect-close';
import { GERMAN_CREDIT_CSV, readSimpleCsv } from './tables';

/** German credit with "Age" blanked on the fixture's rows, as the reference script does. */
function germanCredit(): Table {
	const data = readSimpleCsv(GERMAN_CREDIT_CSV);
	const age = data.columns.find((c) => c.name === 'Age') as Column & { storage: 'number' };
	for (const row of reference.ageMissingRows) age.values[row] = NaN;
	return data;
}

function germanCreditSpec(data: Table): RecipeSpec {
	const kinds: Record<string, 'numeric' | 'categorical' | 'boolean'> = {
		Age: 'numeric',
		Sex: 'boolean',
		'Credit amount': 'numeric',
		Duration: 'numeric'
	};
	const spec = defaultRecipeSpec(
		data.columns.map((c) => ({
			name: c.name,
			kind: c.name === 'row' ? 'id' : (kinds[c.name] ?? 'categorical'),
			role: c.name === 'row' ? 'id' : c.name === 'Risk' ? 'target' : 'feature'
		}))
	);
	spec.overrides = {
		'Saving accounts': { categorical: { impute: 'most-frequent' } },
		'Credit amount': { numeric: { log1p: true } },
		Duration: { numeric: { scale: 'minmax' } },
		Purpose: { categorical: { maxLevels: 5 } }
	};
	spec.derived = [
		{ name: 'Monthly payment', op: 'ratio', left: 'Credit amount', right: 'Duration' }
	];
	return spec;
}

function rows(x: { dense: Float32Array; denseWidth: number }, count: number): number[][] {
	return Array.from({ length: count }, (_, i) =>
		Array.from(x.dense.subarray(i * x.denseWidth, (i + 1) * x.denseWidth))
	);
}

describe('fitRecipe / applyRecipe on German credit (scikit-learn 1.2.1 reference)', () => {
	const data = germanCredit();
	const train = takeRows(data, Int32Array.from(reference.trainRows));
	const test = takeRows(data, Int32Array.from(reference.testRows));
	const fitted: FittedRecipe = fitRecipe(germanCreditSpec(data), train);

	it('names the features in the documented order', () => {
		expect(fitted.names).toEqual(reference.names);
		expect(fitted.denseWidth).toBe(reference.names.length);
	});

	it('learns the medians and scaling constants of SimpleImputer / StandardScaler / MinMaxScaler', () => {
		for (const step of fitted.dense) {
			if (step.type !== 'numeric') continue;
			const expected = reference.constants[step.name as keyof typeof reference.constants] as {
				impute: number;
				center: number;
				scale: number;
			};
			expectClose(
				{ impute: step.impute.value, center: step.scale.center, scale: step.scale.scale },
				expected,
				{ digits: 9, path: step.name }
			);
		}
	});

	it('keeps the levels OneHotEncoder keeps, with "(other)" for the cut ones', () => {
		for (const step of fitted.dense) {
			if (step.type !== 'categorical') continue;
			const expected = reference.constants[step.column as keyof typeof reference.constants];
			expect(
				{ fill: step.fill, levels: step.levels, hasOther: step.hasOther },
				step.column
			).toEqual(expected);
		}
	});

	it('transforms the training rows like the scikit-learn pipeline', () => {
		const x = applyRecipe(fitted, train);
		expect(x.rowCount).toBe(700);
		expect(x.sparse).toBeNull();
		expectClose(rows(x, reference.trainHead.length), reference.trainHead, { digits: 6 });
	});

	it('transforms the test rows with the training constants', () => {
		const x = applyRecipe(fitted, test);
		expectClose(rows(x, x.rowCount), reference.test, { digits: 6 });
	});
});
