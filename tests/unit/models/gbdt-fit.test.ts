/**
 * fitGbdt's behaviour beyond the scikit-learn fixtures: a hand-computed stump, early stopping and what it keeps,
 * cancel, progress, class and sample weights, determinism, the threshold subsample, dense vs sparse input, and
 * the errors of bad input.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureMatrix } from '$lib/shared/feature-matrix';
import { fitGbdt, predictGbdt } from '$lib/models/gbdt';
import { binFeatures, BINNING_SUBSAMPLE } from '$lib/models/gbdt/binning';
import { createGrowerScratch, growTree, type GrowParams } from '$lib/models/gbdt/grower';
import { histogramLayout } from '$lib/models/gbdt/histogram';
import { baselineScores, computeGradients, meanCrossEntropy } from '$lib/models/gbdt/loss';
import { defaultModelSpec, type ModelSpec, type TreeSpec } from '$lib/models/spec';
import type { TrainInput } from '$lib/models/train';
import { FaroError } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import { createRng } from '$lib/shared/rng';
import { loadFixture, noRows } from '../../fixtures/gbdt/load-fixture';
import { blobs, matrix } from './toy-data';

const spec = (over: Partial<ModelSpec> = {}, trees: Partial<TreeSpec> = {}): ModelSpec => {
	const base = defaultModelSpec('gbdt', 100);
	return { ...base, ...over, trees: { ...(base.trees as TreeSpec), ...trees } };
};
const none = (x: FeatureMatrix) => ({ x: noRows(x), y: new Int32Array(0) });
const input = (
	train: TrainInput['train'],
	s: ModelSpec,
	over: Partial<TrainInput> = {}
): TrainInput => ({
	train,
	validation: none(train.x),
	classCount: 2,
	spec: s,
	seed: 1,
	...over
});

/** Overlapping two-class blobs with 10% flipped labels: boosting overfits them quickly. */
function noisy(seed: number, perClass = 150) {
	const data = blobs(
		[
			[0, 0, 0],
			[0.8, 0.8, 0]
		],
		perClass,
		1,
		seed
	);
	const rng = createRng(seed + 100);
	for (let i = 0; i < data.y.length; i++) if (rng.next() < 0.1) data.y[i] = 1 - data.y[i];
	return data;
}

const expectFaroError = async (promise: Promise<unknown>, code: string): Promise<FaroError> => {
	const err = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(err).toBeInstanceOf(FaroError);
	expect((err as FaroError).code).toBe(code);
	return err as FaroError;
};

describe('fitGbdt on a hand-checkable case', () => {
	// x = 0, 1, 2, 3 with labels 0, 0, 1, 1; baseline logit(1/2) = 0, so every g = p − y = ±1/2 and h = 1/4.
	// The best split is x ≤ 1.5 (the midpoint threshold): G_L = 1, H_L = 1/2 → leaf −G/H = −2, right +2.
	const train = { x: matrix(Float32Array.of(0, 1, 2, 3), 4, 1), y: Int32Array.of(0, 0, 1, 1) };
	const s = spec({ learningRate: 1, maxEpochs: 1 }, { maxLeafNodes: 2, minSamplesLeaf: 1 });

	it('grows the stump −G / (H + λ) predicts, scaled by the learning rate', async () => {
		const { model, history } = await fitGbdt(input(train, s));
		expect(model.baseline).toEqual([0]);
		const tree = model.trees[0];
		expect(tree.feature).toEqual([0, -1, -1]);
		expect(tree.threshold[0]).toBe(1.5);
		expect(tree.left).toEqual([1, -1, -1]);
		expect(tree.right).toEqual([2, -1, -1]);
		expect(tree.value[1]).toBeCloseTo(-2, 12);
		expect(tree.value[2]).toBeCloseTo(2, 12);
		// every row now has log-odds ±2 on its own side: log loss log(1 + e^−2)
		expect(history[0].loss).toBeCloseTo(Math.log1p(Math.exp(-2)), 12);
	});

	it('sends missing values to the larger child when training had none (ties go right), and halves with L2', async () => {
		const { model } = await fitGbdt(input(train, s));
		expect(model.trees[0].missingLeft[0]).toBe(0);
		const proba = predictGbdt(model, matrix(Float32Array.of(NaN, 0), 2, 1));
		expect(proba[1]).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
		expect(proba[3]).toBeCloseTo(1 / (1 + Math.exp(2)), 6);
		// λ = 1/2: leaf −1 / (1/2 + 1/2) = −1
		const l2 = await fitGbdt(input(train, { ...s, l2: 0.5 }));
		expect(l2.model.trees[0].value[1]).toBeCloseTo(-1, 12);
	});

	it('learns where missing values go when training has them', async () => {
		// NaN rows are class 1: the split must send them with the class-1 rows
		const x = matrix(Float32Array.of(0, 1, 2, 3, NaN, NaN), 6, 1);
		const { model } = await fitGbdt(input({ x, y: Int32Array.of(0, 0, 1, 1, 1, 1) }, s));
		const proba = predictGbdt(model, matrix(Float32Array.of(NaN, 0, 3), 3, 1));
		expect(proba[1]).toBeCloseTo(proba[5], 6);
		expect(proba[1]).toBeGreaterThan(0.5);
		expect(proba[3]).toBeLessThan(0.5);
	});
});

