/**
 * Gradient-boosted trees as plain JSON (the `model` part of a tree bundle, and of a run's result): raw-feature
 * thresholds, so scoring needs no bin mapper, and nothing but numbers, so loading a file never executes anything.
 */

/** The model's format tag: bundles and run results tell tree models from TF.js ones by it. */
export const GBDT_FORMAT = 'faro-gbdt';
export const GBDT_VERSION = 1;

/**
 * One regression tree, nodes in parallel arrays (node 0 is the root). Node i is a leaf when `left[i] === -1`
 * (then `right[i] === -1` and `value[i]` is its raw score, shrinkage already applied); otherwise a row goes to
 * `left[i]` when its feature `feature[i]` is ≤ `threshold[i]`, or is missing (NaN) and `missingLeft[i] === 1`,
 * and to `right[i]` otherwise. Features are numbered as in the FeatureMatrix: dense columns, then sparse ones.
 * `cover[i]` is the number of training rows that reached node i (what TreeSHAP weighs the branches by) and
 * `gain[i]` the loss reduction of its split (0 for a leaf); trees written before Faro stored them have neither,
 * and score the same.
 */
export type GbdtTree = {
	feature: number[];
	threshold: number[];
	missingLeft: number[];
	left: number[];
	right: number[];
	value: number[];
	cover?: number[];
	gain?: number[];
};

/**
 * The whole model. `outputs` is 1 for two classes (a log-odds of class 1) and `classCount` otherwise (one
 * score per class, softmax). `trees` is iteration-major: tree `t · outputs + k` is iteration t's tree for
 * output k. Raw score of output k = `baseline[k]` + the sum of its trees' leaf values.
 */
export type GbdtArtifacts = {
	format: typeof GBDT_FORMAT;
	version: typeof GBDT_VERSION;
	classCount: number;
	featureCount: number;
	outputs: number;
	baseline: number[];
	trees: GbdtTree[];
};
