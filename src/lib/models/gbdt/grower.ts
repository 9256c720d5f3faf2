/**
 * One regression tree on gradients and hessians, grown best-first like scikit-learn 1.2's `TreeGrower`
 * (grower.py): the splittable node with the largest gain is split next (a binary heap ordered exactly as Python's
 * `heapq`, so ties break the same way); children with fewer than 2 · minSamplesLeaf rows, at the depth limit or
 * past the leaf budget become leaves; the smaller child's histogram is built from its rows and the larger one's
 * is the parent's minus it. Rows are partitioned stably, so every histogram bin sums its rows in the same order
 * as scikit-learn's. Leaf values are −G / (H + λ) times the shrinkage; the root's value is 0.
 *
 * Histograms of nodes waiting in the heap stay in memory up to a budget (wide sparse inputs make one histogram
 * large: 20,000 columns × up to 256 bins); past it the lowest-gain waiting node gives its buffer up and its
 * children are both built from their rows when it is split.
 */
import type { GbdtTree } from './types';
import type { BinnedFeatures } from './binning';
import { leafRanges, toGbdtTree, type LeafRange, type Node } from './grown-tree';
import { heapPop, heapPush } from './heap';
import {
	buildHistogram,
	createHistogram,
	subtractHistogram,
	type Histogram,
	type HistogramLayout,
	type RowGradients
} from './histogram';
import type { DenseKernel } from './dense-kernel';
import { MIN_HESSIAN_TO_SPLIT, findBestSplit, type SplitChoice, type SplitParams } from './split';

/** Memory the histograms of one fit should take, about (at least two histograms are always kept). */
export const HISTOGRAM_BUDGET_BYTES = 192 * 2 ** 20;

export type GrowParams = SplitParams & {
	maxLeafNodes: number;
	maxDepth: number | null;
	shrinkage: number;
	/** Defaults to HISTOGRAM_BUDGET_BYTES. */
	histogramBudgetBytes?: number;
};

/** How many histograms fit in `budget` bytes (at least two are always kept). */
export const histogramsWithin = (budget: number, layout: HistogramLayout): number =>
	Math.max(2, Math.floor(budget / (layout.totalBins * 20)));

/** Scratch shared by the trees of one fit: the row partition, its split buffer, sparse lookups. */
export type GrowerScratch = {
	partition: Int32Array;
	buffer: Int32Array;
	/** A node's gradients gathered in partition order (2 × rowCount). */
	ordered: Float64Array;
	stamp: Int32Array;
	stampBin: Uint8Array;
	stampId: number;
	/** Histogram buffers not in use, and how many exist in all. */
	pool: Histogram[];
	allocated: number;
	/**
	 * The WebAssembly kernels (histograms, splits, partitions), whose memory holds `partition`, `ordered` and
	 * the histograms, or null.
	 */
	kernel: DenseKernel | null;
};

export function createGrowerScratch(
	rowCount: number,
	kernel: DenseKernel | null = null
): GrowerScratch {
	return {
		partition: kernel?.partition ?? new Int32Array(rowCount),
		buffer: new Int32Array(rowCount),
		ordered: kernel?.ordered ?? new Float64Array(2 * rowCount),
		stamp: new Int32Array(rowCount),
		stampBin: new Uint8Array(rowCount),
		stampId: 0,
		pool: [],
		allocated: 0,
		kernel
	};
}

/** The grown tree in Faro's format, and where its leaves' rows sit in the partition (for the raw scores). */
export type GrownTree = { tree: GbdtTree; leaves: LeafRange[] };

/**
 * Grows one tree. `pause` is awaited between splits (the caller yields to the event loop and checks for an
 * abort there); the partition in `scratch` holds each leaf's rows afterwards.
 */
export async function growTree(
	binned: BinnedFeatures,
	layout: HistogramLayout,
	gradients: RowGradients,
	params: GrowParams,
	scratch: GrowerScratch,
	pause: () => Promise<void> | void
): Promise<GrownTree> {
	const grower = new Grower(binned, layout, gradients, params, scratch);
	const root = grower.start();
	while (grower.heap.length > 0) {
		await pause();
		grower.splitNext();
	}
	grower.releaseAll();
	return {
		tree: toGbdtTree(root, binned, params.shrinkage),
		leaves: leafRanges(root, params.shrinkage)
	};
}

class Grower {
	readonly heap: Node[] = [];
	#leafCount = 0;
	readonly #maxAlive: number;

