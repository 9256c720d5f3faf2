import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import {
	defaultModelSpec,
	meanCrossEntropy,
	predictProba,
	trainModel,
	type ModelSpec,
	type TrainInput
} from '$lib/models';
import { FaroError } from '$lib/shared/errors';
import reference from '../../fixtures/reference/logistic-iris.json';
import { expectClose } from '../helpers/expect-close';
import { accuracy, blobs, matrix } from './toy-data';

beforeAll(async () => {
	await tf.setBackend('cpu');
});
afterAll(async () => {
	await tf.setBackend('cpu');
});

const twoBlobs = (seed: number, sd = 0.5) =>
	blobs(
		[
			[-1, -1],
			[1, 1]
		],
		40,
		sd,
		seed
	);
const spec = (over: Partial<ModelSpec> = {}): ModelSpec => ({
	...defaultModelSpec('mlp', 80),
	hiddenUnits: [8],
	batchSize: 16,
	maxEpochs: 20,
	learningRate: 0.01,
	...over
});
const input = (over: Partial<ModelSpec> = {}, seed = 1): TrainInput => ({
	train: twoBlobs(1),
	validation: twoBlobs(2),
	classCount: 2,
	spec: spec(over),
	seed
});

async function weightsOf(model: tf.LayersModel): Promise<number[][]> {
	return Promise.all(model.getWeights().map(async (w) => Array.from(await w.data())));
}

async function codeOf(work: Promise<unknown>): Promise<string> {
	try {
		await work;
	} catch (err) {
		return err instanceof FaroError ? err.code : `not a FaroError: ${err}`;
	}
	return 'resolved';
}

