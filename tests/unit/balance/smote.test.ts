import { render } from '$lib/i18n';
import { describe, expect, it } from 'vitest';
import { kNearest, oversampleSmote, type Dense } from '$lib/balance';
import { createRng } from '$lib/shared/rng';
import reference from '../../fixtures/reference/balance-smote.json';
import {
	euclidean,
	expectOnSegments,
	expectSameNeighbors,
	type SklearnNeighbors
} from './neighbor-check';

const dense = (s: (typeof reference.sets)[number]): Dense => ({
	x: Float32Array.from(s.x),
	width: s.width,
	y: Int32Array.from(s.y),
	classCount: s.classCount
});

describe('oversampleSmote against imbalanced-learn 0.10', () => {
	for (const set of reference.sets) {
		const data = dense(set);
		const distance = euclidean(data.x, data.width);
		for (const run of set.runs) {
			it(`${set.name}, ${run.label}, k = ${run.k}: rows per class, segments, neighbour sets`, async () => {
				const before = Float32Array.from(data.x);
				const out = await oversampleSmote(data, {
					k: run.k,
					strategy: run.strategy as never,
					rng: createRng(3)
				});
				const added = new Array<number>(set.classCount).fill(0);
				out.y.forEach((c) => added[c]++);
				expect(added).toEqual(run.added);
				expectOnSegments(data, out);
				expect(data.x).toEqual(before);
				// each synthetic row moved towards one of its base's true k nearest neighbours (sklearn's sets)
				const refs = (set.neighbors as Record<string, SklearnNeighbors[]>)[String(run.k)];
				for (let i = 0; i < out.y.length; i++) {
					const ref = refs[out.y[i]];
					const r = ref.rows.indexOf(out.base[i]);
					const listed = ref.neighbors[r].slice(1);
					const kth = ref.distances[r][run.k];
					if (!listed.includes(out.neighbor[i])) {
						expect(Math.abs(distance(out.base[i], out.neighbor[i]) - kth)).toBeLessThan(1e-5);
					}
				}
			});
		}
		for (const k of [5, 3]) {
			it(`${set.name}: kNearest within each class equals sklearn NearestNeighbors(k = ${k})`, async () => {
				const refs = (set.neighbors as Record<string, SklearnNeighbors[]>)[String(k)];
				for (const ref of refs) {
					const rows = Int32Array.from(ref.rows);
					const values = new Float64Array(rows.length * data.width);
					rows.forEach((row, r) =>
						values.set(data.x.subarray(row * data.width, (row + 1) * data.width), r * data.width)
					);
					for (const method of ['scan', 'tree'] as const) {
						const nn = await kNearest(values, data.width, k, { method });
						ref.rows.forEach((_, r) => {
							const ours = Array.from(
								nn.indices.subarray(r * k, r * k + k),
								(local) => rows[local]
							);
							expectSameNeighbors(ours, ref, r, distance);
						});
					}
				}
			});
		}
	}
});

describe('oversampleSmote by hand', () => {
	// two majority points far away; minority at (0,0), (1,0), (0,1) → with k = 1 neighbours are obvious
	const data: Dense = {
		x: new Float32Array([100, 100, 101, 100, 102, 100, 103, 100, 0, 0, 1, 0, 0, 2]),
		width: 2,
		y: new Int32Array([0, 0, 0, 0, 1, 1, 1]),
		classCount: 2
	};
	it('interpolates only towards the nearest minority neighbour', async () => {
		const out = await oversampleSmote(data, {
			k: 1,
			strategy: { kind: 'auto' },
			rng: createRng(1)
		});
		expect(out.y.length).toBe(1);
		const nearest: Record<number, number> = { 4: 5, 5: 4, 6: 4 };
		expect(out.neighbor[0]).toBe(nearest[out.base[0]]);
		expectOnSegments(data, out);
	});

	it('is deterministic for a seed and differs for another seed', async () => {
		const run = (seed: number) =>
			oversampleSmote(data, { strategy: { kind: 'auto' }, rng: createRng(seed) });
		const a = await run(9);
		expect((await run(9)).x).toEqual(a.x);
		const many = {
			...data,
			x: new Float32Array(Array.from({ length: 40 }, (_, i) => (i < 20 ? i : i * 1.5))),
			y: new Int32Array(Array.from({ length: 20 }, (_, i) => (i < 15 ? 0 : 1)))
		};
		const b1 = await oversampleSmote(many, { k: 2, strategy: { kind: 'auto' }, rng: createRng(1) });
		const b2 = await oversampleSmote(many, { k: 2, strategy: { kind: 'auto' }, rng: createRng(2) });
		expect(b1.x).not.toEqual(b2.x);
	});

	it('reduces k for a small class with a note, and refuses a one-row class', async () => {
		const out = await oversampleSmote(data, {
			k: 5,
			strategy: { kind: 'auto' },
			rng: createRng(1)
		});
		expect(render(out.notes[0], 'en')).toMatch(/reduced from 5 to 2/);
		const lonely: Dense = { ...data, y: new Int32Array([0, 0, 0, 0, 0, 0, 1]) };
		await expect(
			oversampleSmote(lonely, { strategy: { kind: 'auto' }, rng: createRng(1) })
		).rejects.toMatchObject({ code: 'class-too-small' });
	});

	it('rejects NaN, bad shapes and labels outside the classes', async () => {
		const opts = { strategy: { kind: 'auto' } as const, rng: createRng(1) };
		const nan = { ...data, x: Float32Array.from(data.x, (v, i) => (i === 3 ? NaN : v)) };
		await expect(oversampleSmote(nan, opts)).rejects.toMatchObject({
			code: 'settings-invalid',
			detail: { where: 'x[3]' }
		});
		await expect(oversampleSmote({ ...data, width: 3 }, opts)).rejects.toMatchObject({
			code: 'settings-invalid'
		});
		await expect(oversampleSmote({ ...data, classCount: 1 }, opts)).rejects.toMatchObject({
			code: 'settings-invalid'
		});
	});

	it('adds nothing for an empty input, one class, or balanced classes', async () => {
		const opts = { strategy: { kind: 'auto' } as const, rng: createRng(1) };
		expect(
			(
				await oversampleSmote(
					{ x: new Float32Array(0), width: 2, y: new Int32Array(0), classCount: 2 },
					opts
				)
			).y.length
		).toBe(0);
		expect((await oversampleSmote({ ...data, y: new Int32Array(7) }, opts)).y.length).toBe(0);
	});
});
