/**
 * TF-IDF text features matching scikit-learn 1.2.1 `TfidfVectorizer` (analyzer 'word', token pattern
 * `(?u)\b\w\w+\b`), kept sparse. Pipeline per text: lowercase → optional accent strip → tokens → stop words
 * removed → n-grams joined by one space → counts → (sublinear: 1 + ln tf) × idf → L2 row norm.
 * The vocabulary is sorted by code point; min/max document frequency prune before `maxFeatures`, which keeps
 * the most frequent terms by corpus count with NumPy's tie order (tfidf-vocabulary.ts).
 *
 * Differences from scikit-learn, on purpose: a corpus with no terms (empty, all null, only stop words) or a
 * pruning that leaves none gives an empty vocabulary (width 0) instead of an error, so a useless text column
 * does not stop a run; `minDf`/`maxDf` read integers and fractions as `documentCountBounds` explains.
 *
 * Values are computed in float64; `applyTfidf` stores them as Float32 at the end (what models consume), while
 * the `…64` variants keep float64 (the tests compare those to scikit-learn at 1e-9).
 */
import { text, type Text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import type { LongWork } from '$lib/shared/progress';
import { stopWordSet, type StopWordsChoice } from './stop-words';
import { gramsInTextOrder } from './gram-order';
import { countGrams, gramText } from './tfidf-count';
import { selectVocabulary } from './tfidf-vocabulary';
import { weighRows, type SparseRows64 } from './tfidf-weigh';

export type { SparseRows64 } from './tfidf-weigh';

/** What the user chooses about a text column's TF-IDF features. */
export type TfidfOptions = {
	lowercase: boolean;
	/** scikit-learn's `strip_accents='unicode'`: NFKD, then combining marks dropped. */
	stripAccents: boolean;
	/** Smallest and largest n of the word n-grams, e.g. [1, 2] for words and word pairs. */
	ngramRange: [number, number];
	stopWords: StopWordsChoice;
	/** Count (0 or ≥ 1) or fraction in (0, 1) of the documents a term must occur in at least. */
	minDf: number;
	/** Fraction (≤ 1) or count (> 1) of the documents a term may occur in at most. */
	maxDf: number;
	/** Keep only this many terms, the most frequent over the corpus; null keeps all. */
	maxFeatures: number | null;
	/** Use 1 + ln(tf) instead of the raw count. */
	sublinearTf: boolean;
	/** idf = ln((1 + n) / (1 + df)) + 1 instead of ln(n / df) + 1. */
	smoothIdf: boolean;
	norm: 'l2' | 'none';
};

/** Compressed sparse rows: row i holds `indices/values[rowPtr[i] .. rowPtr[i + 1])`, indices ascending. */
export type SparseRows = {
	rowPtr: Int32Array;
	indices: Int32Array;
	values: Float32Array;
	width: number;
};

/** The fitted state: options, sorted terms and one idf weight per term. Plain JSON (goes into the bundle). */
export type FittedTfidf = { options: TfidfOptions; terms: string[]; idf: number[] };

/** Defaults: lowercase, accents kept, words and pairs, English + Spanish stop words, 20,000 terms, sublinear. */
export const defaultTfidfOptions = (): TfidfOptions => ({
	lowercase: true,
	stripAccents: false,
	ngramRange: [1, 2],
	stopWords: 'english+spanish',
	minDf: 1,
	maxDf: 1,
	maxFeatures: 20000,
	sublinearTf: true,
	smoothIdf: true,
	norm: 'l2'
});

/**
 * Learns the vocabulary and idf weights of `texts` (null = "").
 * @throws FaroError settings-invalid (bad options), cancelled
 * @example
 * const fitted = fitTfidf(['the cat sat', 'a dog'], defaultTfidfOptions());
 * const rows = applyTfidf(fitted, ['the dog sat']); // rows.width === fitted.terms.length
 */
export function fitTfidf(
	texts: readonly (string | null)[],
	options: TfidfOptions,
	work?: LongWork
): FittedTfidf {
	validateTfidfOptions(options);
	const counts = countGrams(texts, countOptions(options), work);
	const { terms, idf } = selectVocabulary(counts, texts.length, options);
	return { options: { ...options, ngramRange: [...options.ngramRange] }, terms, idf };
}

/** TF-IDF rows of `texts` under a fitted vocabulary (unseen terms are ignored), as Float32. */
export const applyTfidf = (
	fitted: FittedTfidf,
	texts: readonly (string | null)[],
	work?: LongWork
): SparseRows => toFloat32(applyTfidf64(fitted, texts, work));

/** `applyTfidf` keeping float64 values. @throws FaroError cancelled */
export function applyTfidf64(
	fitted: FittedTfidf,
	texts: readonly (string | null)[],
	work?: LongWork
): SparseRows64 {
	const counts = countGrams(texts, countOptions(fitted.options), work, fitted.terms);
	return weighRows(counts, counts.knownIndex, fitted, work);
}

/** `fitTfidf` then `applyTfidf` on the same texts, tokenizing them once. @throws FaroError settings-invalid, cancelled */
export function fitApplyTfidf(
	texts: readonly (string | null)[],
	options: TfidfOptions,
	work?: LongWork
): { fitted: FittedTfidf; rows: SparseRows } {
	const { fitted, rows } = fitApplyTfidf64(texts, options, work);
	return { fitted, rows: toFloat32(rows) };
}

/** `fitApplyTfidf` keeping float64 values. */
export function fitApplyTfidf64(
	texts: readonly (string | null)[],
	options: TfidfOptions,
	work?: LongWork
): { fitted: FittedTfidf; rows: SparseRows64 } {
	validateTfidfOptions(options);
	const counts = countGrams(texts, countOptions(options), work);
	const { terms, idf, featureOfGram } = selectVocabulary(counts, texts.length, options);
	const fitted: FittedTfidf = {
		options: { ...options, ngramRange: [...options.ngramRange] },
		terms,
		idf
	};
	return { fitted, rows: weighRows(counts, featureOfGram, fitted, work) };
}

/**
 * The `n` most frequent terms (after lowercasing, stop words and n-grams; document frequency and
 * `maxFeatures` are not applied) with their corpus counts; ties in code-point order. For column profiles.
 */
export function topTerms(
	texts: readonly (string | null)[],
	options: TfidfOptions,
	n: number
): { term: string; count: number }[] {
	validateTfidfOptions(options);
	const counts = countGrams(texts, countOptions(options));
	const ranked = Array.from(gramsInTextOrder(counts))
		.filter((g) => counts.df[g] > 0)
		.sort((a, b) => counts.tf[b] - counts.tf[a]) // stable: ties stay in text order
		.slice(0, Math.max(0, n));
	return ranked.map((g) => ({ term: gramText(counts, g), count: counts.tf[g] }));
}

/** Checks options coming from the UI or a bundle. @throws FaroError settings-invalid */
export function validateTfidfOptions(options: TfidfOptions): void {
	const [minN, maxN] = options.ngramRange;
	const fail = (where: string, message: Text, hint: Text): never => {
		throw new FaroError('settings-invalid', message, { where: `TF-IDF ${where}`, hint });
	};
	if (!Number.isInteger(minN) || !Number.isInteger(maxN) || minN < 1 || maxN < minN) {
		fail(
			'ngramRange',
			text('err_tfidf_ngram_range', { min: minN, max: maxN }),
			text('err_tfidf_ngram_range_hint')
		);
	}
	const { minDf, maxDf, maxFeatures } = options;
	if (!(minDf >= 0) || (minDf >= 1 && !Number.isInteger(minDf))) {
		fail('minDf', text('err_tfidf_min_df', { value: minDf }), text('err_tfidf_min_df_hint'));
	}
	if (!(maxDf > 0) || (maxDf > 1 && !Number.isInteger(maxDf))) {
		fail('maxDf', text('err_tfidf_max_df', { value: maxDf }), text('err_tfidf_max_df_hint'));
	}
	if (maxFeatures !== null && !(Number.isInteger(maxFeatures) && maxFeatures >= 1)) {
		fail(
			'maxFeatures',
			text('err_tfidf_max_features', { value: maxFeatures }),
			text('err_tfidf_max_features_hint')
		);
	}
}

const countOptions = (options: TfidfOptions) => ({
	lowercase: options.lowercase,
	stripAccents: options.stripAccents,
	ngramRange: options.ngramRange,
	stopWords: stopWordSet(options.stopWords)
});

const toFloat32 = (rows: SparseRows64): SparseRows => ({
	...rows,
	values: Float32Array.from(rows.values)
});