	constructor(
		readonly binned: BinnedFeatures,
		readonly layout: HistogramLayout,
		readonly gradients: RowGradients,
		readonly params: GrowParams,
		readonly scratch: GrowerScratch
	) {
		const budget = params.histogramBudgetBytes ?? HISTOGRAM_BUDGET_BYTES;
		// with the kernel, within its slots (two spare: acquire can allocate past the cap)
		this.#maxAlive = Math.min(
			histogramsWithin(budget, layout),
			(scratch.kernel?.histogramSlots ?? Infinity) - 2
		);
	}

	start(): Node {
		const n = this.binned.rowCount;
		const partition = this.scratch.partition;
		for (let i = 0; i < n; i++) partition[i] = i;
		let sumGradients = 0;
		let sumHessians = 0;
		for (let i = 0; i < n; i++) {
			sumGradients += this.gradients[2 * i];
			sumHessians += this.gradients[2 * i + 1];
		}
		const root = this.node(0, 0, n, sumGradients, sumHessians, 0);
		if (n < 2 * this.params.minSamplesLeaf || sumHessians < MIN_HESSIAN_TO_SPLIT) {
			this.#leafCount++;
			return root;
		}
		root.hist = this.acquire();
		this.build(root.hist, root);
		this.findSplitAndPush(root);
		return root;
	}

	splitNext(): void {
		const node = this.pop();
		const split = node.split as SplitChoice;
		const rightAt = this.partition(node, split);
		const depth = node.depth + 1;
		const leaves = this.#leafCount + this.heap.length + 2;
		const left = this.node(
			depth,
			node.start,
			rightAt,
			split.gradientLeft,
			split.hessianLeft,
			split.valueLeft
		);
		const right = this.node(
			depth,
			rightAt,
			node.stop,
			split.gradientRight,
			split.hessianRight,
			split.valueRight
		);
		node.left = left;
		node.right = right;
		if (!this.binned.hasMissing[split.feature]) {
			// no missing value in training: at prediction time they follow the larger child
			split.missingLeft = left.stop - left.start > right.stop - right.start;
		}
		const { maxLeafNodes, maxDepth, minSamplesLeaf } = this.params;
		let splitLeft = true;
		let splitRight = true;
		if (leaves === maxLeafNodes) {
			this.#leafCount += 2 + this.heap.length;
			for (const waiting of this.heap) this.release(waiting);
			this.heap.length = 0;
			splitLeft = splitRight = false;
		} else if (maxDepth !== null && depth === maxDepth) {
			this.#leafCount += 2;
			splitLeft = splitRight = false;
		} else {
			splitLeft = left.stop - left.start >= 2 * minSamplesLeaf;
			splitRight = right.stop - right.start >= 2 * minSamplesLeaf;
			this.#leafCount += Number(!splitLeft) + Number(!splitRight);
		}
		if (splitLeft || splitRight) this.childHistograms(node, left, right, splitLeft, splitRight);
		this.release(node);
		if (splitLeft) this.findSplitAndPush(left);
		if (splitRight) this.findSplitAndPush(right);
	}

	/** Smaller child from its rows, larger one by subtraction (both from rows when the parent's was evicted). */
	private childHistograms(
		parent: Node,
		left: Node,
		right: Node,
		splitLeft: boolean,
		splitRight: boolean
	): void {
		const leftIsSmaller = left.stop - left.start < right.stop - right.start;
		const smaller = leftIsSmaller ? left : right;
		const larger = leftIsSmaller ? right : left;
		const largerNeeded = leftIsSmaller ? splitRight : splitLeft;
		smaller.hist = this.acquire();
		this.build(smaller.hist, smaller);
		if (largerNeeded) {
			if (parent.hist) {
				const { binned, layout } = this;
				const kernel = this.scratch.kernel;
				subtractHistogram(parent.hist, smaller.hist, this.rows(smaller), binned, layout, kernel);
				larger.hist = parent.hist;
				parent.hist = null;
			} else {
				larger.hist = this.acquire();
				this.build(larger.hist, larger);
			}
		}
		if (!(leftIsSmaller ? splitLeft : splitRight)) this.release(smaller);
	}

	private build(hist: Histogram, node: Node): void {
		const { binned, layout, gradients } = this;
		const { ordered, kernel } = this.scratch;
		buildHistogram(hist, binned, layout, this.rows(node), gradients, ordered, kernel);
	}

	private findSplitAndPush(node: Node): void {
		const split = findBestSplit(
			node.hist as Histogram,
			this.binned,
			this.layout,
			node.stop - node.start,
			node.sumGradients,
			node.sumHessians,
			node.value,
			this.params,
			this.scratch.kernel
		);
		node.split = split;
		if (split.gain <= 0) {
			this.#leafCount++;
			this.release(node);
		} else this.push(node);
	}

	/** Stable partition of the node's rows: left child first (bin ≤ split bin, or missing and missing-left). */
	private partition(node: Node, split: SplitChoice): number {
		const { partition, buffer } = this.scratch;
		const binned = this.binned;
		const f = split.feature;
		const missingBin = binned.nonMissingBins[f];
		const bin = split.bin;
		const missingLeft = split.missingLeft;
		const kernel = this.scratch.kernel;
		if (kernel && f < binned.denseWidth)
			return kernel.partitionRows(f, node.start, node.stop, bin, missingBin, missingLeft);
		let write = node.start;
		let spill = 0;
		if (f < binned.denseWidth) {
			const n = binned.rowCount;
			const column = binned.dense.subarray(f * n, (f + 1) * n);
			// branch-free (a split sends rows either way unpredictably): each row is written to both sides and
			// only its side's cursor moves; write ≤ i, so no row still to be read is overwritten
			const leftMissing = missingLeft ? 1 : 0;
			for (let i = node.start; i < node.stop; i++) {
				const r = partition[i];
				const b = column[r];
				const left = +(b <= bin) | (leftMissing & +(b === missingBin));
				partition[write] = r;
				buffer[spill] = r;
				write += left;
				spill += 1 - left;
			}
		} else {
			const sparse = binned.sparse as NonNullable<BinnedFeatures['sparse']>;
			const j = f - binned.denseWidth;
			const { stamp, stampBin } = this.scratch;
			const id = ++this.scratch.stampId;
			for (let k = sparse.colPtr[j]; k < sparse.colPtr[j + 1]; k++) {
				stamp[sparse.colRows[k]] = id;
				stampBin[sparse.colRows[k]] = sparse.colBins[k];
			}
			const zeroBin = sparse.zeroBin[j];
			for (let i = node.start; i < node.stop; i++) {
				const r = partition[i];
				const b = stamp[r] === id ? stampBin[r] : zeroBin;
				if (b <= bin || (missingLeft && b === missingBin)) partition[write++] = r;
				else buffer[spill++] = r;
			}
		}
		partition.set(buffer.subarray(0, spill), write);
		return write;
	}

	private rows(node: Node) {
		return {
			partition: this.scratch.partition,
			start: node.start,
			stop: node.stop,
			sumGradients: node.sumGradients,
			sumHessians: node.sumHessians
		};
	}

	private node(
		depth: number,
		start: number,
		stop: number,
		g: number,
		h: number,
		value: number
	): Node {
		return {
			depth,
			start,
			stop,
			sumGradients: g,
			sumHessians: h,
			value,
			split: null,
			hist: null,
			left: null,
			right: null
		};
	}

	private acquire(): Histogram {
		const pooled = this.scratch.pool.pop();
		if (pooled) return pooled;
		if (this.scratch.allocated < this.#maxAlive) return this.allocate();
		// over budget: take the buffer of the waiting node least likely to be split soon
		let victim: Node | null = null;
		for (const waiting of this.heap) {
			if (
				waiting.hist &&
				(!victim || (waiting.split as SplitChoice).gain < (victim.split as SplitChoice).gain)
			) {
				victim = waiting;
			}
		}
		if (!victim) return this.allocate();
		const hist = victim.hist as Histogram;
		victim.hist = null;
		return hist;
	}

	private allocate(): Histogram {
		this.scratch.allocated++;
		return createHistogram(this.layout, this.binned, this.scratch.kernel);
	}

	private release(node: Node): void {
		if (node.hist) this.scratch.pool.push(node.hist);
		node.hist = null;
	}

	releaseAll(): void {
		for (const waiting of this.heap) this.release(waiting);
	}

	private push(node: Node): void {
		heapPush(this.heap, node, hasLargerGain);
	}

	private pop(): Node {
		return heapPop(this.heap, hasLargerGain);
	}
}

/** TreeNode.__lt__ of scikit-learn's grower: a node with a larger gain comes first. */
const hasLargerGain = (a: Node, b: Node): boolean =>
	(a.split as SplitChoice).gain > (b.split as SplitChoice).gain;