describe('trainModel', () => {
	it('separates two separable blobs with accuracy 1 (logistic regression)', async () => {
		const trained = await trainModel({
			...input({ family: 'logistic', hiddenUnits: [], learningRate: 0.1 }),
			train: twoBlobs(1, 0.3),
			validation: twoBlobs(2, 0.3)
		});
		const test = twoBlobs(3, 0.3);
		expect(accuracy(await predictProba(trained.model, test.x), test.y, 2)).toBe(1);
		expect(trained.model.layers).toHaveLength(1);
		trained.model.dispose();
	});

	it('learns 3 classes with a softmax over 3 units, rows summing to 1', async () => {
		const centres = [
			[-2, 0],
			[2, 0],
			[0, 2.5]
		];
		const trained = await trainModel({
			train: blobs(centres, 30, 0.5, 4),
			validation: blobs(centres, 10, 0.5, 5),
			classCount: 3,
			spec: spec({ maxEpochs: 40 }),
			seed: 3
		});
		const test = blobs(centres, 20, 0.5, 6);
		const proba = await predictProba(trained.model, test.x, 7);
		expect(proba).toHaveLength(60 * 3);
		for (let i = 0; i < 60; i++)
			expect(proba[3 * i] + proba[3 * i + 1] + proba[3 * i + 2]).toBeCloseTo(1, 5);
		expect(accuracy(proba, test.y, 3)).toBeGreaterThanOrEqual(0.95);
		trained.model.dispose();
	});

	it('approaches scikit-learn multinomial logistic regression on iris (1,000 full-batch Adam epochs, within 0.005)', async () => {
		const x = matrix(Float32Array.from(reference.x.flat()), reference.y.length, 4);
		const data = { x, y: Int32Array.from(reference.y) };
		const logistic = {
			...defaultModelSpec('logistic', 150),
			solver: 'adam' as const,
			l2: reference.l2,
			learningRate: 0.05,
			batchSize: 150,
			maxEpochs: 1000,
			patience: 1000
		};
		// A 3-row validation part keeps the per-epoch validation cheap: only convergence matters here.
		const validation = { x: matrix(x.dense.slice(0, 12), 3, 4), y: data.y.slice(0, 3) };
		const trained = await trainModel({
			train: data,
			validation,
			classCount: 3,
			spec: logistic,
			seed: 1
		});
		expectClose(Array.from(await predictProba(trained.model, x)), reference.proba.flat(), {
			digits: 2
		});
		trained.model.dispose();
	});

	it('gives bit-identical weights and predictions for the same seed on cpu, and other weights for another seed', async () => {
		const a = await trainModel(input({ dropout: 0.2 }));
		const b = await trainModel(input({ dropout: 0.2 }));
		const c = await trainModel(input({ dropout: 0.2 }, 2));
		expect(await weightsOf(a.model)).toEqual(await weightsOf(b.model));
		expect(await predictProba(a.model, twoBlobs(3).x)).toEqual(
			await predictProba(b.model, twoBlobs(3).x)
		);
		expect(a.history).toEqual(
			b.history.map((e, i) => ({
				...e,
				elapsedMs: a.history[i].elapsedMs,
				etaMs: a.history[i].etaMs
			}))
		);
		expect(await weightsOf(a.model)).not.toEqual(await weightsOf(c.model));
		[a, b, c].forEach((t) => t.model.dispose());
	});

	it('gives bit-identical weights for the same seed on wasm', async () => {
		await tf.setBackend('wasm');
		try {
			const a = await trainModel(input({ dropout: 0.2 }));
			const b = await trainModel(input({ dropout: 0.2 }));
			expect(await weightsOf(a.model)).toEqual(await weightsOf(b.model));
			[a, b].forEach((t) => t.model.dispose());
		} finally {
			await tf.setBackend('cpu');
		}
	});

	// Sparse inputs train through the JavaScript first layer (sparse-first-layer.ts): the same maths in
	// another summation order, so the weights agree to float rounding rather than bit for bit.
	it('treats sparse feature columns like the same values stored densely', async () => {
		const dense = twoBlobs(1);
		const n = dense.x.rowCount;
		const sparse = {
			...dense.x,
			dense: new Float32Array(0),
			denseWidth: 0,
			sparse: {
				rowPtr: Int32Array.from({ length: n + 1 }, (_, i) => 2 * i),
				indices: Int32Array.from({ length: 2 * n }, (_, k) => k % 2),
				values: dense.x.dense,
				width: 2
			}
		};
		const a = await trainModel(input());
		const b = await trainModel({ ...input(), train: { x: sparse, y: dense.y } });
		expectClose(await weightsOf(b.model), await weightsOf(a.model), { digits: 4 });
		expect(b.history.length).toBe(a.history.length);
		[a, b].forEach((t) => t.model.dispose());
	});

	it('stops early and returns the best epoch, whose validation loss is the minimum of the history', async () => {
		// Few, noisy rows and a wide network: validation loss turns up after a few epochs.
		const noisy = {
			...input({
				hiddenUnits: [64, 64],
				dropout: 0,
				l2: 0,
				learningRate: 0.05,
				maxEpochs: 200,
				patience: 3
			}),
			train: blobs(
				[
					[-0.3, 0],
					[0.3, 0]
				],
				15,
				1,
				7
			),
			validation: blobs(
				[
					[-0.3, 0],
					[0.3, 0]
				],
				15,
				1,
				8
			)
		};
		const trained = await trainModel(noisy);
		expect(trained.stoppedEarly).toBe(true);
		const losses = trained.history.map((e) => e.valLoss);
		const best = Math.min(...losses);
		expect(trained.bestEpoch).toBe(losses.indexOf(best));
		expect(trained.history).toHaveLength(trained.bestEpoch + 4);
		const valLoss = meanCrossEntropy(
			await predictProba(trained.model, noisy.validation.x),
			noisy.validation.y,
			2
		);
		expect(valLoss).toBe(best);
		trained.model.dispose();
	});

	it('reports every epoch with its time, and a final epoch count within maxEpochs', async () => {
		const epochs: number[] = [];
		const trained = await trainModel(input({ maxEpochs: 5, patience: 10 }), {
			onEpoch: (e) => epochs.push(e.epoch)
		});
		expect(epochs).toEqual([0, 1, 2, 3, 4]);
		expect(trained.stoppedEarly).toBe(false);
		expect(trained.history.every((e) => e.elapsedMs >= 0 && e.loss > 0 && e.valLoss > 0)).toBe(
			true
		);
		expect(trained.history[4].etaMs).toBe(0);
		trained.model.dispose();
	});

	it('cancels between batches with "cancelled" and leaves no tensor behind', async () => {
		await trainModel(input({ maxEpochs: 1 })).then((t) => t.model.dispose()); // warm-up allocations
		const before = tf.memory().numTensors;
		const controller = new AbortController();
		const work = trainModel(input({ maxEpochs: 50 }), {
			signal: controller.signal,
			onEpoch: (e) => e.epoch === 2 && controller.abort()
		});
		expect(await codeOf(work)).toBe('cancelled');
		expect(tf.memory().numTensors).toBe(before);
	});

	it('leaves no tensor behind once the trained model is disposed', async () => {
		await trainModel(input({ maxEpochs: 1 })).then((t) => t.model.dispose());
		const before = tf.memory().numTensors;
		const trained = await trainModel(input({ dropout: 0.2, maxEpochs: 8, patience: 2 }));
		await predictProba(trained.model, twoBlobs(5).x);
		trained.model.dispose();
		expect(tf.memory().numTensors).toBe(before);
	});

	it('moves the decision towards a class given a higher weight', async () => {
		// Overlapping classes: unweighted, few rows are called class 1; weighting class 1 ×8 calls many more.
		const data = (seed: number) => blobs([[-0.5], [0.5]], 60, 1, seed);
		const positives = async (classWeights: number[] | null) => {
			const trained = await trainModel({
				train: data(1),
				validation: data(2),
				classCount: 2,
				spec: spec({ family: 'logistic', hiddenUnits: [], learningRate: 0.05, classWeights }),
				seed: 1
			});
			const proba = await predictProba(trained.model, data(3).x);
			trained.model.dispose();
			return Array.from(
				{ length: proba.length / 2 },
				(_, i) => proba[2 * i + 1] > proba[2 * i]
			).filter(Boolean).length;
		};
		const plain = await positives(null);
		const weighted = await positives([1, 8]);
		expect(weighted).toBeGreaterThan(plain + 20);
		expect(weighted).toBeGreaterThan(100);
	});

	it('fails with "training-diverged" when the loss stops being a number', async () => {
		const huge = twoBlobs(1);
		huge.x.dense.fill(3e38);
		expect(await codeOf(trainModel({ ...input({ learningRate: 10 }), train: huge }))).toBe(
			'training-diverged'
		);
	});

	it('rejects class weights that do not match the classes, and an empty validation part', async () => {
		expect(await codeOf(trainModel(input({ classWeights: [1, 2, 3] })))).toBe('settings-invalid');
		const empty = { x: matrix(new Float32Array(0), 0, 2), y: new Int32Array(0) };
		expect(await codeOf(trainModel({ ...input(), validation: empty }))).toBe('class-too-small');
	});
});
