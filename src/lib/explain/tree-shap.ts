/**
 * TreeSHAP, path-dependent (Lundberg, Erion & Lee 2018, Algorithm 2; the `tree_shap_recursive` of the shap
 * package and XGBoost's `pred_contribs`): the exact Shapley value of every feature for one row, where a
 * feature left out of a coalition follows both branches of its splits in proportion to the training rows
 * that went each way (the node covers). Contributions add up to the row's raw score minus the model's
 * expected raw score (the cover-weighted mean of the leaves), per output. Missing values follow the branch
 * scoring sends them to (`missingLeft`), so the explained score is the scored one.
 * tests/fixtures/reference/scripts/tree_shap_reference.py checks it against XGBoost's `pred_contribs`.
 */
import { FaroError } from '$lib/shared/errors';
import type { GbdtArtifacts, GbdtTree } from '$lib/models/gbdt/types';

type PathElement = { feature: number; zero: number; one: number; weight: number };

/** Thrown when a tree has no node covers (tree models written before Faro stored them). */
export function checkCovers(model: GbdtArtifacts): void {
	if (model.trees.some((t) => !t.cover || t.cover.length !== t.left.length)) {
		throw new FaroError(
			'reasons-unavailable',
			'This tree model does not carry the node counts that per-row reasons need.',
			{ hint: 'Train the run again with this Faro: its model files carry them.' }
		);
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

/** Whether a row with `v` at the split's feature goes left (the rule predict.ts scores with). */
const goesLeft = (tree: GbdtTree, node: number, v: number): boolean =>
	v <= tree.threshold[node] || (v !== v && tree.missingLeft[node] === 1);

/**
 * Adds tree `tree`'s SHAP values for the row `x` (all features, dense then sparse, NaN = missing) to
 * `phi[offset + feature]`.
 */
export function addTreeShap(
	tree: GbdtTree,
	x: ArrayLike<number>,
	phi: Float64Array,
	offset: number
): void {
	const cover = tree.cover as number[];
	// depth ≤ nodes; each level of the recursion keeps its own copy of the path (as the reference does)
	const maxDepth = depthOf(tree) + 2;
	const paths: PathElement[][] = [];
	const pathAt = (level: number): PathElement[] => {
		while (paths.length <= level)
			paths.push(
				Array.from({ length: maxDepth }, () => ({ feature: -1, zero: 0, one: 0, weight: 0 }))
			);
		return paths[level];
	};
	const recurse = (
		node: number,
		depth: number,
		parent: PathElement[] | null,
		zero: number,
		one: number,
		feature: number,
		level: number
	): void => {
		const path = pathAt(level);
		if (parent) for (let i = 0; i < depth; i++) Object.assign(path[i], parent[i]);
		extend(path, depth, zero, one, feature);
		if (tree.left[node] === -1) {
			for (let i = 1; i <= depth; i++) {
				const w = unwoundSum(path, depth, i);
				const el = path[i];
				phi[offset + el.feature] += w * (el.one - el.zero) * tree.value[node];
			}
			return;
		}
		const split = tree.feature[node];
		const left = goesLeft(tree, node, x[split]);
		const hot = left ? tree.left[node] : tree.right[node];
		const cold = left ? tree.right[node] : tree.left[node];
		const w = cover[node];
		const hotZero = w > 0 ? cover[hot] / w : 0.5;
		const coldZero = w > 0 ? cover[cold] / w : 0.5;
		let inZero = 1;
		let inOne = 1;
		let d = depth;
		let k = 0;
		for (; k <= d; k++) if (path[k].feature === split) break;
		if (k <= d) {
			inZero = path[k].zero;
			inOne = path[k].one;
			unwind(path, d, k);
			d -= 1;
		}
		recurse(hot, d + 1, path, hotZero * inZero, inOne, split, level + 1);
		recurse(cold, d + 1, path, coldZero * inZero, 0, split, level + 1);
	};
	recurse(0, 0, null, 1, 1, -1, 0);
}

function depthOf(tree: GbdtTree): number {
	let max = 0;
	const stack: [number, number][] = [[0, 0]];
	while (stack.length) {
		const [node, d] = stack.pop() as [number, number];
		if (d > max) max = d;
		if (tree.left[node] !== -1) stack.push([tree.left[node], d + 1], [tree.right[node], d + 1]);
	}
	return max;
}

function extend(
	path: PathElement[],
	depth: number,
	zero: number,
	one: number,
	feature: number
): void {
	const el = path[depth];
	el.feature = feature;
	el.zero = zero;
	el.one = one;
	el.weight = depth === 0 ? 1 : 0;
	for (let i = depth - 1; i >= 0; i--) {
		path[i + 1].weight += (one * path[i].weight * (i + 1)) / (depth + 1);
		path[i].weight = (zero * path[i].weight * (depth - i)) / (depth + 1);
	}
}

function unwind(path: PathElement[], depth: number, at: number): void {
	const { one, zero } = path[at];
	let next = path[depth].weight;
	for (let i = depth - 1; i >= 0; i--) {
		if (one !== 0) {
			const tmp = path[i].weight;
			path[i].weight = (next * (depth + 1)) / ((i + 1) * one);
			next = tmp - (path[i].weight * zero * (depth - i)) / (depth + 1);
		} else {
			path[i].weight = (path[i].weight * (depth + 1)) / (zero * (depth - i));
		}
	}
	for (let i = at; i < depth; i++) {
		path[i].feature = path[i + 1].feature;
		path[i].zero = path[i + 1].zero;
		path[i].one = path[i + 1].one;
	}
}

function unwoundSum(path: PathElement[], depth: number, at: number): number {
	const { one, zero } = path[at];
	let next = path[depth].weight;
	let total = 0;
	if (one !== 0) {
		for (let i = depth - 1; i >= 0; i--) {
			const tmp = next / ((i + 1) * one);
			total += tmp;
			next = path[i].weight - tmp * zero * (depth - i);
		}
	} else {
		for (let i = depth - 1; i >= 0; i--) total += path[i].weight / (zero * (depth - i));
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
	const phi = new Float64Array(outputs * featureCount);
	const expected = Float64Array.from(model.baseline);
	model.trees.forEach((tree, t) => {
		const k = t % outputs;
		expected[k] += treeExpectation(tree);
		addTreeShap(tree, x, phi, k * featureCount);
	});
	return { phi, expected };
}
