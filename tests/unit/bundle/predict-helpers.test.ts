import { describe, expect, it } from 'vitest';
import { decideLabels, formatProbability, predictionsHeader, toCsvLines } from '$lib/bundle';
import { jsonErrorPosition } from '$lib/bundle/json-error-position';

describe('decideLabels', () => {
	const binary = { labels: ['bad', 'good'], positiveLabel: 'bad', threshold: 0.3 };

	it('gives the positive label when p(positive) ≥ threshold, the threshold itself included', () => {
		const proba = Float32Array.of(0.3, 0.7, 0.29, 0.71, 0.9, 0.1);
		const threshold = Math.fround(0.3); // the float32 probability equals the threshold exactly
		expect(decideLabels({ ...binary, threshold }, proba)).toEqual(['bad', 'good', 'bad']);
	});

	it('uses the positive label at index 1 as well', () => {
		const bundle = { labels: ['no', 'yes'], positiveLabel: 'yes', threshold: 0.2 };
		expect(decideLabels(bundle, Float32Array.of(0.75, 0.25, 0.85, 0.15))).toEqual(['yes', 'no']);
	});

	it('takes the argmax without a threshold, ties going to the first label (numpy argmax)', () => {
		const bundle = { labels: ['a', 'b', 'c'] };
		const proba = Float32Array.of(0.2, 0.5, 0.3, 0.4, 0.2, 0.4, 1 / 3, 1 / 3, 1 / 3);
		expect(decideLabels(bundle, proba)).toEqual(['b', 'a', 'a']);
		expect(decideLabels({ labels: ['x', 'y'] }, Float32Array.of(0.4, 0.6))).toEqual(['y']);
	});

	it('gives no labels for no rows', () => {
		expect(decideLabels(binary, new Float32Array(0))).toEqual([]);
	});
});

describe('predictions CSV cells', () => {
	it('writes each float32 probability with the fewest digits that read back as it', () => {
		expect(formatProbability(Math.fround(0.3))).toBe('0.3');
		expect(formatProbability(1)).toBe('1');
		expect(formatProbability(0)).toBe('0');
		const p = Math.fround(0.123456789);
		expect(Math.fround(Number(formatProbability(p)))).toBe(p);
		expect(formatProbability(Math.fround(1e-7))).toBe('1e-7');
	});

	it('names the probability columns prob_<label> after the input header and prediction', () => {
		expect(predictionsHeader(['a', ''], ['no', 'yes'])).toEqual([
			'a',
			'',
			'prediction',
			'prob_no',
			'prob_yes'
		]);
	});

	it('quotes as RFC 4180 needs and neutralises =, +, -, @, tab and CR starts that are not numbers', () => {
		const text = toCsvLines([
			['a,b', 'say "hi"', 'two\nlines', ' pad ', ''],
			['=1+1', '+1', '-2', '@SUM(A1)', 'x=1', '-1+2']
		]);
		expect(text).toBe(
			'"a,b","say ""hi""","two\nlines"," pad ",\n"\'=1+1",+1,-2,"\'@SUM(A1)",x=1,"\'-1+2"\n'
		);
		expect(toCsvLines([])).toBe('');
	});
});

describe('jsonErrorPosition', () => {
	it.each([
		['{"a": 1,}', 8],
		['{"a": tru}', 9],
		['[1, 2', 5],
		['{"a": "unterminated', 19],
		['{"a": "bad \\x escape"}', 12],
		['{"a": 1} extra', 9],
		['', 0],
		['{"a": 01}', 7]
	])('finds the first error in %j at %i', (text, position) => {
		expect(jsonErrorPosition(text)).toBe(position);
	});
});
