import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { lossAndGradients } from '$lib/models/step';
import { planLayers } from '$lib/models/build';
import { defaultModelSpec, type Activation } from '$lib/models';
import { createRng } from '$lib/shared/rng';
import { expectClose } from '../helpers/expect-close';
import { referenceLoss } from './reference-loss';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

function randomTensor(shape: number[], rng: ReturnType<typeof createRng>, scale = 1) {
	const size = shape.reduce((a, b) => a * b, 1);
	return tf.tensor(
		Float32Array.from({ length: size }, () => (2 * rng.next() - 1) * scale),
		shape
	);
}

describe('lossAndGradients (hand-written backpropagation)', () => {
	it.each<Activation>(['relu', 'tanh', 'elu'])(
		'matches TF.js autodiff for a %s MLP with dropout, class weights and L2',
		(activation) => {
			const rng = createRng(11);
			const spec = {
				...defaultModelSpec('mlp', 100),
				hiddenUnits: [5, 4],
				activation,
				dropout: 0.25
			};
			const layers = planLayers(spec, 3, 3);
			const rows = 6;
			const x = randomTensor([rows, 3], rng, 2);
			const weights = layers.flatMap((l) => [
				randomTensor([l.inputUnits, l.units], rng),
				randomTensor([l.units], rng, 0.5)
			]);
			const rowWeight = [1, 2, 0.5, 1, 3, 1];
			const targets = tf.tensor2d(
				Array.from({ length: rows * 3 }, (_, k) =>
					k % 3 === Math.floor(k / 3) % 3 ? rowWeight[Math.floor(k / 3)] : 0
				),
				[rows, 3]
			);
			const masks = layers.map((l) =>
				l.dropout > 0
					? tf.tensor2d(
							Array.from({ length: rows * l.units }, (_, k) => (k % 3 === 0 ? 0 : 1 / 0.75)),
							[rows, l.units]
						)
					: null
			);
			const l2 = 0.01;
			const ours = lossAndGradients(x, targets, weights, layers, masks, l2);
			const expected = tf.grads((...w: tf.Tensor[]) =>
				referenceLoss(x, targets, w, layers, masks, l2)
			)(weights);
			ours.grads.forEach((g, i) =>
				expectClose(Array.from(g.dataSync()), Array.from(expected[i].dataSync()), {
					digits: 5,
					path: `grad[${i}]`
				})
			);
			const meanCe = ours.batchLoss.dataSync()[0] / rows;
			const penalty = layers.reduce(
				(s, _, i) => s + l2 * tf.sum(tf.square(weights[2 * i])).dataSync()[0],
				0
			);
			expect(meanCe + penalty).toBeCloseTo(
				referenceLoss(x, targets, weights, layers, masks, l2).dataSync()[0],
				5
			);
		}
	);
});

describe('lossAndGradients with the first product given (sparse inputs)', () => {
	it('returns dz₀ such that Xᵀ·dz₀ + 2·l2·W₀ and the other gradients match TF.js autodiff', () => {
		const rng = createRng(5);
		const spec = { ...defaultModelSpec('mlp', 100), hiddenUnits: [4], activation: 'elu' as const };
		const layers = planLayers(spec, 6, 3);
		const rows = 5;
		const x = randomTensor([rows, 6], rng);
		const weights = layers.flatMap((l) => [
			randomTensor([l.inputUnits, l.units], rng),
			randomTensor([l.units], rng, 0.5)
		]);
		const targets = tf.oneHot(tf.tensor1d([0, 2, 1, 2, 0], 'int32'), 3).toFloat();
		const masks = layers.map(() => null);
		const l2 = 0.02;
		const product = tf.matMul(x, weights[0]);
		const ours = lossAndGradients(
			product,
			targets,
			[null, ...weights.slice(1)],
			layers,
			masks,
			l2,
			true
		);
		const expected = tf.grads((...w: tf.Tensor[]) =>
			referenceLoss(x, targets, w, layers, masks, l2)
		)(weights);
		const firstKernel = tf.add(tf.matMul(x.transpose(), ours.grads[0]), tf.mul(weights[0], 2 * l2));
		[firstKernel, ...ours.grads.slice(1)].forEach((g, i) =>
			expectClose(Array.from(g.dataSync()), Array.from(expected[i].dataSync()), {
				digits: 5,
				path: `grad[${i}]`
			})
		);
		const full = lossAndGradients(x, targets, weights, layers, masks, l2);
		expect(ours.batchLoss.dataSync()[0]).toBeCloseTo(full.batchLoss.dataSync()[0], 5);
	});
});

describe('lossAndGradients at scikit-learn’s optimum', () => {
	it('has zero gradient at the multinomial logistic regression scikit-learn fits on iris (same objective)', async () => {
		const { default: reference } = await import('../../fixtures/reference/logistic-iris.json');
		const layers = planLayers({ ...defaultModelSpec('logistic', 150) }, 4, 3);
		const x = tf.tensor2d(reference.x);
		const targets = tf.oneHot(tf.tensor1d(reference.y, 'int32'), 3).toFloat();
		const kernel = tf.tensor2d(reference.coef).transpose(); // scikit-learn stores classes × features
		const bias = tf.tensor1d(reference.intercept);
		const { grads } = lossAndGradients(x, targets, [kernel, bias], layers, [null], reference.l2);
		for (const [i, g] of grads.entries()) {
			expectClose(Array.from(g.dataSync()), new Array(g.size).fill(0), {
				digits: 5,
				path: `grad[${i}]`
			});
		}
	});
});
