import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { buildModel, defaultModelSpec, predictProba } from '$lib/models';
import { predictProbaJs, readDenseChain } from '$lib/models/predict-js';
import type { FeatureMatrix } from '$lib/shared/feature-matrix';
import { createRng } from '$lib/shared/rng';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

function matrix(rows: number, denseWidth: number, sparseWidth: number): FeatureMatrix {
	const dense = Float32Array.from({ length: rows * denseWidth }, (_, i) => Math.sin(i * 1.7));
	const rowPtr = new Int32Array(rows + 1);
	const indices: number[] = [];
	const values: number[] = [];
	for (let r = 0; r < rows; r++) {
		for (let j = r % 3; j < sparseWidth; j += 3) {
			indices.push(j);
			values.push(Math.cos(r + j));
		}
		rowPtr[r + 1] = indices.length;
	}
	return {
		rowCount: rows,
		dense,
		denseWidth,
		sparse: { rowPtr, indices: Int32Array.from(indices), values: Float32Array.from(values), width: sparseWidth },
		names: Array.from({ length: denseWidth + sparseWidth }, (_, i) => `f${i}`)
	};
}

describe('predictProbaJs', () => {
	for (const activation of ['relu', 'tanh', 'elu'] as const) {
		it(`equals TF.js predictions within 1e-6 for an MLP with ${activation}, dense + sparse inputs`, async () => {
			const spec = { ...defaultModelSpec('mlp', 100), hiddenUnits: [16, 8], activation };
			const { model } = buildModel(spec, 12, 3, createRng(7));
			const x = matrix(40, 5, 7);
			const chain = await readDenseChain(model);
			expect(chain).not.toBeNull();
			const js = predictProbaJs(chain ?? [], x);
			const reference = await predictProba(model, x);
			expect(js).toHaveLength(reference.length);
			reference.forEach((p, i) => expect(Math.abs(p - js[i])).toBeLessThan(1e-6));
			model.dispose();
		});
	}
	it('handles logistic regression (one softmax layer)', async () => {
		const { model } = buildModel(defaultModelSpec('logistic', 100), 12, 2, createRng(3));
		const x = matrix(10, 5, 7);
		const js = predictProbaJs((await readDenseChain(model)) ?? [], x);
		const reference = await predictProba(model, x);
		reference.forEach((p, i) => expect(Math.abs(p - js[i])).toBeLessThan(1e-6));
		model.dispose();
	});
});
