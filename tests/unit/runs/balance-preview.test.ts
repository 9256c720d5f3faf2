import { describe, expect, it } from 'vitest';
import { previewBalance, trainingShare } from '$lib/runs/balance-preview';
import { FaroError } from '$lib/shared/errors';

// German credit: 700 good, 300 bad; a 70 % training part holds 490 and 210.
const GERMAN = [700, 300];

describe('previewBalance', () => {
	it('leaves the counts alone without resampling', () => {
		for (const method of ['none', 'class-weights'] as const) {
			expect(previewBalance(GERMAN, 0.7, { method, strategy: { kind: 'auto' } })).toEqual({
				before: [490, 210],
				after: [490, 210],
				synthetic: 0
			});
		}
	});

	it('over-sampling to the majority adds the difference (imbalanced-learn "auto")', () => {
		expect(previewBalance(GERMAN, 0.7, { method: 'smote', strategy: { kind: 'auto' } })).toEqual({
			before: [490, 210],
			after: [490, 490],
			synthetic: 280
		});
	});

	it('a ratio: int(ratio × majority − minority) added; under-sampling keeps int(minority / ratio)', () => {
		const ratio = { kind: 'ratio' as const, ratio: 0.6 };
		// int(0.6 × 490 − 210) = 84
		expect(previewBalance(GERMAN, 0.7, { method: 'random-over', strategy: ratio })).toEqual({
			before: [490, 210],
			after: [490, 294],
			synthetic: 84
		});
		// int(210 / 0.6) = 350
		expect(previewBalance(GERMAN, 0.7, { method: 'random-under', strategy: ratio })).toEqual({
			before: [490, 210],
			after: [350, 210],
			synthetic: 0
		});
	});

	it('a strategy training would refuse is refused here too', () => {
		expect(() =>
			previewBalance(GERMAN, 0.7, { method: 'smote', strategy: { kind: 'ratio', ratio: 0.3 } })
		).toThrow(FaroError);
	});

	it('with a test column, the training share is the rows outside it × train / (train + validation)', () => {
		const profile = {
			rowCount: 1000,
			columns: [
				{
					name: 'part',
					categories: {
						top: [
							{ label: 'test', count: 500 },
							{ label: 'x', count: 500 }
						],
						otherCount: 0
					}
				}
			]
		} as unknown as Parameters<typeof trainingShare>[1];
		const split = { train: 0.7, validation: 0.15, testColumn: { name: 'part', value: 'test' } };
		expect(trainingShare(split, profile)).toBeCloseTo(0.5 * (0.7 / 0.85), 12);
		expect(trainingShare({ train: 0.7, validation: 0.15 }, profile)).toBe(0.7);
		// a value the profile does not list: the plain share
		expect(trainingShare({ ...split, testColumn: { name: 'part', value: 'zzz' } }, profile)).toBe(
			0.7
		);
	});
});
