import { describe, expect, it } from 'vitest';
import { chooseThreshold, FALLBACK_THRESHOLD } from '$lib/eval';
import { FaroError } from '$lib/shared/errors';
import { loadReference, type EdgesReference, type EvaluationCase } from './load-reference';

const edges = loadReference<EdgesReference>('edges');

describe('chooseThreshold', () => {
	it('picks 0.35 for F1 and 0.8 for Youden on the four-point textbook case', () => {
		const scores = [0.1, 0.4, 0.35, 0.8];
		const positives = new Uint8Array([0, 0, 1, 1]);
		// F1 at 0.8: 2/3; at 0.4: 1/2; at 0.35: 4/5; at 0.1: 2/3. J at 0.8: 0.5; at 0.35: 0.5 (tie → higher).
		expect(chooseThreshold(scores, positives, 'f1')).toBe(0.35);
		expect(chooseThreshold(scores, positives, 'youden')).toBe(0.8);
	});

	it('returns the fixed value, and needs one', () => {
		expect(chooseThreshold([0.2], [1], 'fixed', 0.3)).toBe(0.3);
		expect(() => chooseThreshold([0.2], [1], 'fixed')).toThrow(FaroError);
	});

	for (const c of edges.curves) {
		it(`matches a brute-force search with exact fractions: ${c.name}`, () => {
			const positives = Int32Array.from(c.positives);
			expect(chooseThreshold(c.scores, positives, 'f1')).toBe(c.chosenThreshold.f1);
			expect(chooseThreshold(c.scores, positives, 'youden')).toBe(c.chosenThreshold.youden);
		});
	}

	for (const name of ['binary-ties', 'german-credit']) {
		it(`matches a brute-force search on ${name} (ties → the highest threshold)`, () => {
			const c = loadReference<EvaluationCase>(name);
			const pos = c.positiveIndex ?? 1;
			const proba = c.float32 ? Float32Array.from(c.proba) : Float64Array.from(c.proba);
			const scores = Float64Array.from(c.yTrue, (_, i) => proba[i * 2 + pos]);
			const positives = Uint8Array.from(c.yTrue, (y) => (y === pos ? 1 : 0));
			expect(chooseThreshold(scores, positives, 'f1')).toBe(c.expected.chosenThreshold?.f1);
			expect(chooseThreshold(scores, positives, 'youden')).toBe(c.expected.chosenThreshold?.youden);
		});
	}

	it('falls back to 0.5 when the criterion is undefined (no positives; one class for Youden)', () => {
		expect(chooseThreshold([0.2, 0.7], [0, 0], 'f1')).toBe(FALLBACK_THRESHOLD);
		expect(chooseThreshold([0.2, 0.7], [1, 1], 'youden')).toBe(FALLBACK_THRESHOLD);
		expect(chooseThreshold([0.2, 0.7], [1, 1], 'f1')).toBe(0.2);
	});
});
