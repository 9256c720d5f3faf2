import { render } from '$lib/i18n';
import { describe, expect, it } from 'vitest';
import { oversampleBorderline, type Dense } from '$lib/balance';
import { createRng } from '$lib/shared/rng';
import reference from '../../fixtures/reference/balance-borderline.json';
import { euclidean, expectOnSegments, type SklearnNeighbors } from './neighbor-check';

describe('oversampleBorderline (borderline-1) against imbalanced-learn 0.10', () => {
	for (const set of reference.sets) {
		const data: Dense = {
			x: Float32Array.from(set.x),
			width: set.width,
			y: Int32Array.from(set.y),
			classCount: set.classCount
		};
		const distance = euclidean(data.x, data.width);
		for (const run of set.runs) {
			it(`${set.name}, m = ${run.m}, k = ${run.k}: danger rows exactly, rows per class, segments`, async () => {
				const before = Float32Array.from(data.x);
				const out = await oversampleBorderline(data, {
					m: run.m,
					k: run.k,
					strategy: { kind: 'auto' },
					rng: createRng(4)
				});
				const expectedDanger = Object.values(run.danger as Record<string, number[]>).flat();
				expect(Array.from(out.danger)).toEqual(expectedDanger);
				const added = new Array<number>(set.classCount).fill(0);
				out.y.forEach((c) => added[c]++);
				expect(added).toEqual(run.added);
				expectOnSegments(data, out);
				expect(data.x).toEqual(before);
				for (let i = 0; i < out.y.length; i++) {
					expect(out.danger).toContain(out.base[i]);
					const ref = (run.neighbors as Record<string, SklearnNeighbors>)[String(out.y[i])];
					const r = ref.rows.indexOf(out.base[i]);
					if (!ref.neighbors[r].slice(1).includes(out.neighbor[i])) {
						expect(
							Math.abs(distance(out.base[i], out.neighbor[i]) - ref.distances[r][run.k])
						).toBeLessThan(1e-5);
					}
				}
			});
		}
	}
});

describe('oversampleBorderline by hand', () => {
	// majority at 0, 0.1, 0.2, 0.3, −5; minority rows 5…8 at 1, 1.5, 3, 4 on a line
	const x = new Float32Array([0, 0.1, 0.2, 0.3, -5, 1, 1.5, 3, 4].flatMap((v) => [v, 0]));
	const y = new Int32Array([0, 0, 0, 0, 0, 1, 1, 1, 1]);
	it('takes as danger the minority rows with at least half (but not all) of m neighbours from other classes', async () => {
		const out = await oversampleBorderline(
			{ x, width: 2, y, classCount: 2 },
			{ m: 4, k: 1, strategy: { kind: 'auto' }, rng: createRng(1) }
		);
		// x=1: 1.5, 0.3, 0.2, 0.1 → 3 of 4 majority → danger; x=1.5: 1, 0.3, 0.2, 0.1 → danger;
		// x=3: 4, 1.5, 1, 0.3 → 1 of 4 → safe; x=4: 3, 1.5, 1, 0.3 → safe
		expect(Array.from(out.danger)).toEqual([5, 6]);
		expect(out.y.length).toBe(1);
		expect(out.base[0] + out.neighbor[0]).toBe(11); // 5 → 6 or 6 → 5
	});
	it('adds no rows, with a note, when no row is in danger', async () => {
		const far = new Float32Array([0, 0.1, 0.2, 0.3, 0.4, 0.5, 10, 11, 12].flatMap((v) => [v, 0]));
		const yy = new Int32Array([0, 0, 0, 0, 0, 0, 1, 1, 1]);
		const out = await oversampleBorderline(
			{ x: far, width: 2, y: yy, classCount: 2 },
			{ m: 2, k: 1, strategy: { kind: 'auto' }, rng: createRng(1) }
		);
		expect(out.y.length).toBe(0);
		expect(out.notes.map((n) => render(n, 'en')).join(' ')).toMatch(/no borderline rows/);
	});
});
