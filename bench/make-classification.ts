/**
 * A seeded stand-in for scikit-learn `make_classification` (hypercube clusters, Gaussian informative
 * features mixed by a random matrix, redundant features as linear combinations, Gaussian noise features,
 * shuffled rows): the SMOTE benchmark data of REFERENCE.md, generated in TypeScript so Faro and imblearn run
 * on identical rows (bench/smote.ts writes them to a file for bench/reference/smote_reference.py).
 * Two classes by default (`minorityWeight` of the rows in class 1); `classes` > 2 deals the rows to the classes
 * by `classWeights` (equal shares when absent), as `n_classes` and `weights` do.
 */
import { createRng, type Rng } from '../src/lib/shared/rng.ts';

export type Classification = { x: Float32Array; y: Int32Array; width: number };

export function makeClassification(
	n: number,
	{
		features = 20,
		informative = 10,
		redundant = 5,
		clustersPerClass = 2,
		minorityWeight = 0.1,
		classes = 2,
		classWeights = undefined as number[] | undefined,
		seed = 0
	} = {}
): Classification {
	const rng = createRng(seed);
	const gauss = gaussian(rng);
	const clusters = classes * clustersPerClass;
	// distinct hypercube vertices as centroids, at ±class_sep (1)
	const used = new Set<number>();
	const centroids: number[][] = [];
	while (centroids.length < clusters) {
		const v = rng.int(2 ** informative);
		if (used.has(v)) continue;
		used.add(v);
		centroids.push(Array.from({ length: informative }, (_, j) => ((v >> j) & 1 ? 1 : -1)));
	}
	const mix = centroids.map(() =>
		Array.from({ length: informative * informative }, () => 2 * rng.next() - 1)
	);
	const combine = Array.from({ length: informative * redundant }, () => 2 * rng.next() - 1);
	const x = new Float32Array(n * features);
	const y = new Int32Array(n);
	const z = new Float64Array(informative);
	const perm = Int32Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		const j = rng.int(i + 1);
		[perm[i], perm[j]] = [perm[j], perm[i]];
	}
	const labelOf = classLabels(
		n,
		classes,
		classes === 2 ? [1 - minorityWeight, minorityWeight] : classWeights
	);
	for (let r = 0; r < n; r++) {
		const label = labelOf(r);
		const cluster = label * clustersPerClass + (r % clustersPerClass);
		const row = perm[r] * features;
		y[perm[r]] = label;
		for (let j = 0; j < informative; j++) z[j] = gauss();
		const m = mix[cluster];
		for (let j = 0; j < informative; j++) {
			let s = centroids[cluster][j];
			for (let t = 0; t < informative; t++) s += z[t] * m[t * informative + j];
			x[row + j] = s;
		}
		for (let j = 0; j < redundant; j++) {
			let s = 0;
			for (let t = 0; t < informative; t++) s += x[row + t] * combine[t * redundant + j];
			x[row + informative + j] = s;
		}
		for (let j = informative + redundant; j < features; j++) x[row + j] = gauss();
	}
	return { x, y, width: features };
}

/**
 * Row r's class: two classes keep the original order (the first round(n · w₁) rows in class 1); more classes
 * take consecutive runs of rows in class order, each round(n · wₖ) rows long (the last takes the rest).
 */
function classLabels(n: number, classes: number, weights?: number[]): (r: number) => number {
	if (classes === 2) {
		const nMinority = Math.round(n * (weights?.[1] ?? 0.1));
		return (r) => (r < nMinority ? 1 : 0);
	}
	const w = weights ?? Array.from({ length: classes }, () => 1);
	const total = w.reduce((a, b) => a + b, 0);
	const ends: number[] = [];
	let acc = 0;
	for (let k = 0; k < classes; k++)
		ends.push(k === classes - 1 ? n : Math.round((n * (acc += w[k])) / total));
	return (r) => {
		let k = 0;
		while (r >= ends[k]) k++;
		return k;
	};
}

function gaussian(rng: Rng): () => number {
	return () => {
		const u = 1 - rng.next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
	};
}
