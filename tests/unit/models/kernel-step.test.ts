/**
 * The WebAssembly MLP step (kernel-step.ts, mlp-kernel.wat): its gradients against TF.js autodiff (`tf.grads`
 * of the loss written the obvious way) for each activation with dropout, row weights, L2 and widths that
 * leave the kernel's 4 × 8 blocks with remainders; its training against the TF.js step (same seeds: the same
 * masks and batches, so the same weights up to float rounding), dense and sparse; the committed binary is
 * checked fresh in gbdt-wasm.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { buildModel } from '$lib/models/build';
import { adamStepInPlace } from '$lib/models/adam';
import { adamInKernel, createKernelTrainer } from '$lib/models/kernel-step';
import { createTrainer } from '$lib/models/step';
import { defaultModelSpec, trainModel, type Activation, type ModelSpec } from '$lib/models';
import type { FeatureMatrix } from '$lib/shared/feature-matrix';
import { createRng } from '$lib/shared/rng';
import { loadFixture } from '../../fixtures/gbdt/load-fixture';
import { expectClose } from '../helpers/expect-close';
import { referenceLoss } from './reference-loss';
import { blobs, matrix } from './toy-data';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

/** The kernel trainer, which Node's wasm and cpu backends always have. */
function kernelTrainer(...args: Parameters<typeof createKernelTrainer>) {
	const trainer = createKernelTrainer(...args);
	if (!trainer) throw new Error('no WebAssembly MLP kernel here');
	return trainer;
}

const spec = (over: Partial<ModelSpec>): ModelSpec => ({
	...defaultModelSpec('mlp', 100),
	...over
});

describe('the WebAssembly MLP step', () => {
	it.each<Activation>(['relu', 'tanh', 'elu'])(
		'gives TF.js autodiff’s gradients for a %s MLP with dropout, row weights and L2 (widths 9 → 13 → 6 → 3)',
		(activation) => {
			const rng = createRng(21);
			const s = spec({ hiddenUnits: [13, 6], activation, dropout: 0.25, l2: 0.01 });
			const { model, layers } = buildModel(s, 9, 3, rng);
			const rows = 11; // not a multiple of 4
			const x = Float32Array.from({ length: rows * 9 }, () => 4 * rng.next() - 2);
			const targets = new Float32Array(rows * 3);
			for (let r = 0; r < rows; r++) targets[r * 3 + (r % 3)] = 0.5 + (r % 4);
			const masks = layers.map((l) =>
				l.dropout > 0
					? Float32Array.from({ length: rows * l.units }, (_, k) => (k % 3 === 0 ? 0 : 1 / 0.75))
					: null
			);
			const trainer = kernelTrainer(model, layers, {
				learningRate: 0.01,
				l2: s.l2,
				rng: createRng(1),
				batchSize: 16
			});
			const rowIds = Int32Array.from({ length: rows }, (_, i) => i);
			const ours = trainer.gradientsOf(matrix(x, rows, 9), rowIds, targets, masks);
			const weights = model.getWeights();
			const expected = tf.grads((...w: tf.Tensor[]) =>
				referenceLoss(
					tf.tensor2d(x, [rows, 9]),
					tf.tensor2d(targets, [rows, 3]),
					w,
					layers,
					masks.map((m, i) => (m ? tf.tensor2d(m, [rows, layers[i].units]) : null)),
					s.l2
				)
			)(weights);
			const flat = expected.flatMap((g) => Array.from(g.dataSync()));
			expect(ours.length).toBe(flat.length);
			expectClose(Array.from(ours), flat, { digits: 5, path: 'gradient' });
			model.dispose();
		}
	);

	it('trains like the TF.js step: the same weights after 40 steps (dense, dropout), to float rounding', () => {
		const data = blobs(
			[
				[0, 0, 0, 0, 0],
				[1, 1, 0, 0, 1]
			],
			150,
			1,
			3
		);
		const s = spec({ hiddenUnits: [12, 8], dropout: 0.2, l2: 1e-3 });
		const weightsAfter = (kernel: boolean) => {
			const { model, layers } = buildModel(s, 5, 2, createRng(7));
			const options = {
				learningRate: 0.01,
				l2: s.l2,
				rng: createRng(8),
				batchSize: 32
			};
			const trainer = kernel
				? kernelTrainer(model, layers, options)
				: createTrainer(model, layers, options);
			const order = createRng(9);
			for (let i = 0; i < 40; i++) {
				const rows = Int32Array.from({ length: 32 }, () => order.int(300));
				const targets = new Float32Array(64);
				rows.forEach((r, j) => (targets[2 * j + data.y[r]] = 1));
				trainer.step(data.x, rows, targets);
			}
			trainer.writeTo(model);
			const out = model.getWeights().flatMap((w) => Array.from(w.dataSync()));
			trainer.dispose();
			model.dispose();
			return out;
		};
		expectClose(weightsAfter(true), weightsAfter(false), { digits: 4, path: 'weights' });
	});

	it('trains like the TF.js step on sparse (TF-IDF) inputs, whose first kernel stays in JavaScript', async () => {
		const text = loadFixture('tfidf');
		const train = text.train as { x: FeatureMatrix; y: Int32Array };
		const s = spec({ hiddenUnits: [8], maxEpochs: 3, patience: 3, batchSize: 64 });
		const input = {
			train,
			validation: text.test as { x: FeatureMatrix; y: Int32Array },
			classCount: 3,
			spec: s,
			seed: 4
		};
		const kernel = await trainModel(input, {}, { wasm: true });
		const plain = await trainModel(input, {}, { wasm: false });
		expectClose(
			kernel.history.map((h) => [h.loss, h.valLoss]),
			plain.history.map((h) => [h.loss, h.valLoss]),
			{ digits: 4, path: 'history' }
		);
		kernel.model.dispose();
		plain.model.dispose();
	});

	it('takes Adam steps bit for bit as adam.ts does (float64 lanes, float32 storage), odd lengths too', () => {
		const rng = createRng(30);
		const random = (n: number, scale: number) =>
			Float32Array.from({ length: n }, () => (2 * rng.next() - 1) * scale);
		for (const length of [1, 2, 7, 1000]) {
			const params = random(length, 1);
			const m = random(length, 0.1);
			const v = Float32Array.from(random(length, 0.01), Math.abs);
			const ours = [params.slice(), m.slice(), v.slice()];
			const theirs = [params.slice(), m.slice(), v.slice()];
			for (let t = 1; t <= 5; t++) {
				const grad = random(length, 2);
				const options = { learningRate: 0.003, t, decay: 2e-4 };
				adamInKernel(ours[0], grad.slice(), ours[1], ours[2], options);
				adamStepInPlace(theirs[0], grad.slice(), theirs[1], theirs[2], options);
			}
			ours.forEach((a, i) => expect(Array.from(a)).toEqual(Array.from(theirs[i])));
		}
	});

	it('is there on both main-memory backends, wasm and cpu', async () => {
		const { model, layers } = buildModel(spec({}), 3, 2, createRng(1));
		const options = { learningRate: 0.01, l2: 0, rng: createRng(2), batchSize: 8 };
		expect(createKernelTrainer(model, layers, options)).not.toBeNull(); // cpu
		await tf.setBackend('wasm');
		expect(createKernelTrainer(model, layers, options)).not.toBeNull();
		await tf.setBackend('cpu');
		model.dispose();
	});
});
