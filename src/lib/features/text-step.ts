/**
 * The text step: one TF-IDF per text column (options per column), producing the sparse part of the matrix.
 * Features are named "<column>: <term>".
 */
import { applyTfidf, fitTfidf, type FittedTfidf, type TfidfOptions } from '$lib/text/tfidf';
import type { SparseRows } from '$lib/shared/feature-matrix';
import type { ColumnLookup } from './numeric-step';
import { readStrings } from './read-column';

/** `names` ("<column>: <term>", one per term) is kept in the step too: the bundle validator checks it. */
export type FittedTextStep = { type: 'text'; column: string; tfidf: FittedTfidf; names: string[] };

/** Fits TF-IDF on the training texts of `column`. @throws FaroError settings-invalid (bad options) */
export function fitTextStep(
	column: string,
	options: TfidfOptions,
	lookup: ColumnLookup
): FittedTextStep {
	const tfidf = fitTfidf(readStrings(lookup(column)), options);
	return { type: 'text', column, tfidf, names: tfidf.terms.map((term) => `${column}: ${term}`) };
}

/** Output names, one per vocabulary term. */
export const textStepNames = (step: FittedTextStep): string[] => step.names;

/** The TF-IDF rows of `column` for the rows of `lookup`'s table. */
export const applyTextStep = (step: FittedTextStep, lookup: ColumnLookup): SparseRows =>
	applyTfidf(step.tfidf, readStrings(lookup(step.column)));