describe('fitGbdt early stopping', () => {
	const train = noisy(1);
	const validation = noisy(2, 100);
	const s = spec({ learningRate: 0.5, maxEpochs: 200, patience: 5 }, { minSamplesLeaf: 2 });

	it('stops `patience` iterations after the best validation loss and keeps only the trees up to it', async () => {
		const { model, history, bestEpoch, stoppedEarly } = await fitGbdt(
			input(train, s, { validation })
		);
		expect(stoppedEarly).toBe(true);
		expect(history.length).toBe(bestEpoch + s.patience + 1);
		const losses = history.map((h) => h.valLoss);
		expect(bestEpoch).toBe(losses.indexOf(Math.min(...losses)));
		expect(model.trees.length).toBe(bestEpoch + 1);
		// the kept model scores the validation rows exactly as the best iteration did
		const valLoss = meanCrossEntropy(predictGbdt(model, validation.x), validation.y, 2);
		expect(valLoss).toBeCloseTo(history[bestEpoch].valLoss, 5);
		// training loss keeps falling
		expect(history[history.length - 1].loss).toBeLessThan(history[0].loss);
	});

	it('runs every iteration and keeps every tree when there are no validation rows', async () => {
		const { model, history, bestEpoch, stoppedEarly } = await fitGbdt(
			input(train, { ...s, maxEpochs: 30 })
		);
		expect(stoppedEarly).toBe(false);
		expect(history.length).toBe(30);
		expect(bestEpoch).toBe(29);
		expect(model.trees.length).toBe(30);
		expect(history.every((h) => Number.isNaN(h.valLoss))).toBe(true);
	});

	it('reports each iteration once with time spent and left, and progress along the way', async () => {
		const epochs: number[] = [];
		const progress: Progress[] = [];
		const { history } = await fitGbdt(
			input(train, { ...s, maxEpochs: 12, patience: 20 }, { validation }),
			{
				onEpoch: (e) => epochs.push(e.epoch),
				onProgress: (p) => progress.push(p)
			}
		);
		expect(epochs).toEqual(Array.from({ length: 12 }, (_, i) => i));
		expect(history.every((h, i) => i === 0 || h.elapsedMs >= history[i - 1].elapsedMs)).toBe(true);
		expect(history[11].etaMs).toBe(0);
		expect(progress.length).toBeGreaterThan(0);
		expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
	});
});

