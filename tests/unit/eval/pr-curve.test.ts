import { describe, expect, it } from 'vitest';
import { computePrCurve } from '$lib/eval';
import { expectClose } from '../helpers/expect-close';
import { loadReference, type EdgesReference } from './load-reference';

const edges = loadReference<EdgesReference>('edges');

describe('computePrCurve', () => {
	it('gives average precision 5/6 on the four-point textbook case', () => {
		const pr = computePrCurve([0.1, 0.4, 0.35, 0.8], new Int32Array([0, 0, 1, 1]));
		// Positives at ranks 1 and 3: AP = ½·1 + ½·(2/3).
		expect(pr.averagePrecision).toBeCloseTo(5 / 6, 14);
		expect(pr.thresholds).toEqual([0.1, 0.35, 0.4, 0.8]);
		expect(pr.recall).toEqual([1, 1, 0.5, 0.5, 0]);
		expectClose(pr.precision, [0.5, 2 / 3, 0.5, 1, 1], { digits: 14 });
	});

	for (const c of edges.curves) {
		it(`matches scikit-learn precision_recall_curve and average_precision_score: ${c.name}`, () => {
			const pr = computePrCurve(Float64Array.from(c.scores), Uint8Array.from(c.positives));
			expectClose(pr, { ...c.pr, averagePrecision: c.averagePrecision }, { digits: 12 });
		});
	}

	it('sets recall to 1 and average precision to 0 without positives, as scikit-learn', () => {
		const pr = computePrCurve([0.3, 0.6], [0, 0]);
		expect(pr.recall).toEqual([1, 1, 0]);
		expect(pr.averagePrecision).toBeCloseTo(0, 15);
	});
});
