import { describe, expect, it } from 'vitest';
import { countClasses, targetCounts, type SamplingStrategy } from '$lib/balance';
import reference from '../../fixtures/reference/balance-strategy.json';

type Case = {
	counts: number[];
	mode: 'over' | 'under';
	strategy: SamplingStrategy;
	expected?: number[];
	error?: string;
};

describe('targetCounts', () => {
	it.each((reference.cases as Case[]).map((c) => [JSON.stringify(c), c] as const))(
		'matches imblearn check_sampling_strategy: %s',
		(_, c) => {
			if (c.error) {
				expect(() => targetCounts(c.counts, c.strategy, c.mode)).toThrow(
					expect.objectContaining({ code: 'settings-invalid' })
				);
			} else {
				expect(targetCounts(c.counts, c.strategy, c.mode)).toEqual(c.expected);
			}
		}
	);

	it('grows 90/10 to 90/90 (auto) and 90/45 (ratio 0.5) by hand', () => {
		expect(targetCounts([90, 10], { kind: 'auto' }, 'over')).toEqual([0, 80]);
		expect(targetCounts([90, 10], { kind: 'ratio', ratio: 0.5 }, 'over')).toEqual([0, 35]);
		expect(targetCounts([90, 10], { kind: 'auto' }, 'under')).toEqual([10, 10]);
	});

	it('leaves multiclass classes already past the ratio target alone', () => {
		expect(targetCounts([100, 40, 10], { kind: 'ratio', ratio: 0.3 }, 'over')).toEqual([0, 0, 20]);
		expect(targetCounts([100, 12, 10], { kind: 'ratio', ratio: 0.5 }, 'under')).toEqual([
			20, 12, 10
		]);
	});

	it('ignores classes with no rows and treats a class tied with the majority as full', () => {
		expect(targetCounts([0, 30, 30, 5], { kind: 'auto' }, 'over')).toEqual([0, 0, 0, 25]);
		expect(targetCounts([], { kind: 'auto' }, 'over')).toEqual([]);
		expect(targetCounts([7], { kind: 'auto' }, 'over')).toEqual([0]);
	});

	it('rejects ratios outside (0, 1]', () => {
		for (const ratio of [0, -0.5, 1.5, NaN]) {
			expect(() => targetCounts([90, 10], { kind: 'ratio', ratio }, 'over')).toThrow(
				expect.objectContaining({ code: 'settings-invalid' })
			);
		}
	});
});

describe('countClasses', () => {
	it('counts labels and rejects labels outside the classes', () => {
		expect(countClasses(new Int32Array([0, 2, 2, 1, 2]), 4)).toEqual([1, 1, 3, 0]);
		expect(() => countClasses(new Int32Array([0, 3]), 3)).toThrow(
			expect.objectContaining({ code: 'settings-invalid' })
		);
		expect(() => countClasses(new Int32Array([-1]), 3)).toThrow(
			expect.objectContaining({ code: 'settings-invalid' })
		);
	});
});
