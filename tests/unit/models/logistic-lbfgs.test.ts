/**
 * Logistic regression by L-BFGS against scikit-learn 1.2.1's LogisticRegression optimum
 * (tests/fixtures/logistic/make_fixtures.py): a binary dense case with class weights and a 3-class case with
 * dense columns beside a sparse TF-IDF block; plus iris (multinomial, C = 1) through trainModel. Probabilities
 * and coefficients must agree, not merely the accuracy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { FeatureMatrix } from '$lib/shared/feature-matrix';
import { minimizeLbfgs } from '$lib/models/lbfgs';
import { logisticObjective, logisticProba, trainLogisticLbfgs } from '$lib/models/logistic-lbfgs';
import {
	defaultModelSpec,
	meanCrossEntropy,
	predictProba,
	trainModel,
	type ModelSpec
} from '$lib/models';
import { FaroError } from '$lib/shared/errors';
import fixture from '../../fixtures/logistic/logistic.json';
import iris from '../../fixtures/reference/logistic-iris.json';
import { expectClose } from '../helpers/expect-close';
import { matrix } from './toy-data';

type Part = {
	dense: number[];
	sparse: { rowPtr: number[]; indices: number[]; values: number[]; width: number } | null;
	y: number[];
};
type Case = (typeof fixture.cases)[number];

beforeAll(async () => {
	await tf.setBackend('cpu');
});
afterAll(async () => {
	await tf.setBackend('cpu');
});

function featuresOf(part: Part, denseWidth: number): FeatureMatrix {
	const rowCount = part.y.length;
	const sparse = part.sparse && {
		rowPtr: Int32Array.from(part.sparse.rowPtr),
		indices: Int32Array.from(part.sparse.indices),
		values: Float32Array.from(part.sparse.values),
		width: part.sparse.width
	};
	const width = denseWidth + (sparse?.width ?? 0);
	return {
		rowCount,
		dense: Float32Array.from(part.dense),
		denseWidth,
		sparse,
		names: Array.from({ length: width }, (_, j) => `f${j}`)
	};
}

const specFor = (c: Case, over: Partial<ModelSpec> = {}): ModelSpec => ({
	...defaultModelSpec('logistic', c.train.y.length),
	solver: 'lbfgs',
	l2: c.l2,
	maxEpochs: 1000,
	classWeights: c.classWeights,
	...over
});

/** scikit-learn's coefficients in Faro's terms: binary → W[:,1] − W[:,0]; multinomial → W (class sums are 0). */
function sklearnView(kernel: Float32Array, bias: Float32Array, width: number, k: number) {
	if (k === 2) {
		return {
			coef: [Array.from({ length: width }, (_, j) => kernel[j * 2 + 1] - kernel[j * 2])],
			intercept: [bias[1] - bias[0]]
		};
	}
	const meanBias = bias.reduce((a, b) => a + b, 0) / k;
	return {
		coef: Array.from({ length: k }, (_, c) =>
			Array.from({ length: width }, (_, j) => kernel[j * k + c])
		),
		intercept: Array.from(bias, (b) => b - meanBias)
	};
}

describe.each(fixture.cases.map((c) => [c.name, c] as const))(
	'L-BFGS logistic regression matches scikit-learn, %s',
	(_name, c) => {
		const train = featuresOf(c.train as Part, c.denseWidth);
		const test = featuresOf(c.test as Part, c.denseWidth);
		const y = Int32Array.from(c.train.y);

		it('reaches the same probabilities and coefficients (5 decimals, 4 for coefficients)', async () => {
			const trained = await trainLogisticLbfgs({
				train: { x: train, y },
				validation: { x: test, y: Int32Array.from(c.test.y) },
				classCount: c.classCount,
				spec: specFor(c),
				seed: 1
			});
			expectClose(Array.from(await predictProba(trained.model, test)), c.testProba, { digits: 5 });
			const [kernel, bias] = trained.model.getWeights().map((w) => w.dataSync() as Float32Array);
			const width = train.denseWidth + (train.sparse?.width ?? 0);
			const mean = sklearnView(kernel, bias, width, c.classCount);
			const centred =
				c.classCount === 2
					? c.intercept
					: c.intercept.map((b) => b - c.intercept.reduce((a, v) => a + v, 0) / c.classCount);
			expectClose(mean.coef, c.coef, { digits: 4 });
			expectClose(mean.intercept, centred, { digits: 4 });
			// one report per iteration, the training loss falling overall and a validation loss each time
			expect(trained.history.length).toBeGreaterThan(5);
			expect(trained.history[trained.history.length - 1].loss).toBeLessThan(
				trained.history[0].loss
			);
			expect(trained.history.every((h) => Number.isFinite(h.valLoss))).toBe(true);
			// the last report's validation loss is the returned model's
			const validationProba = await predictProba(trained.model, test);
			expect(trained.history[trained.history.length - 1].valLoss).toBeCloseTo(
				meanCrossEntropy(validationProba, Int32Array.from(c.test.y), c.classCount, c.classWeights),
				5
			);
			trained.model.dispose();
		});

		it("has the objective's gradient right (central differences)", () => {
			const cw = c.classWeights;
			const weights = cw ? Float64Array.from(y, (v) => cw[v]) : null;
			const f = logisticObjective(train, y, c.classCount, weights, c.l2);
			const width = train.denseWidth + (train.sparse?.width ?? 0);
			const theta = Float64Array.from(
				{ length: (width + 1) * c.classCount },
				(_, i) => Math.sin(i) * 0.3
			);
			const gradient = new Float64Array(theta.length);
			f(theta, gradient);
			const scratch = new Float64Array(theta.length);
			for (const q of [0, 1, 5, theta.length - 1, theta.length - c.classCount - 1]) {
				const h = 1e-6;
				const plus = Float64Array.from(theta);
				plus[q] += h;
				const minus = Float64Array.from(theta);
				minus[q] -= h;
				const numeric = (f(plus, scratch) - f(minus, scratch)) / (2 * h);
				expect(gradient[q]).toBeCloseTo(numeric, 6);
			}
		});

		it('gives the probabilities of logisticProba in the TF.js model, and ignores seed, learning rate and batch', async () => {
			const a = await trainLogisticLbfgs({
				train: { x: train, y },
				validation: { x: test, y: Int32Array.from(c.test.y) },
				classCount: c.classCount,
				spec: specFor(c, { maxEpochs: 30 }),
				seed: 1
			});
			const b = await trainLogisticLbfgs({
				train: { x: train, y },
				validation: { x: test, y: Int32Array.from(c.test.y) },
				classCount: c.classCount,
				spec: specFor(c, { maxEpochs: 30, learningRate: 0.5, batchSize: 7 }),
				seed: 9
			});
			const wa = a.model.getWeights().map((w) => Array.from(w.dataSync()));
			const wb = b.model.getWeights().map((w) => Array.from(w.dataSync()));
			expect(wb).toEqual(wa);
			a.model.dispose();
			b.model.dispose();
		});
	}
);

