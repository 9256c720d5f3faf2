import { expect } from 'vitest';
import type { Dense, Synthetic } from '$lib/balance';

/** sklearn `kneighbors` output for some query rows: k + 1 columns, the row itself (usually) first. */
export type SklearnNeighbors = { rows: number[]; neighbors: number[][]; distances: number[][] };

/**
 * Checks our k neighbours of `row` (input indices) against sklearn's, allowing only tie differences: the sorted
 * distances must agree, and any neighbour sklearn did not list must sit at exactly the k-th distance.
 */
export function expectSameNeighbors(
	ours: number[],
	reference: SklearnNeighbors,
	r: number,
	distance: (a: number, b: number) => number
): void {
	const row = reference.rows[r];
	const theirs = reference.neighbors[r]
		.filter((n, i) => !(i === 0 && n === row) && n !== row)
		.slice(0, ours.length);
	const ourDist = ours.map((n) => distance(row, n)).sort((a, b) => a - b);
	const refDist = reference.distances[r].slice(1, ours.length + 1);
	ourDist.forEach((d, i) =>
		expect(Math.abs(d - refDist[i]), `row ${row} distance ${i}`).toBeLessThan(
			1e-4 * Math.max(1, refDist[i])
		)
	);
	const kth = ourDist[ourDist.length - 1];
	for (const n of ours) {
		if (!theirs.includes(n))
			expect(Math.abs(distance(row, n) - kth), `row ${row}: ${n} is not a tie`).toBeLessThan(
				1e-4 * Math.max(1, kth)
			);
	}
}

/** Euclidean distance between rows of a row-major matrix. */
export const euclidean =
	(x: ArrayLike<number>, width: number) =>
	(a: number, b: number): number => {
		let s = 0;
		for (let j = 0; j < width; j++) s += (x[a * width + j] - x[b * width + j]) ** 2;
		return Math.sqrt(s);
	};

/** Every synthetic row is base + gap × (neighbour − base), gap in [0, 1), no NaN. */
export function expectOnSegments(data: Dense, out: Synthetic): void {
	const w = data.width;
	for (let i = 0; i < out.y.length; i++) {
		expect(out.gap[i]).toBeGreaterThanOrEqual(0);
		expect(out.gap[i]).toBeLessThan(1);
		expect(data.y[out.base[i]]).toBe(out.y[i]);
		expect(data.y[out.neighbor[i]]).toBe(out.y[i]);
		for (let j = 0; j < w; j++) {
			const b = data.x[out.base[i] * w + j];
			const want = b + out.gap[i] * (data.x[out.neighbor[i] * w + j] - b);
			expect(Number.isNaN(out.x[i * w + j])).toBe(false);
			expect(Math.abs(out.x[i * w + j] - want)).toBeLessThan(1e-6 * Math.max(1, Math.abs(want)));
		}
	}
}
