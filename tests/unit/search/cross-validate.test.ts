import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '$lib/data';
import { columnAsNumbers, findColumn } from '$lib/data/table';
import type { FittedNumericStep } from '$lib/features';
import { stratifiedSplit } from '$lib/models';
import { createRng } from '$lib/shared/rng';
import type { TrainSettings } from '$lib/runs';
import { crossValidate, prepareFolds, type FoldFit } from '$lib/search/cross-validate';
import { meanStd } from '$lib/runs/cv-summary';
import { foldRows, stratifiedFolds } from '$lib/search/folds';
import { loadGermanCredit } from '../helpers/german-credit';

let table: Table;
let settings: TrainSettings;

beforeAll(async () => {
	const credit = await loadGermanCredit();
	table = credit.table;
	settings = credit.settingsFor('logistic');
	settings.model = { ...settings.model, maxEpochs: 2 };
});

const countsOf = (y: Int32Array, rows: Int32Array, classCount: number) => {
	const counts = new Array(classCount).fill(0);
	for (const i of rows) counts[y[i]]++;
	return counts;
};

describe('stratifiedFolds', () => {
	// 10 rows of class 0 and 5 of class 1: 5 folds of exactly 2 + 1 rows.
	const y = Int32Array.from([...new Array(10).fill(0), ...new Array(5).fill(1)]);

	it('puts every row in exactly one fold and keeps the class proportions in each', () => {
		const foldOf = stratifiedFolds(y, 2, 5, createRng(1));
		const seen = new Int32Array(y.length);
		for (let f = 0; f < 5; f++) {
			const { train, heldOut } = foldRows(foldOf, f);
			expect(train.length + heldOut.length).toBe(15);
			expect(countsOf(y, heldOut, 2)).toEqual([2, 1]);
			for (const i of heldOut) seen[i]++;
			expect([...train].some((i) => heldOut.includes(i))).toBe(false);
		}
		expect([...seen]).toEqual(new Array(15).fill(1));
	});

	it('is reproducible for a seed and changes with the seed', () => {
		expect(stratifiedFolds(y, 2, 5, createRng(1))).toEqual(stratifiedFolds(y, 2, 5, createRng(1)));
		expect(stratifiedFolds(y, 2, 5, createRng(2))).not.toEqual(
			stratifiedFolds(y, 2, 5, createRng(1))
		);
	});

	it('keeps fold sizes within one row when classes do not divide evenly', () => {
		const odd = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2]);
		const sizes = [0, 0, 0];
		for (const f of stratifiedFolds(odd, 3, 3, createRng(3))) sizes[f]++;
		expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
	});

	it('refuses k outside 3..10 and a class with fewer rows than folds', () => {
		expect(() => stratifiedFolds(y, 2, 2, createRng(1))).toThrow(
			expect.objectContaining({ code: 'settings-invalid' })
		);
		expect(() => stratifiedFolds(y, 2, 11, createRng(1))).toThrow(
			expect.objectContaining({ code: 'settings-invalid' })
		);
		expect(() => stratifiedFolds(y, 2, 2.5, createRng(1))).toThrow(
			expect.objectContaining({ code: 'settings-invalid' })
		);
		expect(() => stratifiedFolds(y, 2, 6, createRng(1), ['good', 'bad'])).toThrow(
			expect.objectContaining({
				code: 'class-too-small',
				message: expect.stringContaining('"bad"')
			})
		);
	});
});

describe('meanStd', () => {
	it('gives the mean and the population standard deviation (NumPy std, ddof 0)', () => {
		expect(meanStd([1, 2, 3, 4])).toEqual({ mean: 2.5, std: Math.sqrt(1.25), folds: 4 });
		expect(meanStd([0.7])).toEqual({ mean: 0.7, std: 0, folds: 1 });
		expect(meanStd([])).toBeNull();
	});
});

describe('prepareFolds on German credit', () => {
	it("leaves trainRun's test part out and covers every other row exactly once", () => {
		const prepared = prepareFolds(table, settings, 5);
		const split = stratifiedSplit(prepared.y, 2, settings.split, createRng(settings.seed));
		const test = new Set(split.test);
		const seen = new Int32Array(prepared.y.length);
		for (const plan of prepared.folds) {
			for (const i of plan.heldOut) seen[i]++;
			const inFold = [...plan.innerTrain, ...plan.innerValidation, ...plan.heldOut];
			expect(new Set(inFold).size).toBe(inFold.length); // inner train, inner validation, held out: disjoint
			expect(inFold.some((i) => test.has(i))).toBe(false);
			expect(inFold).toHaveLength(850);
			// 850 non-test rows: 255 bad / 595 good → 51 / 119 per held-out fold.
			expect(countsOf(prepared.y, plan.heldOut, 2)).toEqual([51, 119]);
			// The inner validation slice is the run's validation share of the fold's training rows (15 / 85).
			expect(plan.innerValidation.length).toBe(120);
		}
		expect([...seen].filter((n, i) => (test.has(i) ? n !== 0 : n !== 1))).toEqual([]);
	});
});

describe('crossValidate', () => {
	it('fits the Recipe of each fold on its training rows only (no leakage from the held-out fold)', async () => {
		const fits: FoldFit[] = [];
		const cv = await crossValidate(table, settings, 3, { onFold: (f) => fits.push(f) });
		expect(fits).toHaveLength(3);
		const amount = columnAsNumbers(
			findColumn(table, 'Credit amount') as NonNullable<ReturnType<typeof findColumn>>
		);
		for (const { plan, recipe } of fits) {
			const step = recipe.dense.find(
				(s) => s.type === 'numeric' && s.name === 'Credit amount'
			) as FittedNumericStep;
			const values = (rows: Int32Array) => Array.from(rows, (i) => amount[i]);
			const fitted = values(plan.innerTrain);
			expect(step.impute.value).toBe(median(fitted));
			expect(step.scale.center).toBeCloseTo(mean(fitted), 9);
			// Had the held-out rows leaked in, the constants would differ.
			const leaked = [...fitted, ...values(plan.heldOut)];
			expect(mean(leaked)).not.toBeCloseTo(mean(fitted), 6);
		}
		expect(cv.folds.map((f) => f.rows)).toEqual([284, 283, 283]);
	});

	it('reports mean ± std per metric over the folds, and repeats itself for a seed', async () => {
		const cv = await crossValidate(table, settings, 3);
		const aucs = cv.folds.map((f) => f.metrics.rocAuc as number);
		expect(cv.summary.rocAuc).toEqual(meanStd(aucs));
		expect(cv.summary.f1Macro?.mean).toBeCloseTo(mean(cv.folds.map((f) => f.metrics.macro.f1)), 12);
		expect(Object.keys(cv.summary).sort()).toEqual(
			[
				'accuracy',
				'balancedAccuracy',
				'f1Macro',
				'kappa',
				'logLoss',
				'mcc',
				'prAuc',
				'rocAuc'
			].sort()
		);
		expect(cv.summary.rocAuc?.mean).toBeGreaterThan(0.55);
		const again = await crossValidate(table, settings, 3);
		expect(again.summary).toEqual(cv.summary);
	});

	it('stops with "cancelled" when the signal fires', async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(
			crossValidate(table, settings, 3, { signal: controller.signal })
		).rejects.toMatchObject({ code: 'cancelled' });
	});
});

function mean(values: number[]): number {
	return values.reduce((a, b) => a + b, 0) / values.length;
}

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
