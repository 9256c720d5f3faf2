import { describe, expect, it } from 'vitest';
import { stratifiedSplit } from '$lib/models';
import { FaroError } from '$lib/shared/errors';
import { createRng } from '$lib/shared/rng';

const FRACTIONS = { train: 0.7, validation: 0.15, test: 0.15 };
const labelsOf = (y: Int32Array, rows: Int32Array) => Array.from(rows, (i) => y[i]);
const countOf = (values: number[], c: number) => values.filter((v) => v === c).length;

describe('stratifiedSplit', () => {
	it('cuts each class by the fractions: 10 + 20 rows → 6/2/2 and 14/3/3', () => {
		const y = Int32Array.from({ length: 30 }, (_, i) => (i < 10 ? 0 : 1));
		const split = stratifiedSplit(y, 2, FRACTIONS, createRng(7));
		// round(10 · 0.15) = 2 (1.5 rounds up), round(20 · 0.15) = 3
		expect([split.train.length, split.validation.length, split.test.length]).toEqual([20, 5, 5]);
		for (const [part, zeros, ones] of [
			[split.train, 6, 14],
			[split.validation, 2, 3],
			[split.test, 2, 3]
		] as const) {
			expect(countOf(labelsOf(y, part), 0)).toBe(zeros);
			expect(countOf(labelsOf(y, part), 1)).toBe(ones);
		}
	});

	it('covers every row exactly once, each part ascending', () => {
		const y = Int32Array.from({ length: 101 }, (_, i) => i % 3);
		const split = stratifiedSplit(y, 3, FRACTIONS, createRng(1));
		const all = [...split.train, ...split.validation, ...split.test].sort((a, b) => a - b);
		expect(all).toEqual(Array.from({ length: 101 }, (_, i) => i));
		for (const part of [split.train, split.validation, split.test]) {
			expect(Array.from(part)).toEqual(Array.from(part).sort((a, b) => a - b));
		}
	});

	it('puts a 3-row class in every part, and a 2-row class in training and test', () => {
		const y = Int32Array.from([0, 0, 0, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
		const split = stratifiedSplit(y, 3, FRACTIONS, createRng(3));
		for (const part of [split.train, split.validation, split.test])
			expect(labelsOf(y, part)).toContain(0);
		expect(countOf(labelsOf(y, split.train), 1)).toBe(1);
		expect(countOf(labelsOf(y, split.test), 1)).toBe(1);
		expect(countOf(labelsOf(y, split.validation), 1)).toBe(0);
	});

	it('is reproducible by seed and changes with it', () => {
		const y = Int32Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 1 : 0));
		const a = stratifiedSplit(y, 2, FRACTIONS, createRng(42));
		const b = stratifiedSplit(y, 2, FRACTIONS, createRng(42));
		const c = stratifiedSplit(y, 2, FRACTIONS, createRng(43));
		expect(a).toEqual(b);
		expect(Array.from(a.test)).not.toEqual(Array.from(c.test));
	});

	it('names a class with a single row', () => {
		const y = Int32Array.from([0, 0, 0, 0, 1]);
		const run = () => stratifiedSplit(y, 2, FRACTIONS, createRng(1), ['good', 'bad']);
		expect(run).toThrow(FaroError);
		expect(run).toThrow(/"bad" has 1 row/);
		try {
			run();
		} catch (err) {
			expect((err as FaroError).code).toBe('class-too-small');
		}
	});

	it('rejects a class with no rows and fractions that do not add up to 1', () => {
		expect(() => stratifiedSplit(Int32Array.from([0, 0, 0]), 2, FRACTIONS, createRng(1))).toThrow(
			/"class 1" has 0 rows/
		);
		const bad = { train: 0.7, validation: 0.2, test: 0.2 };
		expect(() => stratifiedSplit(Int32Array.from([0, 0, 1, 1]), 2, bad, createRng(1))).toThrow(
			/add up to 1/
		);
	});

	it('gives an empty split for no rows and no classes', () => {
		const split = stratifiedSplit(new Int32Array(0), 0, FRACTIONS, createRng(1));
		expect([split.train.length, split.validation.length, split.test.length]).toEqual([0, 0, 0]);
	});
});
