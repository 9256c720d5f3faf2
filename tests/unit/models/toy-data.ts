/** Small seeded datasets for the model tests: Gaussian blobs around given centres. */
import type { FeatureMatrix } from '$lib/shared/feature-matrix';
import { createRng } from '$lib/shared/rng';

export type Labelled = { x: FeatureMatrix; y: Int32Array };

/** `perClass` rows around each centre, spread `sd`, rows interleaved by class. */
export function blobs(centres: number[][], perClass: number, sd: number, seed: number): Labelled {
	const rng = createRng(seed);
	const width = centres[0].length;
	const n = centres.length * perClass;
	const dense = new Float32Array(n * width);
	const y = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		y[i] = i % centres.length;
		for (let j = 0; j < width; j++) {
			const gaussian =
				Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
			dense[i * width + j] = centres[y[i]][j] + sd * gaussian;
		}
	}
	return { x: matrix(dense, n, width), y };
}

export const matrix = (dense: Float32Array, rowCount: number, width: number): FeatureMatrix => ({
	rowCount,
	dense,
	denseWidth: width,
	sparse: null,
	names: Array.from({ length: width }, (_, j) => `x${j}`)
});

export function accuracy(proba: Float32Array, y: Int32Array, k: number): number {
	let right = 0;
	for (let i = 0; i < y.length; i++) {
		let best = 0;
		for (let c = 1; c < k; c++) if (proba[i * k + c] > proba[i * k + best]) best = c;
		if (best === y[i]) right++;
	}
	return right / y.length;
}
