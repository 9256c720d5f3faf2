/**
 * A tree being grown (grower.ts's nodes) and its export: Faro's GbdtTree arrays in pre-order (node, left
 * subtree, right subtree) like scikit-learn's predictor nodes, thresholds in raw feature values, leaf values
 * with the shrinkage applied; and each leaf's rows in the partition, to update the raw scores.
 */
import type { BinnedFeatures } from './binning';
import type { Histogram } from './histogram';
import type { SplitChoice } from './split';
import type { GbdtTree } from './types';

/** Stands for +∞ in a split on missing values (every non-missing value goes left): JSON has no Infinity. */
export const SPLIT_ON_MISSING_THRESHOLD = Number.MAX_VALUE;

/** A node of the tree being grown; its rows are `partition[start … stop)`. */
export type Node = {
	depth: number;
	start: number;
	stop: number;
	sumGradients: number;
	sumHessians: number;
	/** −G / (H + λ) before shrinkage (0 for the root, as in scikit-learn). */
	value: number;
	split: SplitChoice | null;
	hist: Histogram | null;
	left: Node | null;
	right: Node | null;
};

/** Where each leaf's rows sit in the partition and its value (shrinkage applied). */
export type LeafRange = { start: number; stop: number; value: number };

/** The tree from `root` as GbdtTree arrays. */
export function toGbdtTree(root: Node, binned: BinnedFeatures, shrinkage: number): GbdtTree {
	const tree: GbdtTree = {
		feature: [],
		threshold: [],
		missingLeft: [],
		left: [],
		right: [],
		value: [],
		cover: [],
		gain: []
	};
	const { thresholds, nonMissingBins } = binned;
	const visit = (node: Node): number => {
		const at = tree.feature.length;
		tree.value.push(node.value * shrinkage);
		(tree.cover as number[]).push(node.stop - node.start);
		(tree.gain as number[]).push(0);
		tree.left.push(-1);
		tree.right.push(-1);
		if (!node.left || !node.right) {
			tree.feature.push(-1);
			tree.threshold.push(0);
			tree.missingLeft.push(0);
			return at;
		}
		const split = node.split as SplitChoice;
		const f = split.feature;
		(tree.gain as number[])[at] = split.gain;
		tree.feature.push(f);
		// the last non-missing bin: non-missing values left, missing right (scikit-learn's threshold +∞)
		const onMissing = split.bin === nonMissingBins[f] - 1;
		tree.threshold.push(onMissing ? SPLIT_ON_MISSING_THRESHOLD : thresholds[f][split.bin]);
		tree.missingLeft.push(split.missingLeft ? 1 : 0);
		tree.left[at] = visit(node.left);
		tree.right[at] = visit(node.right);
		return at;
	};
	visit(root);
	return tree;
}

/** Every leaf under `root` with its rows' range in the partition. */
export function leafRanges(root: Node, shrinkage: number): LeafRange[] {
	const out: LeafRange[] = [];
	const stack = [root];
	while (stack.length) {
		const node = stack.pop() as Node;
		if (node.left && node.right) stack.push(node.right, node.left);
		else out.push({ start: node.start, stop: node.stop, value: node.value * shrinkage });
	}
	return out;
}
