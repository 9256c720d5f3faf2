/**
 * The Recipe: fitted on the training rows only, then applied to any table with the same input columns
 * (validation, test, a CSV to score), so every part is transformed with the training part's constants.
 * The fitted recipe is plain JSON (no typed arrays, Maps or functions; finite numbers): it goes into the
 * model bundle and into IndexedDB, and `JSON.parse(JSON.stringify(fitted))` applies identically.
 *
 * Feature order: the feature columns in spec order (numeric → value [+ "(missing)"]; categorical → one-hot
 * columns or the ordinal index; boolean → 0/1 [+ "(missing)"]; date → year, month, weekday), then derived
 * features, then date differences; text columns form the sparse part, after all dense features.
 */
import { text as msg } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { findColumn, type Column, type ColumnKind, type Table } from '$lib/data/table';
import {
	applyBooleanStep,
	booleanStepNames,
	fitBooleanStep,
	type FittedBooleanStep
} from './boolean';
import {
	applyCategoricalStep,
	categoricalStepNames,
	fitCategoricalStep,
	type FittedCategoricalStep
} from './encode';
import { hstackSparse, type FeatureMatrix } from '$lib/shared/feature-matrix';
import {
	applyNumericStep,
	fitNumericStep,
	numericStepNames,
	type ColumnLookup,
	type FittedNumericStep
} from './numeric-step';
import {
	categoricalOptionsFor,
	dateOptionsFor,
	numericOptionsFor,
	textOptionsFor,
	type RecipeSpec
} from './recipe-spec';
import { applyTextStep, fitTextStep, textStepNames, type FittedTextStep } from './text-step';
import { validateSpec } from './validate-spec';

export type FittedDenseStep = FittedNumericStep | FittedCategoricalStep | FittedBooleanStep;

/** What `fitRecipe` learned: plain JSON. */
export type FittedRecipe = {
	format: 'faro-recipe';
	version: 1;
	/** The columns a table must have to be transformed, with the kind they are read as. */
	inputs: { name: string; kind: ColumnKind }[];
	dense: FittedDenseStep[];
	text: FittedTextStep[];
	denseWidth: number;
	/** Every output feature's name: dense, then sparse. */
	names: string[];
};

/** Kinds that never become features (an id carries no signal, a constant none either). */
const SKIPPED_KINDS: ColumnKind[] = ['id', 'constant'];

/**
 * Learns every step of `spec` from `table`, which must hold the training rows only.
 * @throws FaroError settings-invalid (bad spec or missing column), column-all-missing, no-features
 * @example
 * const fitted = fitRecipe(defaultRecipeSpec(columns), trainTable);
 * const x = applyRecipe(fitted, testTable); // x.names[j] names feature j
 */
export function fitRecipe(spec: RecipeSpec, table: Table): FittedRecipe {
	validateSpec(spec);
	const features = spec.columns.filter(
		(c) => c.role === 'feature' && !SKIPPED_KINDS.includes(c.kind)
	);
	const used = new Set(features.map((c) => c.name));
	for (const d of spec.derived) used.add(d.left).add(d.right);
	for (const d of spec.dateDiffs) used.add(d.from).add(d.to);
	const inputs = spec.columns
		.filter((c) => used.has(c.name))
		.map(({ name, kind }) => ({ name, kind }));
	const lookup = lookupIn(table, inputs);

	const dense: FittedDenseStep[] = [];
	const text: FittedTextStep[] = [];
	for (const { name, kind } of features) {
		const numeric = numericOptionsFor(spec, name);
		if (kind === 'numeric')
			dense.push(fitNumericStep(name, { from: 'column', column: name }, numeric, lookup));
		else if (kind === 'categorical')
			dense.push(fitCategoricalStep(name, categoricalOptionsFor(spec, name), lookup));
		else if (kind === 'boolean') dense.push(fitBooleanStep(name, numeric.missingIndicator, lookup));
		else if (kind === 'text') text.push(fitTextStep(name, textOptionsFor(spec, name), lookup));
		else if (kind === 'date') {
			for (const part of dateOptionsFor(spec, name).parts) {
				const source = { from: 'date-part', column: name, part } as const;
				dense.push(
					fitNumericStep(`${name} (${part})`, source, { ...numeric, log1p: false }, lookup)
				);
			}
		}
	}
	for (const d of spec.derived) {
		const source = { from: 'derived', op: d.op, left: d.left, right: d.right } as const;
		dense.push(fitNumericStep(d.name, source, numericOptionsFor(spec, d.name), lookup));
	}
	for (const d of spec.dateDiffs) {
		const source = { from: 'date-diff', start: d.from, end: d.to } as const;
		dense.push(fitNumericStep(d.name, source, numericOptionsFor(spec, d.name), lookup));
	}
	const denseNames = dense.flatMap(stepNames);
	const names = [...denseNames, ...text.flatMap(textStepNames)];
	if (names.length === 0) {
		throw new FaroError('no-features', msg('err_no_features'), {
			hint: msg('err_no_features_hint')
		});
	}
	return {
		format: 'faro-recipe',
		version: 1,
		inputs,
		dense,
		text,
		denseWidth: denseNames.length,
		names
	};
}

