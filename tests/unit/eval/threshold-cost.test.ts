/**
 * The threshold of lowest expected cost and the threshold sweep against brute force with exact fractions and
 * scikit-learn's precision_recall_curve (tests/fixtures/reference/scripts/threshold_cost_reference.py).
 */
import { describe, expect, it } from 'vitest';
import { chooseThreshold, thresholdSweep } from '$lib/eval';
import { FaroError } from '$lib/shared/errors';
import { expectClose } from '../helpers/expect-close';
import { loadReference } from './load-reference';

type Case = {
	name: string;
	scores: number[];
	positives: number[];
	cost: { falsePositive: number; falseNegative: number; threshold: number }[];
	pr: { thresholds: number[]; precision: number[]; recall: number[] };
};
const reference = loadReference<{ cases: Case[] }>('threshold-cost');

describe.each(reference.cases.map((c) => [c.name, c] as const))(
	'threshold by cost, %s',
	(_name, c) => {
		const scores = Float32Array.from(c.scores);
		it.each(c.cost.map((k) => [`${k.falsePositive}:${k.falseNegative}`, k] as const))(
			'costs %s: the brute-force cheapest threshold',
			(_label, k) => {
				expect(chooseThreshold(scores, c.positives, 'cost', undefined, k)).toBe(k.threshold);
			}
		);
		it("sweeps precision and recall as scikit-learn's precision_recall_curve, and the cost per row", () => {
			const sweep = thresholdSweep(
				scores,
				c.positives,
				{ falsePositive: 1, falseNegative: 5 },
				10_000
			);
			// scikit-learn: thresholds increasing, up to the first one with full recall
			const at = new Map(sweep.thresholds.map((t, i) => [t, i]));
			c.pr.thresholds.forEach((t, j) => {
				const i = at.get(t);
				expect(i, `threshold ${t}`).toBeDefined();
				expectClose(sweep.precision[i ?? 0], c.pr.precision[j], { digits: 12 });
				expectClose(sweep.recall[i ?? 0], c.pr.recall[j], { digits: 12 });
			});
			// the cheapest point of the sweep is the chosen threshold
			const cost = sweep.costPerRow ?? [];
			const best = cost.indexOf(Math.min(...cost));
			expect(sweep.thresholds[best]).toBe(c.cost[0].threshold);
			// thinned to at most 50 points, first and last kept
			const thin = thresholdSweep(scores, c.positives, null, 50);
			expect(thin.thresholds.length).toBeLessThanOrEqual(50);
			expect(thin.thresholds[0]).toBe(sweep.thresholds[0]);
			expect(thin.thresholds.at(-1)).toBe(sweep.thresholds.at(-1));
			expect(thin.costPerRow).toBeNull();
		});
	}
);

it('refuses costs that are missing, negative or both 0, saying what to enter', () => {
	const scores = [0.1, 0.9];
	for (const costs of [
		undefined,
		{ falsePositive: -1, falseNegative: 1 },
		{ falsePositive: 0, falseNegative: 0 }
	]) {
		const error = (() => {
			try {
				chooseThreshold(scores, [0, 1], 'cost', undefined, costs);
			} catch (e) {
				return e;
			}
		})();
		expect(error).toBeInstanceOf(FaroError);
		expect((error as FaroError).message).toMatch(
			/^The costs of the errors must be numbers of at least 0/
		);
	}
});
