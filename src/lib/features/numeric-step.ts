/**
 * The numeric step shared by every number-valued feature (a numeric column, a derived feature, a date part,
 * a date difference): read the raw values → optional log1p → impute (+ 0/1 missing indicator) → scale.
 * The indicator marks values missing before imputation and is never scaled.
 */
import type { Column } from '$lib/data/table';
import { computeDerived } from './derived';
import { datePart, dayDifference } from './dates';
import { applyImpute, fitImpute, hasMissing, type FittedImpute } from './impute';
import { readDates, readNumbers } from './read-column';
import type { DatePart, DerivedSpec, NumericOptions } from './recipe-spec';
import { applyScale, fitScale, log1pOrMissing, type FittedScale } from './scale';

/** Where a numeric feature's raw values come from. */
export type NumericSource =
	| { from: 'column'; column: string }
	| { from: 'derived'; op: DerivedSpec['op']; left: string; right: string }
	| { from: 'date-part'; column: string; part: DatePart }
	| { from: 'date-diff'; start: string; end: string };

export type FittedNumericStep = {
	type: 'numeric';
	name: string;
	source: NumericSource;
	log1p: boolean;
	impute: FittedImpute;
	indicator: boolean;
	scale: FittedScale;
};

/** Looks a column up by name (the caller has checked it exists). */
export type ColumnLookup = (name: string) => Column;

/** The raw values of a source, NaN for missing (a new array, or one not to modify). */
export function readSource(source: NumericSource, lookup: ColumnLookup): Float64Array {
	switch (source.from) {
		case 'column':
			return readNumbers(lookup(source.column));
		case 'derived':
			return computeDerived(
				source.op,
				readNumbers(lookup(source.left)),
				readNumbers(lookup(source.right))
			);
		case 'date-part':
			return datePart(readDates(lookup(source.column)), source.part);
		case 'date-diff':
			return dayDifference(readDates(lookup(source.start)), readDates(lookup(source.end)));
	}
}

/** Learns the numeric step for feature `name` from the training rows. @throws FaroError column-all-missing */
export function fitNumericStep(
	name: string,
	source: NumericSource,
	options: NumericOptions,
	lookup: ColumnLookup
): FittedNumericStep {
	const raw = readSource(source, lookup);
	const logged = options.log1p ? log1pOrMissing(raw) : raw;
	const impute = fitImpute(name, logged, options.impute, options.constant);
	const indicator =
		options.missingIndicator === 'always' ||
		(options.missingIndicator === 'auto' && hasMissing(raw));
	const scale = fitScale(applyImpute(impute, logged), options.scale);
	return { type: 'numeric', name, source, log1p: options.log1p, impute, indicator, scale };
}

/** Output names: the feature, then "<name> (missing)" when it has an indicator. */
export const numericStepNames = (step: FittedNumericStep): string[] =>
	step.indicator ? [step.name, `${step.name} (missing)`] : [step.name];

/** The step's output columns for the rows of `lookup`'s table. */
export function applyNumericStep(step: FittedNumericStep, lookup: ColumnLookup): Float64Array[] {
	const raw = readSource(step.source, lookup);
	const logged = step.log1p ? log1pOrMissing(raw) : raw;
	const value = applyScale(step.scale, applyImpute(step.impute, logged));
	if (!step.indicator) return [value];
	return [value, raw.map((v) => (Number.isNaN(v) ? 1 : 0))];
}
