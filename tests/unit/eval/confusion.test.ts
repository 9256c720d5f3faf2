import { describe, expect, it } from 'vitest';
import {
	argmaxPredictions,
	confusionMatrix,
	normaliseConfusion,
	thresholdPredictions
} from '$lib/eval';
import { FaroError } from '$lib/shared/errors';

describe('confusionMatrix', () => {
	it('counts true rows against predicted columns, classes without rows included', () => {
		const counts = confusionMatrix(
			new Int32Array([0, 0, 1, 2, 1]),
			new Int32Array([0, 1, 1, 1, 1]),
			4
		);
		expect(counts).toEqual([
			[1, 1, 0, 0],
			[0, 2, 0, 0],
			[0, 1, 0, 0],
			[0, 0, 0, 0]
		]);
		expect(normaliseConfusion(counts)).toEqual([
			[0.5, 0.5, 0, 0],
			[0, 1, 0, 0],
			[0, 1, 0, 0],
			[0, 0, 0, 0]
		]);
	});

	it('handles one row and rejects indices out of range', () => {
		expect(confusionMatrix([1], [0], 2)).toEqual([
			[0, 0],
			[1, 0]
		]);
		expect(() => confusionMatrix([0], [2], 2)).toThrow(FaroError);
		expect(() => confusionMatrix([0, 1], [0], 2)).toThrow(FaroError);
	});
});

describe('argmaxPredictions and thresholdPredictions', () => {
	it('takes the largest probability, ties → the lowest index', () => {
		const proba = new Float32Array([0.1, 0.6, 0.3, 1 / 3, 1 / 3, 1 / 3, 0.2, 0.4, 0.4]);
		expect(Array.from(argmaxPredictions(proba, 3))).toEqual([1, 0, 1]);
	});

	it('predicts the positive class at p ≥ threshold, whichever column is positive', () => {
		const proba = new Float64Array([0.6, 0.4, 0.5, 0.5, 0.2, 0.8]);
		expect(Array.from(thresholdPredictions(proba, 1, 0.5))).toEqual([0, 1, 1]);
		expect(Array.from(thresholdPredictions(proba, 0, 0.5))).toEqual([0, 0, 1]);
	});
});
