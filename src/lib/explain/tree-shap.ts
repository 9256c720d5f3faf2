/**
 * TreeSHAP, path-dependent (Lundberg, Erion & Lee 2018, Algorithm 2; the `tree_shap_recursive` of the shap
 * package and XGBoost's `pred_contribs`): the exact Shapley value of every feature for one row, where a
 * feature left out of a coalition follows both branches of its splits in proportion to the training rows
 * that went each way (the node covers). Contributions add up to the row's raw score minus the model's
 * expected raw score (the cover-weighted mean of the leaves), per output. Missing values follow the branch
 * scoring sends them to (`missingLeft`), so the explained score is the scored one.
 * tests/fixtures/reference/scripts/tree_shap_reference.py checks it against XGBoost's `pred_contribs`.
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import type { GbdtArtifacts, GbdtTree } from '$lib/models/gbdt/types';

/**
 * The paths of one walk, end to end as the reference keeps them: level d's path starts where level d − 1's
 * ends (offset += depth + 1), so a child copies its parent's path without allocating.
 */
type Paths = { feature: Int32Array; zero: Float64Array; one: Float64Array; weight: Float64Array };

const pathsFor = (maxDepth: number): Paths => {
	const size = ((maxDepth + 2) * (maxDepth + 3)) / 2 + 1;
	return {
		feature: new Int32Array(size),
		zero: new Float64Array(size),
		one: new Float64Array(size),
		weight: new Float64Array(size)
	};
};

/** Per model (not to be edited once explained): the expected scores and one path buffer for every walk. */
const preparedModels = new WeakMap<GbdtArtifacts, { expected: Float64Array; paths: Paths }>();

/** Each tree's depth, computed once per tree object. */
const depths = new WeakMap<GbdtTree, number>();

/** Thrown when a tree has no node covers (tree models written before Faro stored them). */
export function checkCovers(model: GbdtArtifacts): void {
	if (model.trees.some((t) => !t.cover || t.cover.length !== t.left.length)) {
		throw new FaroError('reasons-unavailable', text('err_reasons_no_covers'), {
			hint: text('err_reasons_no_covers_hint')
		});
	}
}

/** The cover-weighted mean leaf value of a tree: its expected raw score over the training rows. */
export function treeExpectation(tree: GbdtTree): number {
	const cover = tree.cover as number[];
	const total = cover[0];
	if (!(total > 0)) return tree.value[0];
	let sum = 0;
	for (let i = 0; i < tree.left.length; i++)
		if (tree.left[i] === -1) sum += cover[i] * tree.value[i];
	return sum / total;
}

/**
 * Adds tree `tree`'s SHAP values for the row `x` (all features, dense then sparse, NaN = missing) to
 * `phi[offset + feature]`. `paths` must fit the tree's depth (`pathsFor`).
 */
export function addTreeShap(
	tree: GbdtTree,
	x: ArrayLike<number>,
	phi: Float64Array,
	offset: number,
	paths: Paths = pathsFor(depthOf(tree))
): void {
	const cover = tree.cover as number[];
	const { left: lefts, right: rights, feature: splits, value } = tree;
	const { feature, zero, one, weight } = paths;
	const recurse = (
		node: number,
		depth: number,
		parentStart: number,
		start: number,
		pZero: number,
		pOne: number,
		pFeature: number
	): void => {
		// copy the parent's path (depth entries), then extend it by this node's incoming split
		if (start !== parentStart) {
			for (let i = 0; i < depth; i++) {
				feature[start + i] = feature[parentStart + i];
				zero[start + i] = zero[parentStart + i];
				one[start + i] = one[parentStart + i];
				weight[start + i] = weight[parentStart + i];
			}
		}
		extend(paths, start, depth, pZero, pOne, pFeature);
		if (lefts[node] === -1) {
			for (let i = 1; i <= depth; i++) {
				const w = unwoundSum(paths, start, depth, i);
				phi[offset + feature[start + i]] += w * (one[start + i] - zero[start + i]) * value[node];
			}
			return;
		}
		const split = splits[node];
		const v = x[split];
		// the branch scoring takes (predict.ts)
		const goLeft = v <= tree.threshold[node] || (v !== v && tree.missingLeft[node] === 1);
		const hot = goLeft ? lefts[node] : rights[node];
		const cold = goLeft ? rights[node] : lefts[node];
		const w = cover[node];
		const hotZero = w > 0 ? cover[hot] / w : 0.5;
		const coldZero = w > 0 ? cover[cold] / w : 0.5;
		let inZero = 1;
		let inOne = 1;
		let d = depth;
		let k = 0;
		for (; k <= d; k++) if (feature[start + k] === split) break;
		if (k <= d) {
			inZero = zero[start + k];
			inOne = one[start + k];
			unwind(paths, start, d, k);
			d -= 1;
		}
		const next = start + depth + 1;
		recurse(hot, d + 1, start, next, hotZero * inZero, inOne, split);
		recurse(cold, d + 1, start, next, coldZero * inZero, 0, split);
	};
	recurse(0, 0, 0, 0, 1, 1, -1);
}

