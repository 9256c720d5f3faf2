/**
 * Gradient histograms of a node, as scikit-learn's `HistogramBuilder` makes them: per feature and bin, the sum of
 * the rows' float32 gradients and hessians accumulated in float64 in the node's row order, and the row count.
 * One Float64Array holds every feature's bins, three numbers per bin (gradient, hessian, count), feature f from
 * bin `offsets[f]`. The larger child of a split gets parent − smaller child (histogram subtraction).
 *
 * Sparse columns: the rows' stored values are added per row from the CSR bins; the bin of the implicit zeros is
 * what the node's totals leave over (node sum − the column's other bins), so a node costs its rows' non-zeros,
 * not rows × columns. That bin is then a difference of sums rather than a sum, which can differ from a densified
 * scikit-learn run in the last bits.
 */
import type { BinnedFeatures } from './binning';

/** Where each feature's bins start in a histogram (in bins), and the total. */
export type HistogramLayout = { offsets: Int32Array; totalBins: number };

/** Each feature gets its non-missing bins and one missing bin. */
export function histogramLayout(binned: BinnedFeatures): HistogramLayout {
	const offsets = new Int32Array(binned.featureCount + 1);
	for (let f = 0; f < binned.featureCount; f++) {
		offsets[f + 1] = offsets[f] + binned.nonMissingBins[f] + 1;
	}
	return { offsets, totalBins: offsets[binned.featureCount] };
}

/** A node's rows and totals, as the histogram builder needs them. */
export type NodeRows = {
	/** Row indices of the node: `partition[start … stop)`. */
	partition: Int32Array;
	start: number;
	stop: number;
	sumGradients: number;
	sumHessians: number;
};

/** Fills `out` with the histograms of the node's rows (every feature). */
export function buildHistogram(
	out: Float64Array,
	binned: BinnedFeatures,
	layout: HistogramLayout,
	node: NodeRows,
	gradients: Float32Array,
	hessians: Float32Array
): void {
	out.fill(0);
	const { partition, start, stop } = node;
	const dw = binned.denseWidth;
	const dense = binned.dense;
	const offsets = layout.offsets;
	const base3 = new Int32Array(dw);
	for (let f = 0; f < dw; f++) base3[f] = offsets[f] * 3;
	for (let i = start; i < stop; i++) {
		const r = partition[i];
		const g = gradients[r];
		const h = hessians[r];
		const row = r * dw;
		for (let f = 0; f < dw; f++) {
			const k = base3[f] + dense[row + f] * 3;
			out[k] += g;
			out[k + 1] += h;
			out[k + 2] += 1;
		}
	}
	const sparse = binned.sparse;
	if (!sparse) return;
	const { rowPtr, indices, bins } = sparse;
	for (let i = start; i < stop; i++) {
		const r = partition[i];
		const g = gradients[r];
		const h = hessians[r];
		for (let k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
			const at = (offsets[dw + indices[k]] + bins[k]) * 3;
			out[at] += g;
			out[at + 1] += h;
			out[at + 2] += 1;
		}
	}
	const count = stop - start;
	for (let j = 0; j < binned.featureCount - dw; j++) {
		const from = offsets[dw + j] * 3;
		const to = offsets[dw + j + 1] * 3;
		let g = 0;
		let h = 0;
		let c = 0;
		for (let k = from; k < to; k += 3) {
			g += out[k];
			h += out[k + 1];
			c += out[k + 2];
		}
		const zero = from + sparse.zeroBin[j] * 3;
		out[zero] += node.sumGradients - g;
		out[zero + 1] += node.sumHessians - h;
		out[zero + 2] += count - c;
	}
}

/** `parent` becomes parent − child, bin by bin (the sibling's histogram, computed in place). */
export function subtractHistogram(parent: Float64Array, child: Float64Array): void {
	for (let k = 0; k < parent.length; k++) parent[k] -= child[k];
}
