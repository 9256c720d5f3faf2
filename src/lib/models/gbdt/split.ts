/**
 * The best split of a node, as scikit-learn 1.2's `Splitter.find_node_split` (splitting.pyx) finds it: per
 * feature, a left-to-right scan of the bins (missing values go right) and, when the feature had missing values in
 * training, a right-to-left scan (missing values go left); splits leaving a child with fewer than
 * `minSamplesLeaf` rows or a hessian sum under `minHessianToSplit` are skipped; the gain is XGBoost's loss
 * reduction with leaf values −G / (H + λ); the first feature with the strictly largest gain wins.
 */
import type { BinnedFeatures } from './binning';
import type { DenseKernel, ScanResult } from './dense-kernel';
import type { Histogram, HistogramLayout } from './histogram';

/** scikit-learn's fixed `min_hessian_to_split`. */
export const MIN_HESSIAN_TO_SPLIT = 1e-3;

export type SplitParams = { l2: number; minSamplesLeaf: number };

/** A chosen split; `gain` ≤ 0 means none was possible. */
export type SplitChoice = {
	gain: number;
	feature: number;
	bin: number;
	missingLeft: boolean;
	gradientLeft: number;
	hessianLeft: number;
	countLeft: number;
	gradientRight: number;
	hessianRight: number;
	countRight: number;
	valueLeft: number;
	valueRight: number;
};

/** Leaf value −G / (H + λ) before shrinkage (scikit-learn `compute_node_value`, no monotonic bounds). */
export const nodeValue = (sumGradient: number, sumHessian: number, l2: number): number =>
	-sumGradient / (sumHessian + l2 + 1e-15);

/**
 * The best split of a node whose histogram is `hist`.
 * @param value the node's own value (0 for the root, as in scikit-learn), which sets the gain's reference loss
 */
export function findBestSplit(
	hist: Histogram,
	binned: BinnedFeatures,
	layout: HistogramLayout,
	count: number,
	sumGradients: number,
	sumHessians: number,
	value: number,
	params: SplitParams,
	kernel: DenseKernel | null = null
): SplitChoice {
	const best: SplitChoice = {
		gain: -1,
		feature: 0,
		bin: 0,
		missingLeft: false,
		gradientLeft: 0,
		hessianLeft: 0,
		countLeft: 0,
		gradientRight: 0,
		hessianRight: 0,
		countRight: 0,
		valueLeft: 0,
		valueRight: 0
	};
	const scan = new FeatureScan(
		hist,
		count,
		sumGradients,
		sumHessians,
		sumGradients * value,
		params
	);
	/** Keeps feature f's best split when it beats the best so far. */
	const offer = (f: number, found: ScanResult | null) => {
		// the first feature (by index) with the largest gain wins, as in scikit-learn
		if (found && (found.gain > best.gain || (found.gain === best.gain && f < best.feature))) {
			best.gain = found.gain;
			best.feature = f;
			best.bin = found.bin;
			best.missingLeft = found.missingLeft;
			best.gradientLeft = found.gradientLeft;
			best.hessianLeft = found.hessianLeft;
			best.countLeft = found.countLeft;
		}
	};
	const consider = (f: number) => {
		scan.reset(layout.offsets[f], f >= binned.denseWidth);
		const bins = binned.nonMissingBins[f];
		scan.leftToRight(bins - 1 + binned.hasMissing[f]);
		if (binned.hasMissing[f]) scan.rightToLeft(bins - 2);
		offer(f, scan.found ? scan : null);
	};
	if (kernel) {
		const node = {
			rows: count,
			sumGradients,
			sumHessians,
			lossCurrentNode: sumGradients * value,
			l2: params.l2,
			minSamplesLeaf: params.minSamplesLeaf,
			minHessian: MIN_HESSIAN_TO_SPLIT
		};
		for (let f = 0; f < binned.denseWidth; f++) {
			const bins = binned.nonMissingBins[f];
			const missing = binned.hasMissing[f];
			offer(
				f,
				kernel.scan(hist, layout.offsets[f], bins - 1 + missing, missing ? bins - 2 : -1, node)
			);
		}
	} else for (let f = 0; f < binned.denseWidth; f++) consider(f);
	// sparse columns the node's rows do not touch hold all of them in one bin: no split there
	for (let t = 0; t < hist.touchedCount; t++) consider(binned.denseWidth + hist.touched[t]);
	if (best.gain > 0) {
		best.gradientRight = sumGradients - best.gradientLeft;
		best.hessianRight = sumHessians - best.hessianLeft;
		best.countRight = count - best.countLeft;
		best.valueLeft = nodeValue(best.gradientLeft, best.hessianLeft, params.l2);
		best.valueRight = nodeValue(best.gradientRight, best.hessianRight, params.l2);
	}
	return best;
}

/** The two scans over one feature's bins, keeping that feature's best split (its gain starts at −1). */
class FeatureScan {
	found = false;
	gain = -1;
	bin = 0;
	missingLeft = false;
	gradientLeft = 0;
	hessianLeft = 0;
	countLeft = 0;
	#base = 0;
	#skipEmpty = false;

