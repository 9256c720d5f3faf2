import { describe, expect, it } from 'vitest';
import { defaultBatchSize, defaultModelSpec, validateModelSpec, type ModelSpec } from '$lib/models';
import { FaroError } from '$lib/shared/errors';

describe('defaultModelSpec', () => {
	it('gives an MLP (64, 32) relu with dropout 0.3, L2 1e-3, Adam 1e-3, 100 epochs, patience 10', () => {
		expect(defaultModelSpec('mlp', 1000)).toEqual({
			family: 'mlp',
			hiddenUnits: [64, 32],
			activation: 'relu',
			dropout: 0.3,
			l2: 1e-3,
			learningRate: 1e-3,
			batchSize: 32,
			maxEpochs: 100,
			patience: 10,
			classWeights: null
		});
	});

	it('gives a logistic regression with no hidden layer and valid settings', () => {
		const spec = defaultModelSpec('logistic', 700);
		expect(spec.hiddenUnits).toEqual([]);
		expect(spec.solver).toBe('lbfgs');
		expect(defaultModelSpec('logistic', 700, { hasText: true }).solver).toBe('lbfgs');
		expect(defaultModelSpec('mlp', 700).solver).toBeUndefined();
		expect(() => validateModelSpec(spec)).not.toThrow();
	});

	it('scales the batch with the rows: 32 for small data, n/50 as a power of two, at most 512', () => {
		expect([0, 1, 1000, 2000, 5000, 12_800, 100_000, 10_000_000].map(defaultBatchSize)).toEqual([
			32, 32, 32, 32, 128, 256, 512, 512
		]);
	});
});

describe('validateModelSpec', () => {
	const valid = defaultModelSpec('mlp', 500);
	const cases: [keyof ModelSpec, unknown][] = [
		['family', 'forest'],
		['hiddenUnits', [64, 0]],
		['hiddenUnits', [1.5]],
		['activation', 'sigmoid'],
		['dropout', 1],
		['dropout', NaN],
		['l2', -1],
		['learningRate', 0],
		['batchSize', 0],
		['maxEpochs', 2.5],
		['patience', -1],
		['classWeights', [1, -2]],
		['classWeights', [0, 0]]
	];
	it.each(cases)('rejects %s = %j as settings-invalid naming the field', (field, value) => {
		const spec = { ...valid, [field]: value } as ModelSpec;
		expect(() => validateModelSpec(spec)).toThrow(FaroError);
		try {
			validateModelSpec(spec);
		} catch (err) {
			expect((err as FaroError).code).toBe('settings-invalid');
			expect((err as FaroError).message).toContain(`"${field}"`);
		}
	});

	it('accepts null or per-class weights', () => {
		expect(() => validateModelSpec({ ...valid, classWeights: [1, 3.5] })).not.toThrow();
		expect(() => validateModelSpec({ ...valid, classWeights: null })).not.toThrow();
	});
});
