/**
 * Gini, KS and the decile table against scipy 1.10 / pandas 1.5 (tests/fixtures/reference/scripts/
 * scorecard_reference.py): scores with many ties across the decile cuts, 1,000 distinct scores, 23 and 7 rows
 * (uneven and empty deciles), and one class only.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/eval';
import { scorecardOf, type Scorecard } from '$lib/eval/scorecard';
import { expectClose } from '../helpers/expect-close';
import { loadReference } from './load-reference';

type Case = {
	name: string;
	scores: number[];
	positives: number[];
	rocAuc: number | null;
	expected: Scorecard;
};
const reference = loadReference<{ cases: Case[] }>('scorecard');

describe.each(reference.cases.map((c) => [c.name, c] as const))('scorecardOf, %s', (_name, c) => {
	it('matches scipy and pandas: Gini, KS and where it occurs, every decile', () => {
		const got = scorecardOf(Float32Array.from(c.scores), c.positives, c.rocAuc);
		expectClose(got, c.expected, { digits: 12 });
	});
});

describe('evaluate', () => {
	it('adds the scorecard of the positive class to binary metrics, and none to multiclass', () => {
		const c = reference.cases[0];
		const proba = new Float32Array(c.scores.length * 2);
		c.scores.forEach((s, i) => {
			proba[2 * i + 1] = s;
			proba[2 * i] = 1 - s;
		});
		const binary = evaluate(Int32Array.from(c.positives), proba, { labels: ['no', 'yes'] });
		expect(binary.scorecard?.deciles).toHaveLength(10);
		expect(binary.scorecard?.gini).toBeCloseTo(2 * (binary.rocAuc ?? NaN) - 1, 12);
		expect(binary.scorecard?.ks).toBeCloseTo(c.expected.ks ?? NaN, 12);
		// the positive class first: scores are then p(no), the ranking flips, KS stays
		const flipped = evaluate(
			Int32Array.from(c.positives, (p) => 1 - p),
			proba,
			{ labels: ['no', 'yes'], positiveIndex: 0 }
		);
		expect(flipped.scorecard?.ks).toBeCloseTo(c.expected.ks ?? NaN, 12);
		const multi = evaluate(
			Int32Array.from([0, 1, 2]),
			Float32Array.from([0.8, 0.1, 0.1, 0.1, 0.8, 0.1, 0.1, 0.1, 0.8]),
			{ labels: ['a', 'b', 'c'] }
		);
		expect(multi.scorecard).toBeNull();
	});
});
