import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { denseBatch, type FeatureMatrix } from '$lib/shared/feature-matrix';
import { adamStepInPlace } from '$lib/models/adam';
import { createFlatParams } from '$lib/models/flat-params';
import { createSparseFirstLayer } from '$lib/models/sparse-first-layer';
import { expectClose } from '../helpers/expect-close';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

/** 3 rows: one dense column, then 4 sparse columns; row 1 is all zeros. */
const x: FeatureMatrix = {
	rowCount: 3,
	dense: Float32Array.from([2, 0, -1]),
	denseWidth: 1,
	sparse: {
		rowPtr: Int32Array.from([0, 2, 2, 3]),
		indices: Int32Array.from([0, 3, 1]),
		values: Float32Array.from([0.5, 1, 3]),
		width: 4
	},
	names: ['d', 's0', 's1', 's2', 's3']
};
// 5 inputs × 2 units, row-major.
const kernel = () => Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

describe('createSparseFirstLayer', () => {
	it('computes x·W from the CSR rows (hand-checked), for batch rows in any order', () => {
		const layer = createSparseFirstLayer(kernel(), 2, { learningRate: 0.1, l2: 0 });
		// row 0: 2·[1,2] + 0.5·[3,4] + 1·[9,10] = [12.5, 16]; row 1: 0; row 2: −1·[1,2] + 3·[5,6] = [14, 16].
		expect(Array.from(layer.product(x, Int32Array.from([2, 1, 0])))).toEqual([
			14, 16, 0, 0, 12.5, 16
		]);
	});

	it('takes the same Adam step as tf.train.adam on Xᵀ·dz + 2·l2·W (untouched rows move too)', () => {
		const l2 = 0.05;
		const rows = Int32Array.from([0, 2, 0]); // a repeated row accumulates twice
		const dz = Float32Array.from([0.1, -0.2, 0.3, 0.4, -0.5, 0.6]);
		const layer = createSparseFirstLayer(kernel(), 2, { learningRate: 0.1, l2 });
		const w = tf.variable(tf.tensor2d(kernel(), [5, 2]));
		const xb = tf.tensor2d(denseBatch(x, rows), [3, 5]);
		const optimizer = tf.train.adam(0.1);
		for (let t = 1; t <= 3; t++) {
			layer.update(x, rows, dz, t);
			optimizer.minimize(
				() =>
					tf.add(
						tf.sum(tf.mul(tf.matMul(xb, w), tf.tensor2d(dz, [3, 2]))),
						tf.mul(l2, tf.sum(tf.square(w)))
					) as tf.Scalar
			);
		}
		expectClose(Array.from(layer.kernel), Array.from(w.dataSync()), { digits: 5 });
		expect(layer.kernel[6]).not.toBe(7); // row 3 (s2) has no entry: only the L2 term moved it
		tf.dispose([w, xb]);
		optimizer.dispose();
	});
});

describe('adamStepInPlace', () => {
	it('matches tf.train.adam over several steps, including a zero gradient', () => {
		const start = [0.5, -1, 2];
		const grads = [
			[0.1, -0.3, 0],
			[0, 0, 0],
			[2, 1, -1]
		];
		const params = Float32Array.from(start);
		const m = new Float32Array(3);
		const v = new Float32Array(3);
		const w = tf.variable(tf.tensor1d(start));
		const optimizer = tf.train.adam(0.01);
		grads.forEach((g, i) => {
			adamStepInPlace(params, Float32Array.from(g), m, v, {
				learningRate: 0.01,
				t: i + 1,
				decay: 0
			});
			optimizer.applyGradients([{ name: w.name, tensor: tf.tensor1d(g) }]);
		});
		expectClose(Array.from(params), Array.from(w.dataSync()), { digits: 6 });
		w.dispose();
		optimizer.dispose();
	});
});

describe('createFlatParams', () => {
	it('takes the same Adam steps with the L2 term on kernels only, in main memory and on the device', () => {
		const initial = () => [
			tf.tensor2d([
				[1, -2],
				[0.5, 3]
			]),
			tf.tensor1d([0.1, -0.1])
		];
		const grads = [
			[0.2, -0.1, 0.4, 0, 1, -1],
			[0, 0.3, -0.2, 0.1, 0, 0]
		];
		const run = (home: 'host' | 'device') => {
			const start = initial();
			const params = createFlatParams(start, { learningRate: 0.05, l2: 0.1 }, home);
			grads.forEach((g, t) => params.update(tf.tensor1d(g), t + 1));
			const pieces = params.pieces();
			const out = pieces.flatMap((p) => Array.from(p.dataSync()));
			tf.dispose([...start, ...pieces]);
			params.dispose();
			return out;
		};
		// The same objective through tf.train.adam: Σ g·θ (a fixed gradient) + l2 · Σ‖W‖² on the kernel.
		const [w, b] = initial().map((x) => tf.variable(x));
		const optimizer = tf.train.adam(0.05);
		for (const g of grads) {
			optimizer.minimize(
				() =>
					tf.addN([
						tf.sum(tf.mul(w, tf.tensor2d(g.slice(0, 4), [2, 2]))),
						tf.sum(tf.mul(b, tf.tensor1d(g.slice(4)))),
						tf.mul(0.1, tf.sum(tf.square(w)))
					]) as tf.Scalar
			);
		}
		const expected = [...w.dataSync(), ...b.dataSync()];
		expectClose(run('host'), expected, { digits: 5, path: 'host' });
		expectClose(run('device'), expected, { digits: 5, path: 'device' });
		tf.dispose([w, b]);
		optimizer.dispose();
	});
});
