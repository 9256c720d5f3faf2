/**
 * Gradient histograms of a node, as scikit-learn's `HistogramBuilder` makes them: per feature and bin, the sum of
 * the rows' float32 gradients and hessians accumulated in float64 in the node's row order, and the row count.
 * The larger child of a split gets parent − smaller child (histogram subtraction).
 *
 * Layout: bin b of the whole histogram has its gradient sum at `gh[2b]`, hessian sum at `gh[2b + 1]` and count
 * at `count[b]`. Dense feature f owns bins `f · (maxBins + 1) …` (a fixed stride, so the inner loop needs no
 * offset table) and the dense block is read 4 bins per 32-bit word, the layout that measured fastest in V8
 * (100,000 rows × 20 features: 6.8 ms against 12.5 ms for a byte loop over three interleaved sums). Sparse
 * features follow with bins of their own size, from `offsets[f]`.
 *
 * Sparse columns: the rows' stored values are added per row from the CSR bins; the bin of the implicit zeros is
 * what the node's totals leave over (node sum − the column's other bins), so a node costs its rows' non-zeros,
 * not rows × columns. That bin is then a difference of sums rather than a sum, which can differ from a densified
 * scikit-learn run in the last bits.
 */
import type { BinnedFeatures } from './binning';

/** Where each feature's bins start (in bins), and the total. */
export type HistogramLayout = {
	/** Bins per dense feature (maxBins + 1: the non-missing bins and the missing bin). */
	denseBins: number;
	offsets: Int32Array;
	totalBins: number;
};

/** One node's histograms. */
export type Histogram = { gh: Float64Array; count: Int32Array };

/** Gradients and hessians of one output interleaved as float64 (`gh[2i]`, `gh[2i + 1]`), float32 values. */
export type RowGradients = Float64Array;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function histogramLayout(binned: BinnedFeatures, maxBins: number): HistogramLayout {
	const denseBins = maxBins + 1;
	const offsets = new Int32Array(binned.featureCount + 1);
	// padding columns of the dense block write into bins of their own, never read
	const denseEnd = binned.denseStride * denseBins;
	for (let f = 0; f <= binned.featureCount; f++) {
		if (f <= binned.denseWidth) offsets[f] = f * denseBins;
		else offsets[f] = offsets[f - 1] + binned.nonMissingBins[f - 1] + 1;
		if (f === binned.denseWidth) offsets[f] = denseEnd;
	}
	return { denseBins, offsets, totalBins: offsets[binned.featureCount] };
}

export const createHistogram = (layout: HistogramLayout): Histogram => ({
	gh: new Float64Array(2 * layout.totalBins),
	count: new Int32Array(layout.totalBins)
});

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
	out: Histogram,
	binned: BinnedFeatures,
	layout: HistogramLayout,
	node: NodeRows,
	gradients: RowGradients
): void {
	const { gh, count } = out;
	gh.fill(0);
	count.fill(0);
	const { partition, start, stop } = node;
	if (binned.denseWidth > 0) {
		if (LITTLE_ENDIAN) addDenseWords(out, binned, layout.denseBins, partition, start, stop, gradients);
		else addDenseBytes(out, binned, layout.denseBins, partition, start, stop, gradients);
	}
	const sparse = binned.sparse;
	if (!sparse) return;
	const { rowPtr, indices, bins } = sparse;
	const dw = binned.denseWidth;
	const offsets = layout.offsets;
	for (let i = start; i < stop; i++) {
		const r = partition[i];
		const g = gradients[2 * r];
		const h = gradients[2 * r + 1];
		for (let k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
			const b = offsets[dw + indices[k]] + bins[k];
			gh[2 * b] += g;
			gh[2 * b + 1] += h;
			count[b]++;
		}
	}
	const rows = stop - start;
	for (let j = 0; j < binned.featureCount - dw; j++) {
		const from = offsets[dw + j];
		const to = offsets[dw + j + 1];
		let g = 0;
		let h = 0;
		let c = 0;
		for (let b = from; b < to; b++) {
			g += gh[2 * b];
			h += gh[2 * b + 1];
			c += count[b];
		}
		const zero = from + sparse.zeroBin[j];
		gh[2 * zero] += node.sumGradients - g;
		gh[2 * zero + 1] += node.sumHessians - h;
		count[zero] += rows - c;
	}
}

/** Dense bins four at a time: one 32-bit word holds features 4q … 4q + 3 of a row (little-endian bytes). */
function addDenseWords(
	out: Histogram,
	binned: BinnedFeatures,
	denseBins: number,
	partition: Int32Array,
	start: number,
	stop: number,
	gradients: RowGradients
): void {
	const { gh, count } = out;
	const words = new Uint32Array(binned.dense.buffer, binned.dense.byteOffset, binned.dense.length >> 2);
	const wordsPerRow = binned.denseStride >> 2;
	const step = 4 * denseBins;
	for (let i = start; i < stop; i++) {
		const r = partition[i];
		const g = gradients[2 * r];
		const h = gradients[2 * r + 1];
		for (let q = 0, w = r * wordsPerRow, base = 0; q < wordsPerRow; q++, w++, base += step) {
			const word = words[w];
			let b = base + (word & 255);
			gh[2 * b] += g;
			gh[2 * b + 1] += h;
			count[b]++;
			b = base + denseBins + ((word >>> 8) & 255);
			gh[2 * b] += g;
			gh[2 * b + 1] += h;
			count[b]++;
			b = base + 2 * denseBins + ((word >>> 16) & 255);
			gh[2 * b] += g;
			gh[2 * b + 1] += h;
			count[b]++;
			b = base + 3 * denseBins + (word >>> 24);
			gh[2 * b] += g;
			gh[2 * b + 1] += h;
			count[b]++;
		}
	}
}

/** The same, a byte at a time (big-endian platforms). */
function addDenseBytes(
	out: Histogram,
	binned: BinnedFeatures,
	denseBins: number,
	partition: Int32Array,
	start: number,
	stop: number,
	gradients: RowGradients
): void {
	const { gh, count } = out;
	const { dense, denseStride } = binned;
	for (let i = start; i < stop; i++) {
		const r = partition[i];
		const g = gradients[2 * r];
		const h = gradients[2 * r + 1];
		for (let f = 0, at = r * denseStride; f < denseStride; f++, at++) {
			const b = f * denseBins + dense[at];
			gh[2 * b] += g;
			gh[2 * b + 1] += h;
			count[b]++;
		}
	}
}

/** `parent` becomes parent − child, bin by bin (the sibling's histogram, computed in place). */
export function subtractHistogram(parent: Histogram, child: Histogram): void {
	const { gh, count } = parent;
	for (let k = 0; k < gh.length; k++) gh[k] -= child.gh[k];
	for (let b = 0; b < count.length; b++) count[b] -= child.count[b];
}
