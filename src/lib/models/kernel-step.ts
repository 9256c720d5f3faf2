/**
 * The training step of step.ts without TF.js, for the backends whose tensors live in main memory anyway (wasm,
 * cpu): the same forward pass, backpropagation, L2 term and Adam, with the products in WebAssembly
 * (mlp-kernel.wat: 128-bit SIMD, zero inputs skipped) and the rest in JavaScript over one memory that holds the
 * parameters, their gradients and every activation of a batch. At batch 256 the TF.js step spends more on its
 * ≈40 kernel calls than on the ≈2 M multiply-adds; here a call costs nanoseconds. MLP (64, 32), batch 256,
 * 100,000 × 20 rows, 5 epochs, Node: 2.7 s with the TF.js wasm step → 1.45 s (bench/train.ts; scikit-learn's
 * MLPClassifier 1.8 s on the same machine).
 * Same seeds, same dropout masks and the same arithmetic as the TF.js step up to float rounding (f32 products
 * summed in another order): tests/unit/models/kernel-step.test.ts checks the gradients against `tf.grads`.
 * Sparse (TF-IDF) inputs: the first layer's products stay sparse-first-layer.ts's loops, over its kernel,
 * gradient and moments held in this memory, and its dense Adam step (vocabulary × units entries every step,
 * most of a text MLP's time) runs here in float64 lanes, bit for bit adam.ts's. Austen passages (4,200 rows,
 * 20,000 terms), MLP 32, batch 64, 10 epochs: 8.6 s with the TF.js step → 2.8 s.
 */
import * as tf from '@tensorflow/tfjs';
import { denseBatch, type FeatureMatrix } from '$lib/shared/feature-matrix';
import type { Rng } from '$lib/shared/rng';
import { adamScales, adamStepInPlace, BETA1, BETA2, EPSILON } from './adam';
import type { DenseLayerPlan } from './build';
import { MLP_KERNEL_WASM } from './mlp-kernel-wasm';
import { instantiateKernel, lazyKernelModule } from './wasm-kernel';
import { createSparseFirstLayer } from './sparse-first-layer';
import { dropoutValues, type Trainer, type TrainerSnapshot } from './step';

type Exports = {
	matmul(a: number, b: number, c: number, m: number, k: number, n: number): void;
	matmulTransposedA(a: number, b: number, c: number, m: number, k: number, n: number): void;
	addBias(z: number, bias: number, m: number, n: number, relu: number): void;
	reluBackward(d: number, a: number, count: number): void;
	multiply(a: number, b: number, count: number): void;
	columnSums(d: number, out: number, m: number, n: number): void;
	adam(
		params: number,
		grad: number,
		m: number,
		v: number,
		count: number,
		decay: number,
		b1: number,
		oneMinusB1: number,
		b2: number,
		oneMinusB2: number,
		step: number,
		vScale: number,
		eps: number
	): void;
};

// ε keeps log(0) out of the loss, as the TF.js step (backprop.ts) does.
const PROBABILITY_FLOOR = 1e-7;
const kernelModule = lazyKernelModule(MLP_KERNEL_WASM);

export type KernelTrainer = Trainer & {
	/**
	 * The gradient of the mean weighted loss + L2 at the current parameters (flat, layer order), with the
	 * given dropout masks; nothing is updated. Dense inputs only (tests).
	 */
	gradientsOf(
		x: FeatureMatrix,
		rows: Int32Array,
		targets: Float32Array,
		rowMasks: (Float32Array | null)[]
	): Float32Array;
};

/** adamStepInPlace in the kernel, on arrays in its memory: parameters, gradient, m, v. */
function kernelAdam(
	k: Exports,
	arrays: Float32Array[],
	{ learningRate, t, decay }: { learningRate: number; t: number; decay: number }
): void {
	const [params, grad, m, v] = arrays.map((a) => a.byteOffset);
	const { stepSize, vScale } = adamScales(learningRate, t);
	k.adam(
		params,
		grad,
		m,
		v,
		arrays[0].length,
		decay,
		BETA1,
		1 - BETA1,
		BETA2,
		1 - BETA2,
		stepSize,
		vScale,
		EPSILON
	);
}

/**
 * The kernel's Adam step on copies of the arrays in a memory of their own, written back: the WebAssembly twin
 * of adamStepInPlace, for tests to hold it to the same bits.
 */
