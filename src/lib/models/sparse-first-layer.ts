/**
 * The first layer's kernel for inputs with a sparse (TF-IDF) part, kept in JavaScript: x·W is read
 * straight from the CSR rows (rows × non-zeros × units multiply-adds instead of densifying and multiplying
 * rows × vocabulary), and its gradient Xᵀ·dz is a scatter-add into the rows of W the batch touches. Adam
 * stays dense (adam.ts): the L2 term and the moments move every row, as in the all-TF.js step, so the
 * optimiser's semantics do not change — only where the arithmetic runs. The bias and the other layers stay
 * in TF.js (step.ts).
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

/** Takes ownership of `kernel` (the layer's initial weights, inputUnits × units). */
export function createSparseFirstLayer(
	kernel: Float32Array,
	units: number,
	options: { learningRate: number; l2: number }
): SparseFirstLayer {
	const m = new Float32Array(kernel.length);
	const v = new Float32Array(kernel.length);
	const grad = new Float32Array(kernel.length);
	return {
		kernel,
		product(x, rows) {
			const out = new Float32Array(rows.length * units);
			forEachEntry(x, rows, (r, column, value) => {
				const w = column * units;
				const o = r * units;
				for (let j = 0; j < units; j++) out[o + j] += value * kernel[w + j];
			});
			return out;
		},
		update(x, rows, dz, t) {
			grad.fill(0);
			forEachEntry(x, rows, (r, column, value) => {
				const g = column * units;
				const d = r * units;
				for (let j = 0; j < units; j++) grad[g + j] += value * dz[d + j];
			});
			adamStepInPlace(kernel, grad, m, v, {
				learningRate: options.learningRate,
				t,
				decay: 2 * options.l2
			});
		}
	};
}

/** Calls `visit(batchRow, column, value)` for every non-zero of the batch: dense part, then sparse. */
function forEachEntry(
	x: FeatureMatrix,
	rows: Int32Array,
	visit: (batchRow: number, column: number, value: number) => void
): void {
	const { dense, denseWidth, sparse } = x;
	for (let r = 0; r < rows.length; r++) {
		const row = rows[r];
		for (let c = 0; c < denseWidth; c++) {
			const value = dense[row * denseWidth + c];
			if (value !== 0) visit(r, c, value);
		}
		if (!sparse) continue;
		for (let k = sparse.rowPtr[row]; k < sparse.rowPtr[row + 1]; k++) {
			visit(r, denseWidth + sparse.indices[k], sparse.values[k]);
		}
	}
}
