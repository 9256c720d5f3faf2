/**
 * The parameters the training step updates with Adam, as one flat vector in layer order, in one of two
 * homes. On the GPU backends they stay on the device (Adam as TF.js kernels: no read-back per step). On
 * wasm and cpu, where tensors live in main memory anyway, they stay in a Float32Array and Adam runs in
 * JavaScript (adam.ts): one read of the gradient and one upload per step instead of ≈25 small kernels
 * (slicing the vector into layers, the L2 term, Adam's element-wise ops), each with its own allocation.
 */
import * as tf from '@tensorflow/tfjs';
import { adamScales, adamStepInPlace, BETA1, BETA2, EPSILON } from './adam';

/** A copy of the parameters at some point of training. */
export type ParamsCopy = { pieces(): tf.Tensor[]; dispose(): void };

export type FlatParams = ParamsCopy & {
	/** One Adam step from the flat gradient (without the L2 term), which it disposes. */
	update(grad: tf.Tensor1D, t: number): void;
	copy(): ParamsCopy;
};

type Options = { learningRate: number; l2: number };

/**
 * Parameters shaped like `initial` (kernels are 2-D and take the L2 penalty, biases 1-D).
 * @param home where they live: by default main memory on wasm and cpu, the device elsewhere
 */
export function createFlatParams(
	initial: tf.Tensor[],
	options: Options,
	home: 'host' | 'device' = ['wasm', 'cpu'].includes(tf.getBackend()) ? 'host' : 'device'
): FlatParams {
	const shapes = initial.map((w) => w.shape);
	const sizes = shapes.map((s) => s.reduce((a, b) => a * b, 1));
	// ∂(l2 · Σ‖W‖²)/∂θ = θ · decay: 2·l2 on kernel entries, 0 on biases.
	const decay = new Float32Array(sizes.reduce((a, b) => a + b, 0));
	let offset = 0;
	shapes.forEach((s, i) => {
		if (s.length === 2) decay.fill(2 * options.l2, offset, offset + sizes[i]);
		offset += sizes[i];
	});
	const values = new Float32Array(decay.length);
	offset = 0;
	initial.forEach((w, i) => {
		values.set(w.dataSync(), offset);
		offset += sizes[i];
	});
	return home === 'host'
		? hostParams(values, decay, shapes, sizes, options)
		: deviceParams(values, decay, shapes, sizes, options);
}

function hostParams(
	values: Float32Array,
	decay: Float32Array,
	shapes: number[][],
	sizes: number[],
	options: Options
): FlatParams {
	const m = new Float32Array(values.length);
	const v = new Float32Array(values.length);
	// Fresh arrays: the cpu backend keeps the array a tensor is made from.
	const piecesOf = (flat: Float32Array) => {
		let at = 0;
		return shapes.map((shape, i) => tf.tensor(flat.slice(at, (at += sizes[i])), shape));
	};
	const copyOf = (flat: Float32Array): ParamsCopy => ({
		pieces: () => piecesOf(flat),
		dispose() {}
	});
	return {
		pieces: () => piecesOf(values),
		update(grad, t) {
			const g = grad.dataSync() as Float32Array;
			grad.dispose();
			for (let i = 0; i < g.length; i++) g[i] += decay[i] * values[i];
			adamStepInPlace(values, g, m, v, { learningRate: options.learningRate, t, decay: 0 });
		},
		copy: () => copyOf(values.slice()),
		dispose() {}
	};
}

function deviceParams(
	values: Float32Array,
	decayValues: Float32Array,
	shapes: number[][],
	sizes: number[],
	options: Options
): FlatParams {
	let params = tf.tensor1d(values);
	const decay = options.l2 > 0 ? tf.tensor1d(decayValues) : null;
	let m: tf.Tensor = tf.zerosLike(params);
	let v: tf.Tensor = tf.zerosLike(params);
	const piecesOf = (flat: tf.Tensor1D) =>
		tf.split(flat, sizes).map((piece, i) => piece.reshape(shapes[i]));
	const copyOf = (flat: tf.Tensor1D): ParamsCopy => ({
		pieces: () => piecesOf(flat),
		dispose: () => flat.dispose()
	});
	return {
		pieces: () => piecesOf(params),
		update(grad, t) {
			const next = tf.tidy(() => {
				const g = decay ? tf.add(grad, tf.mul(params, decay)) : grad;
				const nextM = tf.add(tf.mul(m, BETA1), tf.mul(g, 1 - BETA1));
				const nextV = tf.add(tf.mul(v, BETA2), tf.mul(tf.square(g), 1 - BETA2));
				const { stepSize, vScale } = adamScales(options.learningRate, t);
				const update = tf.div(nextM, tf.add(tf.mul(tf.sqrt(nextV), vScale), EPSILON));
				return [tf.sub(params, tf.mul(update, stepSize)), nextM, nextV];
			});
			tf.dispose([params, m, v, grad]);
			[params, m, v] = next as [tf.Tensor1D, tf.Tensor, tf.Tensor];
		},
		copy: () => copyOf(tf.clone(params)),
		dispose: () => tf.dispose([params, m, v, ...(decay ? [decay] : [])])
	};
}
