import { describe, expect, it } from 'vitest';
import {
	applyTfidf,
	applyTfidf64,
	defaultTfidfOptions,
	fitApplyTfidf,
	fitApplyTfidf64,
	fitTfidf,
	topTerms,
	type TfidfOptions
} from '$lib/text/tfidf';
import { FaroError } from '$lib/shared/errors';
import reference from '../../fixtures/reference/tfidf-corpora.json';
import { expectClose } from '../helpers/expect-close';

type Corpus = keyof typeof reference.texts;
const plainUnigrams: TfidfOptions = {
	...defaultTfidfOptions(),
	ngramRange: [1, 1],
	stopWords: 'none',
	sublinearTf: false
};
// The fixtures hold "" where Faro sees a missing text: null must weigh exactly like "".
const withNulls = (texts: string[]) => texts.map((t) => (t === '' ? null : t));
const row = (
	rows: { rowPtr: Int32Array; indices: Int32Array; values: ArrayLike<number> },
	i: number
) => {
	const out: Record<number, number> = {};
	for (let k = rows.rowPtr[i]; k < rows.rowPtr[i + 1]; k++) out[rows.indices[k]] = rows.values[k];
	return out;
};

describe('fitTfidf / applyTfidf against scikit-learn 1.2.1 TfidfVectorizer', () => {
	it.each(reference.cases.map((c) => [`${c.corpus}: ${c.name}`, c] as const))('%s', (_, c) => {
		const options = c.options as TfidfOptions;
		const texts = withNulls(reference.texts[c.corpus as Corpus]);
		const { fitted, rows } = fitApplyTfidf64(texts, options);
		expect(fitted.terms).toEqual(c.terms);
		expectClose(fitted.idf, c.idf, { digits: 12, path: 'idf' });
		expect(Array.from(rows.rowPtr)).toEqual(c.fitted.rowPtr);
		expect(Array.from(rows.indices)).toEqual(c.fitted.indices);
		expect(rows.width).toBe(c.fitted.width);
		expectClose(rows.values, c.fitted.values, { digits: 12, path: 'fitted.values' });

		const alone = fitTfidf(texts, options);
		expect(alone).toEqual(fitted);
		const heldOut = applyTfidf64(alone, withNulls(reference.heldOut[c.corpus as Corpus]));
		expect(Array.from(heldOut.rowPtr)).toEqual(c.heldOut.rowPtr);
		expect(Array.from(heldOut.indices)).toEqual(c.heldOut.indices);
		expectClose(heldOut.values, c.heldOut.values, { digits: 12, path: 'heldOut.values' });
	});
});

describe('applyTfidf', () => {
	const texts = withNulls(reference.texts.english);

	it('gives the same rows as fitApplyTfidf on the training texts, after a JSON round trip', () => {
		const { fitted, rows } = fitApplyTfidf64(texts, defaultTfidfOptions());
		const restored = JSON.parse(JSON.stringify(fitted));
		const again = applyTfidf64(restored, texts);
		expect(again.rowPtr).toEqual(rows.rowPtr);
		expect(again.indices).toEqual(rows.indices);
		expect(again.values).toEqual(rows.values);
	});

	it('stores the float64 values rounded to Float32', () => {
		const fitted = fitTfidf(texts, defaultTfidfOptions());
		const wide = applyTfidf64(fitted, texts);
		const narrow = applyTfidf(fitted, texts);
		expect(narrow.values).toBeInstanceOf(Float32Array);
		expect(narrow.values).toEqual(Float32Array.from(wide.values));
		expect(fitApplyTfidf(texts, defaultTfidfOptions()).rows).toEqual(narrow);
	});

	it('ignores unseen terms and gives an empty row when nothing is known', () => {
		const fitted = fitTfidf(['red apple', 'green apple'], plainUnigrams);
		expect(fitted.terms).toEqual(['apple', 'green', 'red']);
		const rows = applyTfidf64(fitted, ['blue banana', 'apple pie', null]);
		expect(Array.from(rows.rowPtr)).toEqual([0, 0, 1, 1]);
		expect(row(rows, 1)).toEqual({ 0: 1 });
	});
});

describe('hand-checked weights', () => {
	it('weighs "the cat sat" / "the cat" with smooth idf and L2 norm', () => {
		const { fitted, rows } = fitApplyTfidf64(['the cat sat', 'The cat'], plainUnigrams);
		expect(fitted.terms).toEqual(['cat', 'sat', 'the']);
		const idfSat = Math.log(3 / 2) + 1; // ln((1 + n) / (1 + df)) + 1 with n = 2, df = 1
		expectClose(fitted.idf, [1, idfSat, 1], { digits: 15 });
		const norm = Math.sqrt(1 + idfSat ** 2 + 1);
		expectClose(row(rows, 0), { 0: 1 / norm, 1: idfSat / norm, 2: 1 / norm }, { digits: 15 });
		expectClose(row(rows, 1), { 0: Math.SQRT1_2, 2: Math.SQRT1_2 }, { digits: 15 });
	});

	it('uses 1 + ln(tf) when sublinear, and joins bigrams with one space after removing stop words', () => {
		const options: TfidfOptions = {
			...plainUnigrams,
			ngramRange: [1, 2],
			stopWords: 'english',
			sublinearTf: true,
			norm: 'none'
		};
		const { fitted, rows } = fitApplyTfidf64(['dog and dog, the dog!'], options);
		expect(fitted.terms).toEqual(['dog', 'dog dog']);
		expectClose(row(rows, 0), { 0: 1 + Math.log(3), 1: 1 + Math.log(2) }, { digits: 15 });
	});
});