describe('fitGbdt cancel', () => {
	it('throws FaroError cancelled when the signal fires between iterations', async () => {
		const controller = new AbortController();
		const epochs: number[] = [];
		const run = fitGbdt(input(noisy(3), spec({ maxEpochs: 50 })), {
			signal: controller.signal,
			onEpoch: (e) => {
				epochs.push(e.epoch);
				if (e.epoch === 2) controller.abort();
			}
		});
		await expectFaroError(run, 'cancelled');
		expect(epochs).toEqual([0, 1, 2]);
	});

	it('lands an abort from a timer in the middle of a long iteration', async () => {
		// 6 classes × 1,024-leaf trees on 100,000 noise rows: iteration 1 takes far longer than the 50 ms between
		// yields, so a timer set when iteration 0 ends fires inside iteration 1, which then never reports
		const n = 100_000;
		const rng = createRng(5);
		const x = matrix(
			Float32Array.from({ length: n * 6 }, () => rng.next()),
			n,
			6
		);
		const y = Int32Array.from({ length: n }, () => rng.int(6));
		const controller = new AbortController();
		const epochs: number[] = [];
		const run = fitGbdt(
			input({ x, y }, spec({ maxEpochs: 3 }, { maxLeafNodes: 1024, minSamplesLeaf: 1 }), {
				classCount: 6
			}),
			{
				signal: controller.signal,
				onEpoch: (e) => {
					epochs.push(e.epoch);
					setTimeout(() => controller.abort(), 20);
				}
			}
		);
		await expectFaroError(run, 'cancelled');
		expect(epochs).toEqual([0]);
	});

	it('does not start when the signal has already fired', async () => {
		const controller = new AbortController();
		controller.abort();
		await expectFaroError(
			fitGbdt(input(noisy(3), spec()), { signal: controller.signal }),
			'cancelled'
		);
	});
});

describe('fitGbdt weights', () => {
	// 10% class 1
	const imbalanced = () => {
		const data = noisy(7, 200);
		const rng = createRng(8);
		for (let i = 0; i < data.y.length; i++) if (data.y[i] === 1 && rng.next() < 0.8) data.y[i] = 0;
		return data;
	};

	it('class weights raise the minority class: baseline logit of the weighted prior, higher probabilities', async () => {
		const train = imbalanced();
		const ones = train.y.reduce((s, v) => s + v, 0);
		const plain = await fitGbdt(input(train, spec({ maxEpochs: 20 })));
		const weighted = await fitGbdt(input(train, spec({ maxEpochs: 20, classWeights: [1, 5] })));
		expect(plain.model.baseline[0]).toBeCloseTo(Math.log(ones / (train.y.length - ones)), 12);
		expect(weighted.model.baseline[0]).toBeCloseTo(
			Math.log((5 * ones) / (train.y.length - ones)),
			12
		);
		const mean = (p: Float32Array) =>
			p.filter((_, i) => i % 2 === 1).reduce((s, v) => s + v, 0) / (p.length / 2);
		expect(mean(predictGbdt(weighted.model, train.x))).toBeGreaterThan(
			mean(predictGbdt(plain.model, train.x)) + 0.1
		);
	});

	it('treats class weights and the equivalent sample weights alike', async () => {
		const train = imbalanced();
		const byClass = await fitGbdt(input(train, spec({ maxEpochs: 10, classWeights: [1, 3] })));
		const sampleWeight = Float32Array.from(train.y, (c) => (c === 1 ? 3 : 1));
		const bySample = await fitGbdt(input({ ...train, sampleWeight }, spec({ maxEpochs: 10 })));
		expect(bySample.model).toEqual(byClass.model);
	});

	it('weighs the validation loss by class like the other families', async () => {
		const train = imbalanced();
		const validation = noisy(9, 50);
		const { model, history, bestEpoch } = await fitGbdt(
			input(train, spec({ maxEpochs: 5, patience: 5, classWeights: [1, 4] }), { validation })
		);
		const proba = predictGbdt(model, validation.x);
		expect(history[bestEpoch].valLoss).toBeCloseTo(
			meanCrossEntropy(proba, validation.y, 2, [1, 4]),
			5
		);
		expect(history[bestEpoch].valLoss).not.toBeCloseTo(meanCrossEntropy(proba, validation.y, 2), 3);
	});
});

