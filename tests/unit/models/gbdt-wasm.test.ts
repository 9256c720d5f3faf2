/**
 * The WebAssembly histogram and partition kernel (gbdt/dense-kernel.ts, histogram.wat): the same trees, to the
 * bit, as the JavaScript loops it replaces, on two and several classes, with missing values, a dense width that
 * is not a multiple of four, sample weights and a dense + sparse mix; and the committed binary is the .wat file
 * compiled (`npm run wasm`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureMatrix } from '$lib/shared/feature-matrix';
import { fitGbdt, predictGbdt } from '$lib/models/gbdt';
import { binFeatures } from '$lib/models/gbdt/binning';
import { createDenseKernel } from '$lib/models/gbdt/dense-kernel';
import { createGrowerScratch, growTree, type GrowParams } from '$lib/models/gbdt/grower';
import { histogramLayout } from '$lib/models/gbdt/histogram';
import { baselineScores, computeGradients } from '$lib/models/gbdt/loss';
import { defaultModelSpec, type ModelSpec, type TreeSpec } from '$lib/models/spec';
import type { TrainInput } from '$lib/models/train';
import { createRng } from '$lib/shared/rng';
import { loadFixture, noRows } from '../../fixtures/gbdt/load-fixture';
import { matrix } from './toy-data';
// @ts-expect-error a plain .mjs build script, no declarations
import { compileKernel, KERNELS } from '../../../scripts/compile-wasm.mjs';

const spec = (over: Partial<ModelSpec> = {}, trees: Partial<TreeSpec> = {}): ModelSpec => {
	const base = defaultModelSpec('gbdt', 1000);
	return { ...base, ...over, trees: { ...(base.trees as TreeSpec), ...trees } };
};

/** Rows of `width` features, a few missing, labels from a noisy sum of the first three. */
function table(rows: number, width: number, classCount: number, seed: number) {
	const rng = createRng(seed);
	const dense = new Float32Array(rows * width);
	const y = new Int32Array(rows);
	for (let r = 0; r < rows; r++) {
		let score = 0;
		for (let j = 0; j < width; j++) {
			const v = rng.next() * 4 - 2;
			dense[r * width + j] = j === 1 && rng.next() < 0.1 ? NaN : v;
			if (j < 3) score += v;
		}
		y[r] = Math.min(classCount - 1, Math.floor(((score + 6 + rng.next()) / 13) * classCount));
	}
	return { x: matrix(dense, rows, width), y };
}

async function bothWays(input: TrainInput) {
	const wasm = await fitGbdt(input, {}, { wasm: true });
	const js = await fitGbdt(input, {}, { wasm: false });
	return { wasm, js };
}

const input = (
	train: { x: FeatureMatrix; y: Int32Array },
	classCount: number,
	s: ModelSpec,
	over: Partial<TrainInput> = {}
): TrainInput => ({
	train,
	validation: { x: noRows(train.x), y: new Int32Array(0) },
	classCount,
	spec: s,
	seed: 3,
	...over
});

describe('the WebAssembly histogram kernel', () => {
	it('is there in this runtime (Node and Chromium both have WebAssembly)', () => {
		const layout = { denseBins: 256, totalBins: 768 };
		expect(createDenseKernel(10, 3, layout, 1, 4)).not.toBeNull();
		expect(createDenseKernel(10, 0, layout, 1, 4)).toBeNull(); // nothing dense: the sparse path alone
	});

	it('grows the same trees as the JavaScript loops: two classes, missing values, width 7', async () => {
		const train = table(3000, 7, 2, 1);
		const { wasm, js } = await bothWays(input(train, 2, spec({ maxEpochs: 12 })));
		expect(wasm.model.trees.length).toBe(12);
		expect(wasm.model).toEqual(js.model);
		expect(wasm.history.map((h) => h.loss)).toEqual(js.history.map((h) => h.loss));
		expect(wasm.model.trees[0].left.filter((l) => l === -1).length).toBeGreaterThan(10);
	});

	it('grows the same trees with several classes, sample weights and early stopping', async () => {
		const train = table(2500, 9, 4, 2);
		const validation = table(600, 9, 4, 3);
		const rng = createRng(9);
		const sampleWeight = Float32Array.from(train.y, () => 0.5 + rng.next());
		const { wasm, js } = await bothWays(
			input({ ...train, sampleWeight } as TrainInput['train'], 4, spec({ maxEpochs: 30 }), {
				validation
			})
		);
		expect(wasm.model.outputs).toBe(4);
		expect(wasm.model).toEqual(js.model);
		expect(wasm.bestEpoch).toBe(js.bestEpoch);
		const a = predictGbdt(wasm.model, validation.x);
		expect(Array.from(a)).toEqual(Array.from(predictGbdt(js.model, validation.x)));
	});

	it('grows the same trees on a dense block beside a sparse (TF-IDF) block', async () => {
		const text = loadFixture('tfidf');
		const rng = createRng(4);
		const n = text.train.x.rowCount;
		const dense = new Float32Array(n * 5);
		for (let i = 0; i < dense.length; i++) dense[i] = text.train.y[Math.floor(i / 5)] + rng.next();
		const x: FeatureMatrix = {
			...text.train.x,
			dense,
			denseWidth: 5,
			names: ['a', 'b', 'c', 'd', 'e', ...text.train.x.names]
		};
		const { wasm, js } = await bothWays(
			input({ x, y: text.train.y }, 3, spec({ maxEpochs: 6 }, { minSamplesLeaf: 5 }))
		);
		expect(wasm.model).toEqual(js.model);
		expect(wasm.model.trees.some((t) => t.feature.some((f) => f >= 5))).toBe(true);
	});
});

describe('the kernel’s histogram slots', () => {
	it('grow the same tree with only a few slots (waiting nodes give theirs up) as the JavaScript grower', async () => {
		const { train } = loadFixture('german-credit');
		const binned = await binFeatures(train.x, 255, createRng(0));
		const layout = histogramLayout(binned, 255, 5);
		const n = train.y.length;
		const raw = Float64Array.from(train.y, () => baselineScores(train.y, 2, null)[0]);
		const params: GrowParams = {
			maxLeafNodes: 63,
			maxDepth: null,
			minSamplesLeaf: 5,
			l2: 0,
			shrinkage: 0.1
		};
		const grow = async (slots: number | null) => {
			const kernel =
				slots === null ? null : createDenseKernel(n, binned.denseWidth, layout, 1, slots);
			if (kernel) kernel.dense.set(binned.dense);
			const gradients = kernel?.gradients ?? [new Float64Array(2 * n)];
			computeGradients(raw, train.y, 1, null, gradients);
			const scratch = createGrowerScratch(n, kernel);
			const on = kernel ? { ...binned, dense: kernel.dense } : binned;
			const grown = await growTree(on, layout, gradients[0], params, scratch, () => {});
			return { tree: grown.tree, buffers: scratch.allocated };
		};
		const js = await grow(null);
		const few = await grow(4);
		const roomy = await grow(65);
		expect(few.buffers).toBeLessThanOrEqual(4);
		expect(roomy.buffers).toBeGreaterThan(4);
		expect(few.tree).toEqual(js.tree);
		expect(roomy.tree).toEqual(js.tree);
		expect(js.tree.left.filter((l) => l === -1).length).toBe(63);
	});
});

describe('the committed kernel binaries', () => {
	it.each(KERNELS as { wat: string; out: string; name: string }[])(
		'$out is $wat compiled (run `npm run wasm` after editing it)',
		async ({ wat, out, name }) => {
			expect(readFileSync(out, 'utf8')).toBe(await compileKernel(wat, name));
		}
	);
});