function depthOf(tree: GbdtTree): number {
	const known = depths.get(tree);
	if (known !== undefined) return known;
	let max = 0;
	const stack: [number, number][] = [[0, 0]];
	while (stack.length) {
		const [node, d] = stack.pop() as [number, number];
		if (d > max) max = d;
		if (tree.left[node] !== -1) stack.push([tree.left[node], d + 1], [tree.right[node], d + 1]);
	}
	depths.set(tree, max);
	return max;
}

function extend(
	p: Paths,
	s: number,
	depth: number,
	zero: number,
	one: number,
	feature: number
): void {
	p.feature[s + depth] = feature;
	p.zero[s + depth] = zero;
	p.one[s + depth] = one;
	p.weight[s + depth] = depth === 0 ? 1 : 0;
	const w = p.weight;
	for (let i = depth - 1; i >= 0; i--) {
		w[s + i + 1] += (one * w[s + i] * (i + 1)) / (depth + 1);
		w[s + i] = (zero * w[s + i] * (depth - i)) / (depth + 1);
	}
}

function unwind(p: Paths, s: number, depth: number, at: number): void {
	const one = p.one[s + at];
	const zero = p.zero[s + at];
	const w = p.weight;
	let next = w[s + depth];
	for (let i = depth - 1; i >= 0; i--) {
		if (one !== 0) {
			const tmp = w[s + i];
			w[s + i] = (next * (depth + 1)) / ((i + 1) * one);
			next = tmp - (w[s + i] * zero * (depth - i)) / (depth + 1);
		} else {
			w[s + i] = (w[s + i] * (depth + 1)) / (zero * (depth - i));
		}
	}
	for (let i = at; i < depth; i++) {
		p.feature[s + i] = p.feature[s + i + 1];
		p.zero[s + i] = p.zero[s + i + 1];
		p.one[s + i] = p.one[s + i + 1];
	}
}

function unwoundSum(p: Paths, s: number, depth: number, at: number): number {
	const one = p.one[s + at];
	const zero = p.zero[s + at];
	const w = p.weight;
	let next = w[s + depth];
	let total = 0;
	if (one !== 0) {
		for (let i = depth - 1; i >= 0; i--) {
			const tmp = next / ((i + 1) * one);
			total += tmp;
			next = w[s + i] - tmp * zero * (depth - i);
		}
	} else {
		for (let i = depth - 1; i >= 0; i--) total += w[s + i] / (zero * (depth - i));
	}
	return total * (depth + 1);
}

/**
 * SHAP values of one row for every output of a tree model: `outputs × featureCount` (row-major) plus the
 * expected raw score of each output (`baseline[k]` + its trees' expectations). Σ_f phi[k][f] + expected[k]
 * is the row's raw score of output k (local accuracy).
 * @throws FaroError reasons-unavailable when the model has no node covers
 */
export function treeShap(
	model: GbdtArtifacts,
	x: ArrayLike<number>
): { phi: Float64Array; expected: Float64Array } {
	checkCovers(model);
	const { outputs, featureCount } = model;
	let prepared = preparedModels.get(model);
	if (!prepared) {
		const expected = Float64Array.from(model.baseline);
		model.trees.forEach((tree, t) => (expected[t % outputs] += treeExpectation(tree)));
		prepared = { expected, paths: pathsFor(Math.max(0, ...model.trees.map(depthOf))) };
		preparedModels.set(model, prepared);
	}
	const phi = new Float64Array(outputs * featureCount);
	const { paths } = prepared;
	model.trees.forEach((tree, t) => addTreeShap(tree, x, phi, (t % outputs) * featureCount, paths));
	return { phi, expected: prepared.expected.slice() };
}