describe('fitGbdt determinism and input forms', () => {
	it('gives identical models for the same data, settings and seed', async () => {
		const train = noisy(11);
		const a = await fitGbdt(input(train, spec({ maxEpochs: 15 })));
		const b = await fitGbdt(input(train, spec({ maxEpochs: 15 })));
		expect(JSON.stringify(b.model)).toBe(JSON.stringify(a.model));
	});

	it('computes thresholds from a seeded 200,000-row subsample of larger data, exactly from small data', async () => {
		const n = BINNING_SUBSAMPLE + 1_000;
		const x = matrix(
			Float32Array.from({ length: n }, (_, i) => i),
			n,
			1
		);
		const thresholds = async (m: FeatureMatrix, seed: number) =>
			Array.from((await binFeatures(m, 255, createRng(seed))).thresholds[0]);
		const first = await thresholds(x, 1);
		expect(first.length).toBe(254);
		expect(await thresholds(x, 1)).toEqual(first);
		expect(await thresholds(x, 2)).not.toEqual(first);
		const small = matrix(
			Float32Array.from({ length: 1_000 }, (_, i) => i),
			1_000,
			1
		);
		expect(await thresholds(small, 1)).toEqual(await thresholds(small, 2));
	});

	it('grows the same tree when histograms exceed their memory budget and are rebuilt from rows', async () => {
		const { train } = loadFixture('german-credit');
		const binned = await binFeatures(train.x, 255, createRng(0));
		const layout = histogramLayout(binned, 255, 5);
		const raw = Float64Array.from(train.y, () => baselineScores(train.y, 2, null)[0]);
		const gradients = [new Float64Array(2 * train.y.length)];
		computeGradients(raw, train.y, 1, null, gradients);
		const params: GrowParams = {
			maxLeafNodes: 63,
			maxDepth: null,
			minSamplesLeaf: 5,
			l2: 0,
			shrinkage: 0.1
		};
		const grow = async (budget?: number) => {
			const scratch = createGrowerScratch(train.y.length);
			const grown = await growTree(
				binned,
				layout,
				gradients[0],
				{ ...params, histogramBudgetBytes: budget },
				scratch,
				() => {}
			);
			return { tree: grown.tree, buffers: scratch.allocated };
		};
		const roomy = await grow();
		const tight = await grow(1); // two histograms: waiting nodes give theirs up
		expect(roomy.buffers).toBeGreaterThan(4);
		expect(tight.buffers).toBeLessThanOrEqual(3);
		expect({ ...tight.tree, value: [] }).toEqual({ ...roomy.tree, value: [] });
		tight.tree.value.forEach((v, i) => expect(v).toBeCloseTo(roomy.tree.value[i], 12));
		expect(roomy.tree.left.filter((l) => l === -1).length).toBe(63);
	});

	it('builds the same trees from a sparse (CSR) matrix as from the same values dense', async () => {
		const text = loadFixture('tfidf');
		const sparse = text.train.x;
		const s = sparse.sparse as NonNullable<FeatureMatrix['sparse']>;
		const dense = new Float32Array(sparse.rowCount * s.width);
		for (let r = 0; r < sparse.rowCount; r++) {
			for (let k = s.rowPtr[r]; k < s.rowPtr[r + 1]; k++)
				dense[r * s.width + s.indices[k]] = s.values[k];
		}
		const settings = spec({ maxEpochs: 8 }, { minSamplesLeaf: 10, maxLeafNodes: 15 });
		const fromSparse = await fitGbdt(
			input({ x: sparse, y: text.train.y }, settings, { classCount: 3 })
		);
		const fromDense = await fitGbdt(
			input({ x: matrix(dense, sparse.rowCount, s.width), y: text.train.y }, settings, {
				classCount: 3
			})
		);
		fromSparse.model.trees.forEach((tree, t) => {
			const other = fromDense.model.trees[t];
			expect({ ...tree, value: [] }).toEqual({ ...other, value: [] });
			tree.value.forEach((v, i) => expect(v).toBeCloseTo(other.value[i], 12));
		});
		const a = predictGbdt(fromSparse.model, text.test.x);
		const b = predictGbdt(fromDense.model, text.test.x);
		expect(Math.max(...a.map((v, i) => Math.abs(v - b[i])))).toBeLessThan(1e-6);
	});

	it('mixes a dense block and a sparse block, numbering sparse features after the dense ones', async () => {
		const text = loadFixture('tfidf');
		const rng = createRng(4);
		// a dense column equal to the label plus noise: the strongest feature, so the first split uses it
		const denseCol = Float32Array.from(text.train.y, (c) => c + 0.3 * rng.next());
		const x: FeatureMatrix = {
			...text.train.x,
			dense: denseCol,
			denseWidth: 1,
			names: ['signal', ...text.train.x.names]
		};
		const { model } = await fitGbdt(
			input({ x, y: text.train.y }, spec({ maxEpochs: 3 }), { classCount: 3 })
		);
		expect(model.featureCount).toBe(301);
		expect(model.trees[0].feature[0]).toBe(0);
		expect(model.trees.some((t) => t.feature.some((f) => f > 0))).toBe(true);
	});

	it('fits several classes with one tree per class per iteration and softmax probabilities', async () => {
		const data = blobs(
			[
				[0, 0],
				[3, 0],
				[0, 3]
			],
			40,
			0.7,
			12
		);
		const { model } = await fitGbdt(
			input(data, spec({ maxEpochs: 5 }, { minSamplesLeaf: 5 }), { classCount: 3 })
		);
		expect(model.outputs).toBe(3);
		expect(model.trees.length).toBe(15);
		const proba = predictGbdt(model, data.x);
		for (let i = 0; i < data.y.length; i++)
			expect(proba[3 * i] + proba[3 * i + 1] + proba[3 * i + 2]).toBeCloseTo(1, 6);
	});
});