describe('edge cases', () => {
	it.each([
		['an empty corpus', []],
		['only missing texts', [null, null]],
		['only stop words', ['the and of', 'el la de', null]]
	] as const)('fits an empty vocabulary on %s (scikit-learn raises instead)', (_, texts) => {
		const { fitted, rows } = fitApplyTfidf([...texts], defaultTfidfOptions());
		expect(fitted.terms).toEqual([]);
		expect(fitted.idf).toEqual([]);
		expect(rows.width).toBe(0);
		expect(Array.from(rows.rowPtr)).toEqual(new Array(texts.length + 1).fill(0));
		const applied = applyTfidf(fitted, ['anything at all']);
		expect(Array.from(applied.rowPtr)).toEqual([0, 0]);
	});

	it('fits an empty vocabulary when pruning removes every term', () => {
		const fitted = fitTfidf(['one two', 'three four'], { ...plainUnigrams, minDf: 2 });
		expect(fitted.terms).toEqual([]);
	});

	it('weighs a single text', () => {
		const { fitted, rows } = fitApplyTfidf64(['solo solo text'], plainUnigrams);
		expect(fitted.terms).toEqual(['solo', 'text']);
		expectClose(row(rows, 0), { 0: 2 / Math.sqrt(5), 1: 1 / Math.sqrt(5) }, { digits: 15 });
	});
});

describe('options', () => {
	it.each([
		['ngramRange [2, 1]', { ngramRange: [2, 1] }],
		['ngramRange [0, 1]', { ngramRange: [0, 1] }],
		['minDf 1.5', { minDf: 1.5 }],
		['minDf -1', { minDf: -1 }],
		['maxDf 0', { maxDf: 0 }],
		['maxDf 2.5', { maxDf: 2.5 }],
		['maxFeatures 0', { maxFeatures: 0 }]
	] as const)('rejects %s with settings-invalid', (_, change) => {
		const options = { ...defaultTfidfOptions(), ...change } as TfidfOptions;
		expect(() => fitTfidf(['a text'], options)).toThrow(FaroError);
		try {
			fitTfidf(['a text'], options);
		} catch (err) {
			expect((err as FaroError).code).toBe('settings-invalid');
			expect((err as FaroError).detail.hint).toBeTruthy();
		}
	});

	it('rejects minDf and maxDf that exclude every document count', () => {
		const options = { ...plainUnigrams, minDf: 3, maxDf: 0.5 };
		expect(() => fitTfidf(['aa bb', 'cc dd', 'ee ff', 'gg hh'], options)).toThrow(
			/at least 3 and at most 2/
		);
	});

	it('reads minDf 0.5 as half the documents and maxDf 2 as two documents', () => {
		const texts = ['red blue', 'red green', 'red blue', 'yellow'];
		expect(fitTfidf(texts, { ...plainUnigrams, minDf: 0.5 }).terms).toEqual(['blue', 'red']);
		expect(fitTfidf(texts, { ...plainUnigrams, maxDf: 2 }).terms).toEqual([
			'blue',
			'green',
			'yellow'
		]);
	});

	it('copies the options into the fitted state', () => {
		const options = defaultTfidfOptions();
		const fitted = fitTfidf(['some words here'], options);
		options.ngramRange[1] = 3;
		expect(fitted.options.ngramRange).toEqual([1, 2]);
	});
});

describe('long work', () => {
	it('stops with "cancelled" when the signal has fired', () => {
		const controller = new AbortController();
		controller.abort();
		expect(() =>
			fitTfidf(['a text'], defaultTfidfOptions(), { signal: controller.signal })
		).toThrow(expect.objectContaining({ code: 'cancelled' }));
	});

	it('reports progress ending at done = total', () => {
		const reports: number[][] = [];
		fitTfidf(['one text', 'two texts'], defaultTfidfOptions(), {
			onProgress: (p) => reports.push([p.done, p.total])
		});
		expect(reports.at(-1)).toEqual([2, 2]);
	});
});

describe('topTerms', () => {
	it('ranks terms by corpus count, ties in code-point order, stop words removed', () => {
		const texts = ['cat and dog', 'the cat', 'zebra Ñu', null];
		expect(topTerms(texts, plainUnigrams, 3)).toEqual([
			{ term: 'cat', count: 2 },
			{ term: 'and', count: 1 },
			{ term: 'dog', count: 1 }
		]);
		const options = { ...plainUnigrams, stopWords: 'english' } as TfidfOptions;
		expect(topTerms(texts, options, 10).map((t) => t.term)).toEqual(['cat', 'dog', 'zebra', 'ñu']);
	});

	it('returns nothing for n = 0 or an empty corpus', () => {
		expect(topTerms(['a cat'], plainUnigrams, 0)).toEqual([]);
		expect(topTerms([], plainUnigrams, 5)).toEqual([]);
	});
});
