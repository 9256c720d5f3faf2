/**
 * What a text column's profile adds to the string summary: the distribution of passage lengths (characters,
 * `numpy.histogram` with 20 bins) and the most frequent terms as the default TF-IDF sees them (lowercase,
 * English + Spanish stop words dropped, words and word pairs).
 *
 * `topTerms` lives in text/tfidf.ts, which depends on nothing in `data` (only `shared` and the stop-word
 * lists), so importing it here by path makes no cycle; the profile shows exactly the terms the Recipe uses.
 * Cost on 100,000 short texts: one counting pass, ≈1 s (bench/tfidf.ts measures the same pass).
 */
import { defaultTfidfOptions, topTerms } from '$lib/text/tfidf';
import type { TextColumn, CategoryColumn } from './table';
import { MISSING_CODE } from './table';
import { histogram } from './stats';
import type { TextSummary } from './profile-types';

/** How many frequent terms a text column's profile lists. */
export const TOP_TERMS = 15;
const LENGTH_BINS = 20;

/** `text` with its length histogram and top terms added (present values only). */
export function withTextDetails(
	column: CategoryColumn | TextColumn,
	text: TextSummary
): TextSummary {
	const values = presentStrings(column);
	const lengths = Float64Array.from(values, (v) => v.length).sort();
	return {
		...text,
		lengthHistogram: histogram(lengths, LENGTH_BINS),
		topTerms: topTerms(values, defaultTfidfOptions(), TOP_TERMS)
	};
}

/** The present values in row order (a category column's codes read through its levels). */
function presentStrings(column: CategoryColumn | TextColumn): string[] {
	const out: string[] = [];
	if (column.storage === 'category') {
		for (const code of column.codes) if (code !== MISSING_CODE) out.push(column.levels[code]);
	} else {
		for (const value of column.values) if (value !== null) out.push(value);
	}
	return out;
}