	constructor(
		readonly hist: Histogram,
		readonly count: number,
		readonly sumGradients: number,
		readonly sumHessians: number,
		readonly lossCurrentNode: number,
		readonly params: SplitParams
	) {}

	/**
	 * A bin with no rows and sums of exactly zero leaves the running sums as they were: its split is the
	 * previous bin's, with the same gain, which cannot win (a win needs a strictly larger gain) and passes or
	 * fails the same tests, so it is not evaluated (exact: most bins of a small node are empty). `skipEmpty`
	 * skips every bin without rows, residue or not: scikit-learn evaluates them, and a subtracted histogram can
	 * leave rounding residue in them that once in a long while makes such a bin win a tie. Used for sparse
	 * columns (hundreds of mostly empty bins per small node), whose zero bins are already differences.
	 */
	reset(base: number, skipEmpty: boolean): void {
		this.#base = base;
		this.#skipEmpty = skipEmpty;
		this.found = false;
		this.gain = -1;
	}

	/** Bins 0 … end − 1 as the last bin of the left child; missing values go right. */
	leftToRight(end: number): void {
		const { count, sumGradients, sumHessians } = this;
		const { gh, count: counts } = this.hist;
		const { minSamplesLeaf, l2 } = this.params;
		const skipEmpty = this.#skipEmpty;
		let countLeft = 0;
		let gradientLeft = 0;
		let hessianLeft = 0;
		for (let bin = 0, b = this.#base; bin < end; bin++, b++) {
			countLeft += counts[b];
			hessianLeft += gh[2 * b + 1];
			gradientLeft += gh[2 * b];
			if (counts[b] === 0 && (skipEmpty || (gh[2 * b] === 0 && gh[2 * b + 1] === 0))) continue;
			if (countLeft < minSamplesLeaf) continue;
			if (count - countLeft < minSamplesLeaf) break;
			const hessianRight = sumHessians - hessianLeft;
			if (hessianLeft < MIN_HESSIAN_TO_SPLIT) continue;
			if (hessianRight < MIN_HESSIAN_TO_SPLIT) break;
			const gain = splitGain(
				gradientLeft,
				hessianLeft,
				sumGradients - gradientLeft,
				hessianRight,
				this.lossCurrentNode,
				l2
			);
			if (gain > this.gain && gain > 0)
				this.keep(gain, bin, false, gradientLeft, hessianLeft, countLeft);
		}
	}

	/** Bins start + 1 down to 1 as the first bin of the right child; missing values go left. */
	rightToLeft(start: number): void {
		const { count, sumGradients, sumHessians } = this;
		const { gh, count: counts } = this.hist;
		const { minSamplesLeaf, l2 } = this.params;
		const skipEmpty = this.#skipEmpty;
		let countRight = 0;
		let gradientRight = 0;
		let hessianRight = 0;
		for (let bin = start, b = this.#base + start + 1; bin >= 0; bin--, b--) {
			countRight += counts[b];
			hessianRight += gh[2 * b + 1];
			gradientRight += gh[2 * b];
			if (counts[b] === 0 && (skipEmpty || (gh[2 * b] === 0 && gh[2 * b + 1] === 0))) continue;
			const countLeft = count - countRight;
			if (countRight < minSamplesLeaf) continue;
			if (countLeft < minSamplesLeaf) break;
			const hessianLeft = sumHessians - hessianRight;
			if (hessianRight < MIN_HESSIAN_TO_SPLIT) continue;
			if (hessianLeft < MIN_HESSIAN_TO_SPLIT) break;
			const gradientLeft = sumGradients - gradientRight;
			const gain = splitGain(
				gradientLeft,
				hessianLeft,
				gradientRight,
				hessianRight,
				this.lossCurrentNode,
				l2
			);
			if (gain > this.gain && gain > 0)
				this.keep(gain, bin, true, gradientLeft, hessianLeft, countLeft);
		}
	}

	private keep(
		gain: number,
		bin: number,
		missingLeft: boolean,
		gradientLeft: number,
		hessianLeft: number,
		countLeft: number
	): void {
		this.found = true;
		this.gain = gain;
		this.bin = bin;
		this.missingLeft = missingLeft;
		this.gradientLeft = gradientLeft;
		this.hessianLeft = hessianLeft;
		this.countLeft = countLeft;
	}
}

/** scikit-learn `_split_gain`: loss(node) − loss(left) − loss(right), each loss being G · value. */
function splitGain(
	gradientLeft: number,
	hessianLeft: number,
	gradientRight: number,
	hessianRight: number,
	lossCurrentNode: number,
	l2: number
): number {
	const valueLeft = nodeValue(gradientLeft, hessianLeft, l2);
	const valueRight = nodeValue(gradientRight, hessianRight, l2);
	let gain = lossCurrentNode;
	gain -= gradientLeft * valueLeft;
	gain -= gradientRight * valueRight;
	return gain;
}