describe('fitGbdt refuses bad input', () => {
	const train = noisy(13, 20);

	it('checks the settings first', async () => {
		const err = await expectFaroError(
			fitGbdt(input(train, spec({}, { maxBins: 300 }))),
			'settings-invalid'
		);
		expect(err.detail.where).toContain('trees.maxBins');
		await expectFaroError(
			fitGbdt(input(train, spec({ classWeights: [1, 2, 3] }))),
			'settings-invalid'
		);
		await expectFaroError(
			fitGbdt(input(train, spec({ classWeights: [0, 0] }))),
			'settings-invalid'
		);
	});

	it('needs two classes, features and training rows', async () => {
		await expectFaroError(fitGbdt(input(train, spec(), { classCount: 1 })), 'target-single-class');
		await expectFaroError(
			fitGbdt(input({ x: matrix(new Float32Array(0), 40, 0), y: train.y }, spec())),
			'no-features'
		);
		await expectFaroError(
			fitGbdt(input({ x: noRows(train.x), y: new Int32Array(0) }, spec())),
			'class-too-small'
		);
	});

	it('accepts missing values but not infinities or inconsistent shapes', async () => {
		const x = { ...train.x, dense: train.x.dense.slice() };
		x.dense[5] = NaN;
		await expect(fitGbdt(input({ x, y: train.y }, spec({ maxEpochs: 2 })))).resolves.toBeDefined();
		x.dense[5] = Infinity;
		await expectFaroError(fitGbdt(input({ x, y: train.y }, spec())), 'settings-invalid');
		await expectFaroError(
			fitGbdt(input({ x: train.x, y: train.y.subarray(1) }, spec())),
			'internal'
		);
		await expectFaroError(
			fitGbdt(input({ x: train.x, y: train.y.map(() => 2) }, spec())),
			'internal'
		);
		const validation = { x: matrix(new Float32Array(6), 2, 3), y: Int32Array.of(0, 1) };
		await expectFaroError(
			fitGbdt(
				input(train, spec(), {
					validation: { ...validation, x: matrix(new Float32Array(4), 2, 2) }
				})
			),
			'internal'
		);
	});
});
