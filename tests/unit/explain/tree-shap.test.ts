import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/reference/tree-shap.json';
import { treeShap } from '$lib/explain/tree-shap';
import type { GbdtArtifacts, GbdtTree } from '$lib/models/gbdt/types';
import { validateGbdtArtifacts } from '$lib/models/gbdt/validate';

type Case = (typeof fixture.cases)[number];
const rowOf = (r: (number | null)[]) => Float32Array.from(r, (v) => (v === null ? NaN : v));

describe('TreeSHAP against XGBoost pred_contribs', () => {
	it.each(fixture.cases.map((c) => [c.name, c] as [string, Case]))('%s', (_, c) => {
		const model = validateGbdtArtifacts(c.model, {
			featureCount: c.model.featureCount,
			classCount: c.model.classCount
		});
		const { outputs, featureCount } = model;
		c.rows.forEach((r, i) => {
			const { phi, expected } = treeShap(model, rowOf(r));
			for (let k = 0; k < outputs; k++) {
				const ref = c.contribs[i][k];
				for (let f = 0; f < featureCount; f++)
					expect(phi[k * featureCount + f]).toBeCloseTo(ref[f], 5);
				expect(expected[k]).toBeCloseTo(ref[featureCount], 5);
				// local accuracy: contributions + expectation = the row's margin
				let sum = expected[k];
				for (let f = 0; f < featureCount; f++) sum += phi[k * featureCount + f];
				expect(sum).toBeCloseTo(c.margin[i][k], 5);
			}
		});
	});
});

/** The path-dependent value of a coalition: features in `known` follow the row, the others both branches by cover. */
function coalitionValue(tree: GbdtTree, x: Float32Array, known: Set<number>, node = 0): number {
	if (tree.left[node] === -1) return tree.value[node];
	const f = tree.feature[node];
	const cover = tree.cover as number[];
	if (known.has(f)) {
		const v = x[f];
		const left = v <= tree.threshold[node] || (v !== v && tree.missingLeft[node] === 1);
		return coalitionValue(tree, x, known, left ? tree.left[node] : tree.right[node]);
	}
	const l = tree.left[node];
	const r = tree.right[node];
	return (
		(cover[l] * coalitionValue(tree, x, known, l) + cover[r] * coalitionValue(tree, x, known, r)) /
		cover[node]
	);
}

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** Exact Shapley values by enumerating every coalition of `d` features. */
function enumeratedShapley(tree: GbdtTree, x: Float32Array, d: number): number[] {
	const phi = new Array(d).fill(0);
	for (let mask = 0; mask < 1 << d; mask++) {
		const known = new Set<number>();
		for (let f = 0; f < d; f++) if (mask & (1 << f)) known.add(f);
		const value = coalitionValue(tree, x, known);
		for (let f = 0; f < d; f++) {
			const size = known.has(f) ? known.size - 1 : known.size;
			const weight = (factorial(size) * factorial(d - size - 1)) / factorial(d);
			phi[f] += (known.has(f) ? 1 : -1) * weight * value;
		}
	}
	return phi;
}

/** A random full tree of `depth` levels over `d` features (features repeat along paths), covers consistent. */
function randomTree(depth: number, d: number, seed: number): GbdtTree {
	let s = seed;
	const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const tree: GbdtTree = {
		feature: [],
		threshold: [],
		missingLeft: [],
		left: [],
		right: [],
		value: [],
		cover: []
	};
	const visit = (level: number, rows: number): number => {
		const at = tree.value.length;
		tree.feature.push(-1);
		tree.threshold.push(0);
		tree.missingLeft.push(0);
		tree.left.push(-1);
		tree.right.push(-1);
		tree.value.push(rand() * 2 - 1);
		(tree.cover as number[]).push(rows);
		if (level < depth && rows >= 2) {
			const leftRows = 1 + Math.floor(rand() * (rows - 1));
			tree.feature[at] = Math.floor(rand() * d);
			tree.threshold[at] = rand() * 2 - 1;
			tree.missingLeft[at] = rand() < 0.5 ? 1 : 0;
			tree.left[at] = visit(level + 1, leftRows);
			tree.right[at] = visit(level + 1, rows - leftRows);
		}
		return at;
	};
	visit(0, 1000);
	return tree;
}

describe('TreeSHAP is the exact Shapley value of the path-dependent game', () => {
	it.each([
		[3, 3, 1],
		[5, 4, 2],
		[6, 8, 3],
		[7, 6, 4]
	])('depth %i over %i features (seed %i)', (depth, d, seed) => {
		const tree = randomTree(depth, d, seed);
		const model: GbdtArtifacts = {
			format: 'faro-gbdt',
			version: 1,
			classCount: 2,
			featureCount: d,
			outputs: 1,
			baseline: [0.25],
			trees: [tree]
		};
		for (let row = 0; row < 5; row++) {
			const x = Float32Array.from({ length: d }, (_, f) =>
				(row + f) % 5 === 0 ? NaN : Math.sin(row * 7 + f * 3)
			);
			const { phi, expected } = treeShap(model, x);
			const exact = enumeratedShapley(tree, x, d);
			exact.forEach((v, f) => expect(phi[f]).toBeCloseTo(v, 10));
			expect(expected[0]).toBeCloseTo(0.25 + coalitionValue(tree, x, new Set()), 10);
		}
	});
});
