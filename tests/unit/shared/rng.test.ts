import { describe, expect, it } from 'vitest';
import { createRng, shuffledIndices } from '$lib/shared/rng';

describe('createRng', () => {
	it('gives the same stream for the same seed and another for another seed', () => {
		const a = createRng(42);
		const b = createRng(42);
		const c = createRng(43);
		const first = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
		expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
	});
	it('stays in [0, 1) and is roughly uniform over 100,000 draws', () => {
		const rng = createRng(7);
		const bins = new Array(10).fill(0);
		let outside = 0;
		for (let i = 0; i < 100_000; i++) {
			const x = rng.next();
			if (!(x >= 0 && x < 1)) outside++;
			else bins[Math.floor(x * 10)]++;
		}
		expect(outside).toBe(0);
		for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
	});
	it('int(n) covers 0..n-1 only', () => {
		const rng = createRng(1);
		const seen = new Set<number>();
		for (let i = 0; i < 1000; i++) seen.add(rng.int(3));
		expect([...seen].sort()).toEqual([0, 1, 2]);
	});
});

describe('fillKept (dropout masks)', () => {
	it('keeps exactly where next() ≥ rate, from the same draws, and leaves the stream where next() would', () => {
		for (const rate of [0, 0.25, 0.3, 0.5, 0.95]) {
			const a = createRng(17);
			const b = createRng(17);
			a.next(); // mid-stream
			b.next();
			const out = new Float32Array(5000).fill(7);
			a.fillKept(out, 4000, rate, 1 / (1 - rate));
			const expected = Array.from({ length: 4000 }, () =>
				b.next() >= rate ? Math.fround(1 / (1 - rate)) : 0
			);
			expect(Array.from(out.subarray(0, 4000))).toEqual(expected);
			expect(out[4000]).toBe(7); // past count: untouched
			expect(a.next()).toBe(b.next());
		}
	});
});

describe('shuffledIndices', () => {
	it('is a permutation, reproducible by seed', () => {
		const p = shuffledIndices(50, createRng(5));
		expect([...p].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
		expect(shuffledIndices(50, createRng(5))).toEqual(p);
	});
});
