/** The text step: one TF-IDF per text column (options per column), producing the sparse part of the matrix. */
import { applyTfidf, fitTfidf, type FittedTfidf, type TfidfOptions } from './tfidf';
import type { SparseRows } from './matrix';
import type { ColumnLookup } from './numeric-step';
import { readStrings } from './read-column';

export type FittedTextStep = { type: 'text'; column: string; tfidf: FittedTfidf; names: string[] };

/** Fits TF-IDF on the training texts of `column`. */
export function fitTextStep(column: string, options: TfidfOptions, lookup: ColumnLookup): FittedTextStep {
	const tfidf = fitTfidf(readStrings(lookup(column)), options);
	const width = applyTfidf(tfidf, []).width;
	const terms = (tfidf as { vocabulary?: unknown }).vocabulary;
	const names = Array.from({ length: width }, (_, j) =>
		Array.isArray(terms) && typeof terms[j] === 'string' ? `${column}: ${terms[j]}` : `${column}: #${j}`
	);
	return { type: 'text', column, tfidf, names };
}

/** The TF-IDF rows of `column` for the rows of `lookup`'s table. */
export const applyTextStep = (step: FittedTextStep, lookup: ColumnLookup): SparseRows =>
	applyTfidf(step.tfidf, readStrings(lookup(step.column)));
