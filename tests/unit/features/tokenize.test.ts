import { describe, expect, it } from 'vitest';
import {
	compareCodePoints,
	isCombining,
	sortByCodePoint,
	stripAccentsUnicode,
	tokenizeText
} from '$lib/text/tokenize';
import { stopWordList } from '$lib/text/stop-words';
import { argsortNumpy } from '$lib/text/numpy-argsort';
import tokenizeReference from '../../fixtures/reference/tfidf-tokenize.json';
import unicodeReference from '../../fixtures/reference/tfidf-unicode.json';
import argsortReference from '../../fixtures/reference/tfidf-argsort.json';
import stopWordsReference from '../../fixtures/reference/tfidf-stop-words.json';

const plain = { lowercase: true, stripAccents: false };

describe('tokenizeText', () => {
	it('splits on apostrophes and hyphens and drops one-character tokens, like (?u)\\b\\w\\w+\\b', () => {
		expect(tokenizeText("Don't stop: state-of-the-art, a b 42", plain)).toEqual([
			'don',
			'stop',
			'state',
			'of',
			'the',
			'art',
			'42'
		]);
	});

	it('treats null as the empty text', () => {
		expect(tokenizeText(null, plain)).toEqual([]);
	});

	it.each(tokenizeReference.cases)('matches scikit-learn build_analyzer() on %j', (c) => {
		expect(tokenizeText(c.text, plain)).toEqual(c.tokens);
		expect(tokenizeText(c.text, { lowercase: true, stripAccents: true })).toEqual(c.tokensStripped);
		expect(tokenizeText(c.text, { lowercase: false, stripAccents: false })).toEqual(
			c.tokensCaseKept
		);
	});
});

describe('stripAccentsUnicode', () => {
	it('removes Spanish accents and keeps ñ as n, ß as ß', () => {
		expect(stripAccentsUnicode('Ñandú, pingüino, café, straße')).toBe(
			'Nandu, pinguino, cafe, straße'
		);
	});

	it('returns ASCII text unchanged', () => {
		const text = 'plain ascii, 123';
		expect(stripAccentsUnicode(text)).toBe(text);
	});
});

describe('isCombining', () => {
	it('agrees with Python unicodedata.combining on every Unicode 14 mark NFD leaves alone', () => {
		const combining = new Set(unicodeReference.combining);
		const disagreements = unicodeReference.marks.filter(
			(cp) => isCombining(String.fromCodePoint(cp)) !== combining.has(cp)
		);
		expect(unicodeReference.marks.length).toBeGreaterThan(2000);
		expect(disagreements).toEqual([]);
	});

	it('says no for letters and yes for U+0301, U+0345 (class 240) and U+0334 (class 1)', () => {
		expect(['a', 'ñ', '\u0E31'].map(isCombining)).toEqual([false, false, false]);
		expect(['\u0301', '\u0345', '\u0334'].map(isCombining)).toEqual([true, true, true]);
	});
});

describe('sortByCodePoint', () => {
	it('orders astral characters after U+FFxx, as Python does (JS default sort would not)', () => {
		const words = ['\u{1D41B}', '\uFF46', 'a', 'é'];
		expect(sortByCodePoint([...words])).toEqual(['a', 'é', '\uFF46', '\u{1D41B}']);
		expect([...words].sort()).toEqual(['a', 'é', '\u{1D41B}', '\uFF46']);
	});

	it('compares prefixes first and equal strings as 0', () => {
		expect(compareCodePoints('ab', 'abc')).toBeLessThan(0);
		expect(compareCodePoints('abc', 'ab')).toBeGreaterThan(0);
		expect(compareCodePoints('\u{1D41B}x', '\u{1D41B}x')).toBe(0);
	});
});

describe('stopWordList', () => {
	it('is the list the reference fixtures were computed with', () => {
		expect(stopWordList('english')).toEqual(stopWordsReference.english);
		expect(stopWordList('spanish')).toEqual(stopWordsReference.spanish);
		expect(stopWordList('none')).toEqual([]);
	});

	it('unites English and Spanish without duplicates ("a" is in both)', () => {
		const both = stopWordList('english+spanish');
		expect(new Set(both).size).toBe(both.length);
		expect(both.length).toBe(
			new Set([...stopWordList('english'), ...stopWordList('spanish')]).size
		);
		expect(both).toContain('más');
	});
});

describe('argsortNumpy', () => {
	it('sorts [3, 1, 2] to [1, 2, 0] and handles empty input', () => {
		expect(Array.from(argsortNumpy([3, 1, 2]))).toEqual([1, 2, 0]);
		expect(Array.from(argsortNumpy([]))).toEqual([]);
	});

	it.each(argsortReference.cases.map((c) => [c.values.length, c] as const))(
		'orders ties exactly as NumPy 1.24 np.argsort (n = %i)',
		(_, c) => {
			expect(Array.from(argsortNumpy(c.values))).toEqual(c.order);
		}
	);
});
