import { describe, expect, it } from 'vitest';
import { kNearest } from '$lib/balance';
import { createRng } from '$lib/shared/rng';

const rows = (ix: Int32Array, k: number) =>
	Array.from({ length: ix.length / k }, (_, i) => Array.from(ix.subarray(i * k, i * k + k)));

describe('kNearest', () => {
	it('finds the obvious neighbours of five points on a line, breaking ties by lower index', async () => {
		// x = 0, 1, 2, 10, 11: from 1 both 0 and 2 are at distance 1
		const x = new Float64Array([0, 0, 1, 0, 2, 0, 10, 0, 11, 0]);
		const nn = await kNearest(x, 2, 2);
		expect(rows(nn.indices, 2)).toEqual([
			[1, 2],
			[0, 2],
			[1, 0],
			[4, 2],
			[3, 2]
		]);
		expect(Array.from(nn.squaredDistances.subarray(0, 2))).toEqual([1, 4]);
		const one = await kNearest(x, 2, 1, { queries: new Int32Array([1]) });
		expect(Array.from(one.indices)).toEqual([0]);
	});

	it('never returns the query row itself, even among duplicates', async () => {
		const x = new Float64Array([5, 5, 5, 5, 5, 5, 9, 9]);
		const nn = await kNearest(x, 2, 2);
		expect(rows(nn.indices, 2)).toEqual([
			[1, 2],
			[0, 2],
			[0, 1],
			[0, 1]
		]);
	});

	it('gives the same answer through the k-d tree as by scanning every pair (ties, duplicates, grid)', async () => {
		const rng = createRng(7);
		const n = 3000;
		const width = 6;
		const x = new Float64Array(n * width);
		for (let i = 0; i < x.length; i++) x[i] = i % 3 === 0 ? rng.int(4) : rng.next() * 10 - 5;
		for (let i = 0; i < 50; i++) x.copyWithin((n - 1 - i) * width, i * width, (i + 1) * width); // duplicates
		const grid = new Float64Array(400 * 2).map((_, i) =>
			i % 2 === 0 ? Math.floor(i / 2 / 20) : (i / 2) % 20
		);
		for (const [data, w] of [
			[x, width],
			[grid, 2]
		] as const) {
			const tree = await kNearest(data, w, 5, { method: 'tree' });
			const scan = await kNearest(data, w, 5, { method: 'scan' });
			expect(Array.from(tree.indices)).toEqual(Array.from(scan.indices));
			expect(Array.from(tree.squaredDistances)).toEqual(Array.from(scan.squaredDistances));
		}
	});

	it('answers unsorted, repeated query subsets and one-column rows through the tree as by scanning', async () => {
		const rng = createRng(11);
		const n = 2500;
		const width = 3;
		const x = new Float64Array(n * width).map(() => (rng.next() < 0.3 ? rng.int(3) : rng.next()));
		const line = new Float64Array(700).map((_, i) => (i * 37) % 101); // one column, many equal values
		const queries = Int32Array.from({ length: 400 }, () => rng.int(n));
		queries[1] = queries[0]; // the same row asked twice
		queries[2] = n - 1;
		for (const [data, w, q] of [
			[x, width, queries],
			[line, 1, Int32Array.from(queries.filter((row) => row < 700))]
		] as const) {
			const tree = await kNearest(data, w, 4, { method: 'tree', queries: q });
			const scan = await kNearest(data, w, 4, { method: 'scan', queries: q });
			expect(tree.indices.length).toBe(q.length * 4);
			expect(Array.from(tree.indices)).toEqual(Array.from(scan.indices));
			expect(Array.from(tree.squaredDistances)).toEqual(Array.from(scan.squaredDistances));
		}
	});

	it('stops with "cancelled" when the signal has fired, and reports progress', async () => {
		const x = new Float64Array(3000 * 2).map((_, i) => i % 97);
		const controller = new AbortController();
		controller.abort();
		await expect(kNearest(x, 2, 3, { signal: controller.signal })).rejects.toMatchObject({
			code: 'cancelled'
		});
		const seen: number[] = [];
		await kNearest(x, 2, 3, { onProgress: (p) => seen.push(p.done) });
		expect(seen.at(-1)).toBe(3000);
	});
});
