import { describe, expect, it } from 'vitest';
import { computeRoc } from '$lib/eval';
import { FaroError } from '$lib/shared/errors';
import { expectClose } from '../helpers/expect-close';
import { loadReference, type EdgesReference } from './load-reference';

const edges = loadReference<EdgesReference>('edges');

describe('computeRoc', () => {
	it('gives AUC 0.75 on the four-point textbook case', () => {
		const roc = computeRoc(new Float64Array([0.1, 0.4, 0.35, 0.8]), new Int32Array([0, 0, 1, 1]));
		expect(roc.auc).toBeCloseTo(0.75, 12);
		// By hand: 0.8 catches a positive, 0.4 a negative, 0.35 the other positive; 0.1 adds the last negative.
		expect(roc.fpr).toEqual([0, 0, 0.5, 0.5, 1]);
		expect(roc.tpr).toEqual([0, 0.5, 0.5, 1, 1]);
		expect(roc.thresholds).toEqual([1.8, 0.8, 0.4, 0.35, 0.1]);
	});

	it('starts at max + 1 (scikit-learn 1.2.1) and accepts Uint8Array labels and Float32Array scores', () => {
		const roc = computeRoc(new Float32Array([0.5, 0.25]), new Uint8Array([1, 0]));
		expect(roc.thresholds).toEqual([1.5, 0.5, 0.25]);
		expect(roc.auc).toBe(1);
	});

	for (const c of edges.curves) {
		it(`matches scikit-learn roc_curve and roc_auc_score: ${c.name}`, () => {
			const roc = computeRoc(Float64Array.from(c.scores), Int32Array.from(c.positives));
			expectClose(roc, { ...c.roc, auc: c.auc ?? NaN }, { digits: 12 });
		});
	}

	it('gives NaN tpr and AUC when there is no positive, where scikit-learn raises', () => {
		const roc = computeRoc([0.2, 0.9], new Uint8Array([0, 0]));
		expect(roc.tpr.every(Number.isNaN)).toBe(true);
		expect(roc.fpr).toEqual([0, 0.5, 1]);
		expect(Number.isNaN(roc.auc)).toBe(true);
	});

	it('drops collinear points but keeps the area of the full curve', () => {
		const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
		const roc = computeRoc(scores, [1, 1, 1, 0, 0, 0]);
		expect(roc.tpr).toEqual([0, 1 / 3, 1, 1]);
		expect(roc.fpr).toEqual([0, 0, 0, 1]);
		expect(roc.auc).toBe(1);
	});

	it('rejects empty input, mismatched lengths, NaN scores and labels other than 0/1', () => {
		const code = (fn: () => unknown) => {
			try {
				fn();
			} catch (err) {
				return err instanceof FaroError ? err.code : 'not a FaroError';
			}
			return 'no error';
		};
		expect(code(() => computeRoc([], []))).toBe('eval-input-invalid');
		expect(code(() => computeRoc([0.1, 0.2], [1]))).toBe('eval-input-invalid');
		expect(code(() => computeRoc([0.1, NaN], [1, 0]))).toBe('eval-input-invalid');
		expect(code(() => computeRoc([0.1, 0.2], [1, 2]))).toBe('eval-input-invalid');
	});
});