export function adamInKernel(...args: Parameters<typeof adamStepInPlace>): void {
	const [params, grad, m, v, { learningRate, t, decay }] = args;
	const module = kernelModule();
	if (!module) throw new Error('no WebAssembly here');
	const instance = instantiateKernel<Exports>(module, 16 * params.length);
	if (!instance) throw new Error('no memory for the kernel');
	const { memory, exports: k } = instance;
	const arrays = [params, grad, m, v].map((a, i) => {
		const view = new Float32Array(memory.buffer, 4 * i * params.length, params.length);
		view.set(a);
		return view;
	});
	kernelAdam(k, arrays, { learningRate, t, decay });
	[params, grad, m, v].forEach((a, i) => a.set(arrays[i]));
}

/** f32 matrices in the kernel's memory: a view and its byte offset. */
type Block = { at: number; view: Float32Array };

/**
 * A trainer for `model` (built by `buildModel`, described by `layers`) with the step in WebAssembly, or null
 * where it does not apply (a GPU backend: there the TF.js step keeps everything on the device) or WebAssembly
 * is missing.
 * @param options.batchSize the most rows a step is given
 */
export function createKernelTrainer(
	model: tf.LayersModel,
	layers: DenseLayerPlan[],
	options: {
		learningRate: number;
		l2: number;
		rng: Rng;
		sparseInput?: boolean;
		batchSize: number;
	}
): KernelTrainer | null {
	if (!['wasm', 'cpu'].includes(tf.getBackend())) return null;
	const module = kernelModule();
	if (!module) return null;
	const weights = model.getWeights();
	const shapes = weights.map((w) => w.shape);
	const initial = weights.map((w) => Float32Array.from(w.dataSync()));
	const sparse = options.sparseInput === true;
	const rowsCap = options.batchSize;
	const widest = Math.max(...layers.map((l) => Math.max(l.inputUnits, l.units)));

	let bytes = 0;
	const plan: { at: number; length: number }[] = [];
	const reserve = (length: number) => {
		plan.push({ at: bytes, length });
		bytes += Math.ceil((4 * length) / 16) * 16;
		return plan.length - 1;
	};
	// parameters and gradients in layer order [W₀, b₀, W₁, b₁, …]; for sparse inputs W₀ is the sparse first
	// layer's (its kernel, gradient and moments in this memory too, its Adam step in WebAssembly)
	const skip = sparse ? 1 : 0;
	const sizes = initial.map((w) => w.length);
	const flatLength = sizes.slice(skip).reduce((a, b) => a + b, 0);
	const paramsSlot = reserve(flatLength);
	const gradsSlot = reserve(flatLength);
	const inputSlot = reserve(sparse ? 0 : rowsCap * layers[0].inputUnits);
	const firstSlots = sparse ? [0, 1, 2, 3].map(() => reserve(sizes[0])) : [];
	const activationSlots = layers.map((l) => reserve(rowsCap * l.units));
	const droppedSlots = layers.map((l) => (l.dropout > 0 ? reserve(rowsCap * l.units) : -1));
	const maskSlots = layers.map((l) => (l.dropout > 0 ? reserve(rowsCap * l.units) : -1));
	const deltaSlots = [reserve(rowsCap * widest), reserve(rowsCap * widest)];
	const transposedSlot = reserve(widest * widest);

	const instance = instantiateKernel<Exports>(module, bytes);
	if (!instance) return null;
	const { memory, exports: k } = instance;
	const block = (slot: number): Block => ({
		at: plan[slot].at,
		view: new Float32Array(memory.buffer, plan[slot].at, plan[slot].length)
	});
	const params = block(paramsSlot);
	const grads = block(gradsSlot);
	const input = block(inputSlot);
	const activations = activationSlots.map(block);
	const dropped = droppedSlots.map((s) => (s < 0 ? null : block(s)));
	const masks = maskSlots.map((s) => (s < 0 ? null : block(s)));
	const deltas = deltaSlots.map(block);
	const transposed = block(transposedSlot);
	const first = sparse
		? (() => {
				const [kernel, grad, m, v] = firstSlots.map(block);
				kernel.view.set(initial[0]);
				const adam: typeof adamStepInPlace = (params, g, m1, v1, step) =>
					kernelAdam(k, [params, g, m1, v1], step);
				return createSparseFirstLayer(kernel.view, layers[0].units, options, {
					grad: grad.view,
					m: m.view,
					v: v.view,
					adam
				});
			})()
		: null;

	// where each layer's kernel and bias sit in the flat vector (bytes and float index); −1: not in it
	const kernelAt: number[] = [];
	const biasAt: number[] = [];
	let offset = 0;
	layers.forEach((_, i) => {
		kernelAt.push(i === 0 && first ? -1 : offset);
		if (!(i === 0 && first)) offset += sizes[2 * i];
		biasAt.push(offset);
		offset += sizes[2 * i + 1];
	});
	initial.slice(skip).reduce((at, w) => (params.view.set(w, at), at + w.length), 0);
	// ∂(l2 · Σ‖W‖²)/∂θ = θ · decay: 2·l2 on kernel entries, 0 on biases
	const decay = new Float32Array(flatLength);
	layers.forEach((l, i) => {
		if (kernelAt[i] >= 0) decay.fill(2 * options.l2, kernelAt[i], kernelAt[i] + sizes[2 * i]);
	});
	const m = new Float32Array(flatLength);
	const v = new Float32Array(flatLength);
	const floatAt = (b: Block, index: number) => b.at + 4 * index;
	let lossSum = 0;
	let t = 0;

	/**
	 * Forward and backward over the batch: the gradients (without the L2 term) into `grads`, the loss added
	 * to the total; a sparse first kernel takes its Adam step `t` right away (sparse-first-layer.ts).
	 */
	const backprop = (
		x: FeatureMatrix,
		rows: Int32Array,
		targets: Float32Array,
		rowMasks: (Float32Array | null)[]
	): void => {
		const r = rows.length;
		if (r > rowsCap) throw new Error(`a batch of ${r} rows, more than ${rowsCap}`);
		// forward: a = f(h·W + b), h = a × mask
		layers.forEach((layer, i) => {
			const out = activations[i];
			const n = layer.units;
			if (i === 0 && first) out.view.set(first.product(x, rows));
			else {
				const below = i === 0 ? input : (dropped[i - 1] ?? activations[i - 1]);
				if (i === 0) denseBatch(x, rows, input.view);
				k.matmul(below.at, floatAt(params, kernelAt[i]), out.at, r, layer.inputUnits, n);
			}
			k.addBias(out.at, floatAt(params, biasAt[i]), r, n, layer.activation === 'relu' ? 1 : 0);
			activate(out.view, r * n, layer.activation, n);
			const mask = masks[i];
			const rowMask = rowMasks[i];
			if (mask && rowMask) {
				const h = dropped[i] as Block;
				mask.view.set(rowMask);
				h.view.set(out.view.subarray(0, r * n));
				k.multiply(h.at, mask.at, r * n);
			}
		});
		// the output: softmax probabilities → loss and dz = (p · wᵢ − tᵢ) / rows, wᵢ = Σ_c t_ic
		const last = layers.length - 1;
		const classes = layers[last].units;
		const p = activations[last].view;
		let dz = deltas[0];
		for (let row = 0; row < r; row++) {
			let weight = 0;
			for (let c = 0; c < classes; c++) weight += targets[row * classes + c];
			for (let c = 0; c < classes; c++) {
				const at = row * classes + c;
				const target = targets[at];
				if (target !== 0) lossSum -= target * Math.log(Math.max(p[at], PROBABILITY_FLOOR));
				dz.view[at] = (p[at] * weight - target) / r;
			}
		}
		// backward, layer by layer: db = Σ dz, dW = hᵀ·dz, dh = dz·Wᵀ, dz below = dh × mask × f′
		for (let i = last; i >= 0; i--) {
			const layer = layers[i];
			k.columnSums(dz.at, floatAt(grads, biasAt[i]), r, layer.units);
			if (i === 0 && first) {
				first.update(x, rows, dz.view.slice(0, r * layer.units), t);
				break;
			}
			const below = i === 0 ? input : (dropped[i - 1] ?? activations[i - 1]);
			const kernel = floatAt(grads, kernelAt[i]);
			k.matmulTransposedA(below.at, dz.at, kernel, r, layer.inputUnits, layer.units);
			if (i === 0) break;
			transpose(params.view, kernelAt[i], layer.inputUnits, layer.units, transposed.view);
			const dh = dz === deltas[0] ? deltas[1] : deltas[0];
			k.matmul(dz.at, transposed.at, dh.at, r, layer.units, layer.inputUnits);
			const count = r * layer.inputUnits;
			const mask = masks[i - 1];
			if (mask) k.multiply(dh.at, mask.at, count);
			const a = activations[i - 1];
			const activation = layers[i - 1].activation;
			if (activation === 'relu') k.reluBackward(dh.at, a.at, count);
			else slope(dh.view, a.view, count, activation);
			dz = dh;
		}
	};

	const step = (x: FeatureMatrix, rows: Int32Array, targets: Float32Array): void => {
		const rowMasks = layers.map((l) =>
			l.dropout > 0 ? dropoutValues(rows.length, l.units, l.dropout, options.rng) : null
		);
		t++;
		backprop(x, rows, targets, rowMasks);
		const g = grads.view;
		const values = params.view;
		for (let j = 0; j < g.length; j++) g[j] += decay[j] * values[j];
		adamStepInPlace(values, g, m, v, { learningRate: options.learningRate, t, decay: 0 });
	};

	type Snapshot = TrainerSnapshot & { params: Float32Array; firstKernel: Float32Array | null };
	const write = (target: tf.LayersModel, flat: Float32Array, firstKernel: Float32Array | null) =>
		tf.tidy(() => {
			const pieces: tf.Tensor[] = [];
			let at = 0;
			shapes.forEach((shape, i) => {
				if (i === 0 && firstKernel) pieces.push(tf.tensor(firstKernel.slice(), shape));
				else pieces.push(tf.tensor(flat.slice(at, (at += sizes[i])), shape));
			});
			target.setWeights(pieces);
		});

	return {
		step,
		gradientsOf(x, rows, targets, rowMasks) {
			if (first) throw new Error('gradientsOf takes dense inputs only');
			backprop(x, rows, targets, rowMasks);
			lossSum = 0;
			return Float32Array.from(grads.view, (g, j) => g + decay[j] * params.view[j]);
		},
		async takeEpochLoss(rowCount) {
			const total = lossSum;
			lossSum = 0;
			return total / rowCount;
		},
		writeTo(target, snapshot) {
			const snap = snapshot as Snapshot | undefined;
			write(target, snap?.params ?? params.view, snap ? snap.firstKernel : (first?.kernel ?? null));
		},
		snapshot: (): Snapshot => ({
			params: params.view.slice(),
			firstKernel: first ? first.kernel.slice() : null,
			dispose() {}
		}),
		dispose() {}
	};
}

