import { describe, expect, it } from 'vitest';
import { kNearest, medianStdOfMinority, oversampleSmoteNc, type Mixed } from '$lib/balance';
import { createRng } from '$lib/shared/rng';
import reference from '../../fixtures/reference/balance-smote-nc.json';
import { expectSameNeighbors } from './neighbor-check';

const german: Mixed = {
	numeric: Float64Array.from(reference.numeric),
	p: reference.p,
	categorical: Int32Array.from(reference.categorical),
	q: reference.q,
	y: Int32Array.from(reference.y),
	classCount: 2
};
const half = reference.medianStd / 2;
/** imblearn's distance: numeric Euclidean plus 2 × (median_std / 2)² per differing category. */
const mixedDistance = (a: number, b: number) => {
	let s = 0;
	for (let j = 0; j < german.p; j++)
		s += (german.numeric[a * german.p + j] - german.numeric[b * german.p + j]) ** 2;
	for (let j = 0; j < german.q; j++)
		if (german.categorical[a * german.q + j] !== german.categorical[b * german.q + j])
			s += 2 * half * half;
	return Math.sqrt(s);
};

describe('oversampleSmoteNc on German credit against imbalanced-learn 0.10 SMOTENC', () => {
	it('computes median_std_ of the minority class', () => {
		expect(medianStdOfMinority(german, [700, 300])).toBeCloseTo(reference.medianStd, 10);
	});

	for (const run of reference.runs) {
		it(`${run.label}: rows per class, numeric interpolation, categories from the neighbours' mode`, async () => {
			const before = Float64Array.from(german.numeric);
			const out = await oversampleSmoteNc(german, {
				strategy: run.strategy as never,
				rng: createRng(11)
			});
			expect(out.medianStd).toBeCloseTo(reference.medianStd, 10);
			expect([out.y.filter((c) => c === 0).length, out.y.filter((c) => c === 1).length]).toEqual(
				run.added
			);
			const { p, q } = german;
			for (let i = 0; i < out.y.length; i++) {
				for (let j = 0; j < p; j++) {
					const b = german.numeric[out.base[i] * p + j];
					expect(out.numeric[i * p + j]).toBeCloseTo(
						b + out.gap[i] * (german.numeric[out.neighbor[i] * p + j] - b),
						9
					);
				}
				const near = Array.from(out.neighbors.subarray(i * reference.k, (i + 1) * reference.k));
				expect(near).toContain(out.neighbor[i]);
				for (let j = 0; j < q; j++) {
					const tally = new Map<number, number>();
					for (const r of near)
						tally.set(
							german.categorical[r * q + j],
							(tally.get(german.categorical[r * q + j]) ?? 0) + 1
						);
					const max = Math.max(...tally.values());
					expect(tally.get(out.categorical[i * q + j])).toBe(max);
					// where our neighbour set is sklearn's, the mode is one of imblearn's most frequent codes
					const r = reference.neighbors.rows.indexOf(out.base[i]);
					const theirs = reference.neighbors.neighbors[r].slice(1);
					if (near.every((n) => theirs.includes(n)))
						expect(reference.modes[r][j]).toContain(out.categorical[i * q + j]);
				}
			}
			expect(german.numeric).toEqual(before);
		});
	}

	it("finds the same neighbours as sklearn in imblearn's encoded space (ties aside)", async () => {
		const rows = Int32Array.from(reference.neighbors.rows);
		const k = reference.k;
		const out = await oversampleSmoteNc(german, { strategy: { kind: 'auto' }, rng: createRng(2) });
		const seen = new Set<number>();
		for (let i = 0; i < out.y.length; i++) {
			if (seen.has(out.base[i])) continue;
			seen.add(out.base[i]);
			const r = reference.neighbors.rows.indexOf(out.base[i]);
			expectSameNeighbors(
				Array.from(out.neighbors.subarray(i * k, (i + 1) * k)),
				reference.neighbors,
				r,
				mixedDistance
			);
		}
		expect(seen.size).toBeGreaterThan(rows.length / 2);
	});
});

describe('oversampleSmoteNc by hand', () => {
	// numeric 0…5 on a line, one categorical feature; minority rows 2…5
	const data: Mixed = {
		numeric: new Float64Array([100, 101, 0, 1, 2, 3]),
		p: 1,
		categorical: new Int32Array([0, 0, 1, 1, 2, 2]),
		q: 1,
		y: new Int32Array([0, 0, 1, 1, 1, 1]),
		classCount: 2
	};
	it('breaks a tie between two equally frequent categories at random, both appearing', async () => {
		const big: Mixed = {
			numeric: new Float64Array([0, 1, 2, 3, 50, 51, 52, 53, 54, 55]),
			p: 1,
			categorical: new Int32Array([1, 2, 1, 2, 0, 0, 0, 0, 0, 0]),
			q: 1,
			y: new Int32Array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0]),
			classCount: 2
		};
		const many = await oversampleSmoteNc(big, {
			k: 2,
			strategy: { kind: 'auto' },
			rng: createRng(3)
		});
		expect(many.y.length).toBe(2);
		const codes = new Set<number>();
		for (let seed = 0; seed < 30; seed++) {
			const o = await oversampleSmoteNc(big, {
				k: 2,
				strategy: { kind: 'auto' },
				rng: createRng(seed)
			});
			o.categorical.forEach((c) => codes.add(c));
		}
		expect([...codes].sort()).toEqual([1, 2]);
	});
	it('adds median_std² / 2 per differing category to the squared distance', async () => {
		// the minority is class 0 (rows at 100, 101): median_std = std(100, 101) = 0.5, one-hot value 0.25
		expect(medianStdOfMinority(data, [2, 4])).toBeCloseTo(0.5, 12);
		const half2 = 0.25 ** 2;
		const encoded = new Float64Array([
			0,
			Math.sqrt(half2),
			0,
			1,
			Math.sqrt(half2),
			0,
			2,
			0,
			Math.sqrt(half2)
		]);
		const nn = await kNearest(encoded, 3, 1);
		expect(nn.squaredDistances[2]).toBeCloseTo(1 + 2 * half2, 12);
	});
	it('rejects NaN numbers and missing category codes', async () => {
		const opts = { strategy: { kind: 'auto' } as const, rng: createRng(1) };
		await expect(
			oversampleSmoteNc({ ...data, numeric: new Float64Array([1, NaN, 0, 1, 2, 3]) }, opts)
		).rejects.toMatchObject({ code: 'settings-invalid' });
		await expect(
			oversampleSmoteNc({ ...data, categorical: new Int32Array([0, -1, 1, 1, 2, 2]) }, opts)
		).rejects.toMatchObject({ code: 'settings-invalid' });
	});
});
