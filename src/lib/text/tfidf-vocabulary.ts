/**
 * Choosing the TF-IDF vocabulary from gram counts, as scikit-learn 1.2.1 `CountVectorizer.fit` +
 * `TfidfTransformer.fit`: terms sorted by code point (`_sort_features`), then `_limit_features` keeps terms
 * with min_doc_count ≤ df ≤ max_doc_count and, when more than `max_features` remain, the `max_features`
 * with the highest corpus count, chosen by NumPy's unstable `(-tfs[mask]).argsort()[:limit]` over the
 * code-point-sorted terms (ported in numpy-argsort.ts, so ties fall exactly as in scikit-learn).
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { gramsInTextOrder } from './gram-order';
import { argsortNumpy } from './numpy-argsort';
import { gramText, type GramCounts } from './tfidf-count';

export type VocabularyOptions = {
	minDf: number;
	maxDf: number;
	maxFeatures: number | null;
	smoothIdf: boolean;
};

/** The chosen terms (sorted), their idf weights, and for each gram id its feature index (−1 if dropped). */
export type Vocabulary = { terms: string[]; idf: number[]; featureOfGram: Int32Array };

/**
 * Document-count bounds from `minDf`/`maxDf`. Faro's numbers cannot tell sklearn's int 1 from float 1.0, so:
 * `minDf` 0 or ≥ 1 is a document count and in (0, 1) a fraction of the documents; `maxDf` ≤ 1 is a fraction
 * (the default 1 means "all documents", sklearn's 1.0) and > 1 a document count.
 * @throws FaroError settings-invalid when the bounds leave no possible document count
 */
export function documentCountBounds(
	options: Pick<VocabularyOptions, 'minDf' | 'maxDf'>,
	docCount: number
): { low: number; high: number } {
	const low = options.minDf >= 1 || options.minDf === 0 ? options.minDf : options.minDf * docCount;
	const high = options.maxDf <= 1 ? options.maxDf * docCount : options.maxDf;
	if (high < low) {
		throw new FaroError('settings-invalid', text('err_tfidf_no_term', { low, high }), {
			where: 'TF-IDF minDf / maxDf',
			hint: text('err_tfidf_no_term_hint')
		});
	}
	return { low, high };
}

/** Picks the vocabulary and computes idf = ln((1 + n) / (1 + df)) + 1 (smooth) or ln(n / df) + 1. */
export function selectVocabulary(
	counts: GramCounts,
	docCount: number,
	options: VocabularyOptions
): Vocabulary {
	const { df, tf } = counts;
	// No term at all (empty corpus, only stop words): nothing to prune, and bounds over 0 documents mean nothing.
	if (counts.docGrams.length === 0)
		return { terms: [], idf: [], featureOfGram: new Int32Array(counts.gramCount).fill(-1) };
	const { low, high } = documentCountBounds(options, docCount);
	let ids: number[] = [];
	for (const g of gramsInTextOrder(counts))
		if (df[g] > 0 && df[g] >= low && df[g] <= high) ids.push(g);
	const limit = options.maxFeatures;
	if (limit !== null && ids.length > limit) {
		const negTf = Float64Array.from(ids, (g) => -tf[g]);
		const keep = new Uint8Array(ids.length);
		for (const k of argsortNumpy(negTf).subarray(0, limit)) keep[k] = 1;
		ids = ids.filter((_, k) => keep[k] === 1);
	}
	const featureOfGram = new Int32Array(counts.gramCount).fill(-1);
	ids.forEach((g, k) => (featureOfGram[g] = k));
	const smooth = options.smoothIdf ? 1 : 0;
	return {
		terms: ids.map((g) => gramText(counts, g)),
		idf: ids.map((g) => Math.log((docCount + smooth) / (df[g] + smooth)) + 1),
		featureOfGram
	};
}