/** The activation in place over the first `count` entries (ReLU is done in the kernel with the bias). */
function activate(
	a: Float32Array,
	count: number,
	activation: DenseLayerPlan['activation'],
	width: number
): void {
	if (activation === 'tanh') for (let i = 0; i < count; i++) a[i] = Math.tanh(a[i]);
	else if (activation === 'elu')
		for (let i = 0; i < count; i++) a[i] = a[i] > 0 ? a[i] : Math.expm1(a[i]);
	else if (activation === 'softmax') {
		for (let at = 0; at < count; at += width) {
			let max = -Infinity;
			for (let c = 0; c < width; c++) max = Math.max(max, a[at + c]);
			let sum = 0;
			for (let c = 0; c < width; c++) {
				a[at + c] = Math.exp(a[at + c] - max);
				sum += a[at + c];
			}
			for (let c = 0; c < width; c++) a[at + c] /= sum;
		}
	}
}

/** d ×= f′, written with the activation's output a = f(z), as the TF.js step does. */
function slope(
	d: Float32Array,
	a: Float32Array,
	count: number,
	activation: DenseLayerPlan['activation']
): void {
	if (activation === 'tanh') for (let i = 0; i < count; i++) d[i] *= 1 - a[i] * a[i];
	else for (let i = 0; i < count; i++) d[i] *= Math.min(a[i] + 1, 1); // elu (α = 1)
}

/** out (cols × rows) = the rows × cols block of `values` starting at `from`, transposed. */
function transpose(
	values: Float32Array,
	from: number,
	rows: number,
	cols: number,
	out: Float32Array
): void {
	for (let i = 0; i < rows; i++)
		for (let j = 0; j < cols; j++) out[j * rows + i] = values[from + i * cols + j];
}