/**
 * Transforms `table` (any rows with the input columns, in any order; extra columns are ignored) into
 * model inputs with the fitted constants.
 * @throws FaroError settings-invalid naming the input columns the table lacks
 */
export function applyRecipe(fitted: FittedRecipe, table: Table): FeatureMatrix {
	const lookup = lookupIn(table, fitted.inputs);
	const { rowCount } = table;
	const width = fitted.denseWidth;
	const dense = new Float32Array(rowCount * width);
	let offset = 0;
	for (const step of fitted.dense) {
		for (const values of applyDenseStep(step, lookup)) {
			for (let i = 0; i < rowCount; i++) dense[i * width + offset] = values[i];
			offset++;
		}
	}
	const blocks = fitted.text.map((step) => applyTextStep(step, lookup));
	const sparse = blocks.length === 0 ? null : hstackSparse(blocks, rowCount);
	return { rowCount, dense, denseWidth: width, sparse, names: fitted.names.slice() };
}

/** The columns (name and kind) a table must contain to be transformed: what a CSV to score needs. */
export const inputColumns = (fitted: FittedRecipe): { name: string; kind: ColumnKind }[] =>
	fitted.inputs.map(({ name, kind }) => ({ name, kind }));

/**
 * The input columns each feature is made from, dense features then sparse ones: one column, or two for a
 * derived feature or a date difference.
 */
export function featureColumns(fitted: FittedRecipe): string[][] {
	const out: string[][] = [];
	for (const step of fitted.dense) {
		const columns = step.type === 'numeric' ? sourceColumns(step.source) : [step.column];
		for (let i = stepNames(step).length; i > 0; i--) out.push(columns);
	}
	for (const step of fitted.text)
		for (let i = textStepNames(step).length; i > 0; i--) out.push([step.column]);
	return out;
}

function sourceColumns(source: FittedNumericStep['source']): string[] {
	switch (source.from) {
		case 'column':
		case 'date-part':
			return [source.column];
		case 'derived':
			return source.left === source.right ? [source.left] : [source.left, source.right];
		case 'date-diff':
			return source.start === source.end ? [source.start] : [source.start, source.end];
	}
}

function stepNames(step: FittedDenseStep): string[] {
	if (step.type === 'numeric') return numericStepNames(step);
	if (step.type === 'categorical') return categoricalStepNames(step);
	return booleanStepNames(step);
}

function applyDenseStep(step: FittedDenseStep, lookup: ColumnLookup): Float64Array[] {
	if (step.type === 'numeric') return applyNumericStep(step, lookup);
	if (step.type === 'categorical') return applyCategoricalStep(step, lookup);
	return applyBooleanStep(step, lookup);
}

function lookupIn(table: Table, inputs: { name: string }[]): ColumnLookup {
	const absent = inputs
		.filter((c) => findColumn(table, c.name) === undefined)
		.map((c) => `"${c.name}"`);
	if (absent.length > 0) {
		throw new FaroError(
			'settings-invalid',
			absent.length === 1
				? msg('err_recipe_lacks_column', { columns: absent.join(', ') })
				: msg('err_recipe_lacks_columns', { columns: absent.join(', ') }),
			{ where: absent.join(', '), hint: msg('err_recipe_lacks_hint') }
		);
	}
	return (name) => findColumn(table, name) as Column; // present: checked above
}