describe('L-BFGS through trainModel', () => {
	it("solves iris as scikit-learn's multinomial C = 1 does (4 decimals: that reference stopped at its tol 1e-4)", async () => {
		const x = matrix(Float32Array.from(iris.x.flat()), iris.y.length, 4);
		const y = Int32Array.from(iris.y);
		const trained = await trainModel({
			train: { x, y },
			validation: { x: matrix(x.dense.slice(0, 12), 3, 4), y: y.slice(0, 3) },
			classCount: 3,
			spec: { ...defaultModelSpec('logistic', 150), solver: 'lbfgs', l2: iris.l2, maxEpochs: 500 },
			seed: 1
		});
		expectClose(Array.from(await predictProba(trained.model, x)), iris.proba.flat(), { digits: 4 });
		expect(trained.stoppedEarly).toBe(false);
		trained.model.dispose();
	});

	it('stops at maxEpochs iterations, and on cancel with FaroError cancelled', async () => {
		const c = fixture.cases[1];
		const train = featuresOf(c.train as Part, c.denseWidth);
		const input = {
			train: { x: train, y: Int32Array.from(c.train.y) },
			validation: { x: train, y: Int32Array.from(c.train.y) },
			classCount: c.classCount,
			seed: 1
		};
		const capped = await trainModel({ ...input, spec: specFor(c, { maxEpochs: 4 }) });
		expect(capped.history).toHaveLength(4);
		capped.model.dispose();
		const controller = new AbortController();
		const error = await trainModel(
			{ ...input, spec: specFor(c) },
			{ signal: controller.signal, onEpoch: (e) => e.epoch === 1 && controller.abort() }
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(FaroError);
		expect(error).toMatchObject({ code: 'cancelled' });
	});

	it('rejects solver lbfgs on an MLP, naming the field', async () => {
		const spec = { ...defaultModelSpec('mlp', 10), solver: 'lbfgs' as const };
		const x = matrix(new Float32Array(20), 10, 2);
		const error = await trainModel({
			train: { x, y: new Int32Array(10).map((_, i) => i % 2) },
			validation: { x, y: new Int32Array(10).map((_, i) => i % 2) },
			classCount: 2,
			spec,
			seed: 1
		}).catch((e: unknown) => e);
		expect(error).toMatchObject({ code: 'settings-invalid' });
		expect((error as FaroError).message).toContain('"solver"');
	});
});

describe('minimizeLbfgs', () => {
	it('finds the minimum of the Rosenbrock function from (−1.2, 1)', async () => {
		const rosenbrock = (x: Float64Array, g: Float64Array) => {
			const [a, b] = x;
			g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
			g[1] = 200 * (b - a * a);
			return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
		};
		const result = await minimizeLbfgs(rosenbrock, Float64Array.from([-1.2, 1]), {
			maxIterations: 500,
			gradientTolerance: 1e-9
		});
		expect(result.reason).toBe('gradient');
		expect(result.x[0]).toBeCloseTo(1, 6);
		expect(result.x[1]).toBeCloseTo(1, 6);
	});
	it('the probabilities helper agrees with the objective at the optimum (sanity of logisticProba)', () => {
		const c = fixture.cases[0];
		const x = featuresOf(c.test as Part, c.denseWidth);
		const theta = new Float64Array((c.denseWidth + 1) * 2);
		const proba = logisticProba(x, 2, theta);
		expect(Array.from(proba.slice(0, 4))).toEqual([0.5, 0.5, 0.5, 0.5]);
	});
});
