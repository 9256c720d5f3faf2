/**
 * From per-document gram counts to TF-IDF rows, as scikit-learn 1.2.1 `TfidfTransformer.transform`:
 * tf (or 1 + ln tf when sublinear) × idf, then each row divided by its L2 norm (rows of zeros stay zero).
 * Column indices are ascending within a row, like scikit-learn's sorted CSR.
 */
import { throwIfAborted } from '$lib/shared/errors';
import type { LongWork } from '$lib/shared/progress';
import type { GramCounts } from './tfidf-count';

/** `SparseRows` with float64 values (what the tests compare with scikit-learn). */
export type SparseRows64 = {
	rowPtr: Int32Array;
	indices: Int32Array;
	values: Float64Array;
	width: number;
};

type Weights = {
	options: { sublinearTf: boolean; norm: 'l2' | 'none' };
	idf: number[];
	terms: string[];
};

const CHECK_EVERY = 4096;

/** Weighs every document of `counts`; grams with `featureOfGram[g] === -1` are not features. */
export function weighRows(
	counts: GramCounts,
	featureOfGram: Int32Array,
	fitted: Weights,
	work: LongWork = {}
): SparseRows64 {
	const { docPtr, docGrams, docCounts } = counts;
	const docCount = docPtr.length - 1;
	const { sublinearTf, norm } = fitted.options;
	let nnz = 0;
	for (let k = 0; k < docGrams.length; k++) if (featureOfGram[docGrams[k]] >= 0) nnz++;
	const rowPtr = new Int32Array(docCount + 1);
	const indices = new Int32Array(nnz);
	const values = new Float64Array(nnz);
	let at = 0;
	for (let doc = 0; doc < docCount; doc++) {
		if (doc % CHECK_EVERY === 0) throwIfAborted(work.signal);
		const start = at;
		for (let k = docPtr[doc]; k < docPtr[doc + 1]; k++) {
			const feature = featureOfGram[docGrams[k]];
			if (feature < 0) continue;
			const tf = sublinearTf ? Math.log(docCounts[k]) + 1 : docCounts[k];
			indices[at] = feature;
			values[at] = tf * fitted.idf[feature];
			at++;
		}
		sortRow(indices, values, start, at);
		if (norm === 'l2') normalizeRow(values, start, at);
		rowPtr[doc + 1] = at;
	}
	return { rowPtr, indices, values, width: fitted.terms.length };
}

/** Sorts one row's entries by column index (insertion sort: rows hold tens of entries). */
function sortRow(indices: Int32Array, values: Float64Array, start: number, end: number): void {
	if (end - start > 64) {
		const order = Array.from({ length: end - start }, (_, k) => start + k).sort(
			(a, b) => indices[a] - indices[b]
		);
		const sortedIndices = Int32Array.from(order, (k) => indices[k]);
		const sortedValues = Float64Array.from(order, (k) => values[k]);
		indices.set(sortedIndices, start);
		values.set(sortedValues, start);
		return;
	}
	for (let i = start + 1; i < end; i++) {
		const index = indices[i];
		const value = values[i];
		let j = i;
		while (j > start && indices[j - 1] > index) {
			indices[j] = indices[j - 1];
			values[j] = values[j - 1];
			j--;
		}
		indices[j] = index;
		values[j] = value;
	}
}

/** Divides a row by its L2 norm, summing squares in column order as scikit-learn's `normalize` does. */
function normalizeRow(values: Float64Array, start: number, end: number): void {
	let sumSquares = 0;
	for (let k = start; k < end; k++) sumSquares += values[k] * values[k];
	if (sumSquares === 0) return;
	const length = Math.sqrt(sumSquares);
	for (let k = start; k < end; k++) values[k] /= length;
}
