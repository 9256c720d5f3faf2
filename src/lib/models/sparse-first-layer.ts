/**
 * The first layer's kernel for inputs with a sparse (TF-IDF) part, kept in JavaScript: x·W is read
 * straight from the CSR rows (rows × non-zeros × units multiply-adds instead of densifying and multiplying
 * rows × vocabulary), and its gradient Xᵀ·dz is a scatter-add into the rows of W the batch touches. Adam
 * stays dense (adam.ts): the L2 term and the moments move every row, as in the all-TF.js step, so the
 * optimiser's semantics do not change — only where the arithmetic runs. The bias and the other layers stay
 * in TF.js (step.ts). The loops are written out per part (dense, then sparse) of each row: a callback per
 * non-zero cost 3× the arithmetic.
 */
import type { FeatureMatrix } from '$lib/shared/feature-matrix';
import { adamStepInPlace } from './adam';

/** W (inputUnits × units, row-major), its Adam moments, and the sparse product and update. */
export type SparseFirstLayer = {
	readonly kernel: Float32Array;
	/** x·W for the batch rows `rows` of `x` (no bias), row-major rows × units. */
	product(x: FeatureMatrix, rows: Int32Array): Float32Array;
	/** One Adam step from dz (rows × units, the gradient w.r.t. x·W): g = Xᵀ·dz + 2·l2·W. */
	update(x: FeatureMatrix, rows: Int32Array, dz: Float32Array, t: number): void;
};

/** Where the layer's arrays live and how its Adam step runs (kernel-step.ts: in WebAssembly memory). */
export type SparseFirstLayerHome = {
	/** The gradient and the Adam moments, each as long as the kernel (zero). */
	grad: Float32Array;
	m: Float32Array;
	v: Float32Array;
	/** Must do exactly what adamStepInPlace does. */
	adam: typeof adamStepInPlace;
};

/**
 * Takes ownership of `kernel` (the layer's initial weights, inputUnits × units).
 * @param home its other arrays and Adam; by default new arrays and adam.ts
 */
export function createSparseFirstLayer(
	kernel: Float32Array,
	units: number,
	options: { learningRate: number; l2: number },
	home?: SparseFirstLayerHome
): SparseFirstLayer {
	const m = home?.m ?? new Float32Array(kernel.length);
	const v = home?.v ?? new Float32Array(kernel.length);
	const grad = home?.grad ?? new Float32Array(kernel.length);
	const adam = home?.adam ?? adamStepInPlace;
	return {
		kernel,
		product(x, rows) {
			const out = new Float32Array(rows.length * units);
			// out[r] += value · W[column] for each non-zero of row r: dense part, then sparse
			const { dense, denseWidth: dw, sparse } = x;
			for (let r = 0; r < rows.length; r++) {
				const row = rows[r];
				const o = r * units;
				for (let c = 0; c < dw; c++) {
					const value = dense[row * dw + c];
					if (value === 0) continue;
					const w = c * units;
					for (let j = 0; j < units; j++) out[o + j] += value * kernel[w + j];
				}
				if (!sparse) continue;
				for (let k = sparse.rowPtr[row]; k < sparse.rowPtr[row + 1]; k++) {
					const value = sparse.values[k];
					const w = (dw + sparse.indices[k]) * units;
					for (let j = 0; j < units; j++) out[o + j] += value * kernel[w + j];
				}
			}
			return out;
		},
		update(x, rows, dz, t) {
			grad.fill(0);
			// grad[column] += value · dz[r], in the same order
			const { dense, denseWidth: dw, sparse } = x;
			for (let r = 0; r < rows.length; r++) {
				const row = rows[r];
				const d = r * units;
				for (let c = 0; c < dw; c++) {
					const value = dense[row * dw + c];
					if (value === 0) continue;
					const g = c * units;
					for (let j = 0; j < units; j++) grad[g + j] += value * dz[d + j];
				}
				if (!sparse) continue;
				for (let k = sparse.rowPtr[row]; k < sparse.rowPtr[row + 1]; k++) {
					const value = sparse.values[k];
					const g = (dw + sparse.indices[k]) * units;
					for (let j = 0; j < units; j++) grad[g + j] += value * dz[d + j];
				}
			}
			adam(kernel, grad, m, v, {
				learningRate: options.learningRate,
				t,
				decay: 2 * options.l2
			});
		}
	};
}
