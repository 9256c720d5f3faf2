import { describe, expect, it } from 'vitest';
import {
	balancedClassWeights,
	oversampleRandom,
	undersampleRandom,
	type SamplingStrategy
} from '$lib/balance';
import { createRng } from '$lib/shared/rng';
import reference from '../../fixtures/reference/balance-strategy.json';
import weights from '../../fixtures/reference/balance-class-weights.json';
import { expectClose } from '../helpers/expect-close';

type Case = {
	counts: number[];
	mode: 'over' | 'under';
	strategy: SamplingStrategy;
	resampledCounts?: number[];
};
const labels = (counts: number[]) =>
	Int32Array.from(counts.flatMap((n, c) => new Array<number>(n).fill(c)));
const bincount = (y: ArrayLike<number>, n: number) => {
	const out = new Array<number>(n).fill(0);
	for (let i = 0; i < y.length; i++) out[y[i]]++;
	return out;
};

describe('random over- and under-sampling', () => {
	const ok = (reference.cases as Case[]).filter((c) => c.resampledCounts);
	it.each(ok.map((c) => [JSON.stringify(c), c] as const))(
		'gives the class counts of imblearn: %s',
		(_, c) => {
			const y = labels(c.counts);
			const rng = createRng(1);
			const data = { y, classCount: c.counts.length };
			if (c.mode === 'over') {
				const { indices } = oversampleRandom(data, c.strategy, rng);
				const after = bincount(y, c.counts.length).map(
					(n, k) =>
						n +
						bincount(
							Array.from(indices, (i) => y[i]),
							c.counts.length
						)[k]
				);
				expect(after).toEqual(c.resampledCounts);
			} else {
				const { keep } = undersampleRandom(data, c.strategy, rng);
				expect(
					bincount(
						Array.from(keep, (i) => y[i]),
						c.counts.length
					)
				).toEqual(c.resampledCounts);
				expect(new Set(keep).size).toBe(keep.length);
			}
		}
	);

	it('duplicates only rows of the class being grown and is seeded', () => {
		const y = new Int32Array([0, 0, 0, 0, 1, 0, 1]);
		const a = oversampleRandom({ y, classCount: 2 }, { kind: 'auto' }, createRng(5)).indices;
		expect(a.length).toBe(3);
		for (const i of a) expect([4, 6]).toContain(i);
		expect(oversampleRandom({ y, classCount: 2 }, { kind: 'auto' }, createRng(5)).indices).toEqual(
			a
		);
		const keep = undersampleRandom({ y, classCount: 2 }, { kind: 'auto' }, createRng(5)).keep;
		expect(Array.from(keep).filter((i) => y[i] === 1)).toEqual([4, 6]);
		expect(keep.length).toBe(4);
		expect(Array.from(keep)).toEqual([...keep].sort((p, q) => p - q));
	});
});

describe('balancedClassWeights', () => {
	it.each(weights.cases.map((c) => [c.counts.join('/'), c] as const))(
		'matches sklearn compute_class_weight for %s',
		(_, c) => {
			expectClose(balancedClassWeights(Int32Array.from(c.y), c.counts.length), c.expected, {
				digits: 12
			});
		}
	);
	it('gives 1000 / (2 × 300) to the 300 bad credits and 0 to an absent class', () => {
		expect(balancedClassWeights(labels([700, 300]), 2)[1]).toBeCloseTo(1000 / 600, 12);
		expect(balancedClassWeights(new Int32Array([0, 0, 2]), 3)).toEqual([0.75, 0, 1.5]);
		expect(() => balancedClassWeights(new Int32Array(0), 2)).toThrow(
			expect.objectContaining({ code: 'settings-invalid' })
		);
	});
});
