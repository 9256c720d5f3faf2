import { describe, expect, it } from 'vitest';
import { computeCalibration } from '$lib/eval';
import { FaroError } from '$lib/shared/errors';
import { expectClose } from '../helpers/expect-close';
import { loadReference, type EdgesReference } from './load-reference';

const edges = loadReference<EdgesReference>('edges');

describe('computeCalibration', () => {
	it('bins by hand: two rows in [0, 0.5], one in (0.5, 1], empty bins dropped', () => {
		const curve = computeCalibration([0.2, 0.4, 0.9], [0, 1, 1], 2);
		expect(curve.counts).toEqual([2, 1]);
		expectClose(curve.meanPredicted, [0.3, 0.9], { digits: 15 });
		expect(curve.fractionPositive).toEqual([0.5, 1]);
	});

	for (const c of edges.curves) {
		it(`matches scikit-learn calibration_curve(strategy='uniform', n_bins=10): ${c.name}`, () => {
			const curve = computeCalibration(Float64Array.from(c.scores), Int32Array.from(c.positives));
			expectClose(curve, c.calibration, { digits: 12 });
		});
	}

	it('puts a score on an inner edge in the lower bin, using numpy edges (0.30000000000000004)', () => {
		expect(computeCalibration([0.1], [1]).meanPredicted).toEqual([0.1]);
		expect(computeCalibration([0.1, 0.3, 0.30000000000000004], [1, 0, 1]).counts).toEqual([1, 2]);
		expect(
			computeCalibration([0.1, 0.30000000000000004, 0.3000000000000001], [1, 0, 1]).counts
		).toEqual([1, 1, 1]);
	});

	it('rejects probabilities outside [0, 1] and a bin count below 1', () => {
		expect(() => computeCalibration([1.2], [1])).toThrow(FaroError);
		expect(() => computeCalibration([0.2], [1], 0)).toThrow(/whole number of bins/);
	});
});
