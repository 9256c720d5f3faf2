import type { TfModelArtifacts } from '$lib/runs/types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '$lib/data';
import { compareRuns, type RunRecord, type TrainSettings } from '$lib/runs';
import { trainRun } from '$lib/training';
import { loadGermanCredit } from '../helpers/german-credit';

/** A TF.js run's weights (base64): equal strings mean identical weights. */
const weightsOf = (r: { model: unknown }) => (r.model as TfModelArtifacts).weightData;

let table: Table;
let settings: TrainSettings;

beforeAll(async () => {
	const credit = await loadGermanCredit();
	table = credit.table;
	settings = credit.settingsFor('logistic');
	settings.model = { ...settings.model, maxEpochs: 30 };
});

describe('trainRun on German credit', () => {
	it('splits 70/15/15, evaluates on the test part and beats chance clearly', async () => {
		const result = await trainRun(table, settings);
		expect(result.splitSizes).toEqual({
			train: 700,
			validation: 150,
			test: 150,
			droppedMissingTarget: 0
		});
		expect(result.labels).toEqual(['bad', 'good']);
		expect(result.positiveLabel).toBe('bad'); // the minority class by default
		expect(result.metrics.rows).toBe(150);
		expect(result.metrics.rocAuc).toBeGreaterThan(0.7);
		expect(result.testRows).toHaveLength(150);
		expect(new Set(result.testRows).size).toBe(150);
		expect(result.recipe.names).toContain('Sex=male');
		// The fitted recipe and the model travel as plain JSON.
		expect(JSON.parse(JSON.stringify(result.recipe))).toEqual(result.recipe);
		expect(typeof (result.model as TfModelArtifacts).weightData).toBe('string');
	});

	it('gives identical metrics for the same seed on the cpu backend, and other ones for another seed', async () => {
		const a = await trainRun(table, settings);
		const b = await trainRun(table, settings);
		expect(b.metrics).toEqual(a.metrics);
		expect(weightsOf(b)).toBe(weightsOf(a));
		const c = await trainRun(table, { ...settings, seed: 7 });
		expect(c.testRows).not.toEqual(a.testRows);
	});

	it('says which target is missing, and refuses a target with one class', async () => {
		await expect(trainRun(table, { ...settings, target: 'Nope' })).rejects.toMatchObject({
			code: 'target-missing'
		});
		const oneClass: Table = {
			...table,
			columns: table.columns.map((c) =>
				c.name === 'Risk' && c.storage === 'category' ? { ...c, codes: c.codes.map(() => 0) } : c
			)
		};
		await expect(trainRun(oneClass, settings)).rejects.toMatchObject({
			code: 'target-single-class'
		});
	});

	it('stops with "cancelled" when the signal fires', async () => {
		const controller = new AbortController();
		const work = trainRun(table, settings, {
			signal: controller.signal,
			onProgress: (p) => {
				if (p.done >= 1) controller.abort();
			}
		});
		await expect(work).rejects.toMatchObject({ code: 'cancelled' });
	});
});

describe('a threshold chosen by cost', () => {
	it('minimises FP · 1 + FN · 5 on validation, and reports the expected cost on both parts', async () => {
		const costs = { falsePositive: 1, falseNegative: 5 };
		const result = await trainRun(table, {
			...settings,
			threshold: { method: 'cost', value: 0.5, costs }
		});
		const sweep = result.thresholdSweep;
		const cheapest = sweep?.costPerRow?.indexOf(Math.min(...(sweep.costPerRow ?? []))) ?? -1;
		expect(result.thresholdMethod).toBe('cost');
		expect(result.threshold).toBe(sweep?.thresholds[cheapest]);
		// the test part's cost from its confusion matrix (rows = true class); "bad" is the positive class
		const p = result.labels.indexOf(result.positiveLabel ?? '');
		const m = result.metrics.confusion;
		const total = m[1 - p][p] * 1 + m[p][1 - p] * 5;
		expect(result.costs?.test).toEqual({ total, perRow: total / result.splitSizes.test });
		expect(result.costs?.validation.perRow).toBeCloseTo(sweep?.costPerRow?.[cheapest] ?? NaN, 12);
	});

	it('is refused before training when the costs are missing', async () => {
		await expect(
			trainRun(table, { ...settings, threshold: { method: 'cost', value: 0.5 } })
		).rejects.toMatchObject({
			code: 'eval-input-invalid'
		});
	});
});

describe('compareRuns', () => {
	const run = (id: string, auc: number, logLoss: number, fingerprint = 'f', seed = 42): RunRecord =>
		({
			id,
			name: id,
			dataset: { name: 'd', fingerprint, rows: 10 },
			settings: { seed, model: { family: 'mlp', hiddenUnits: [64, 32] } },
			backend: { name: 'wasm', reason: '' },
			result: {
				testRows: seed === 42 ? [1, 2, 3] : [4, 5, 6],
				history: [],
				metrics: { rocAuc: auc, logLoss, macro: { f1: 0.5 }, weighted: { f1: 0.5 }, accuracy: 0.7 }
			}
		}) as unknown as RunRecord;

	it('marks the best value per metric, knowing lower is better for log loss', () => {
		const c = compareRuns([run('a', 0.8, 0.5), run('b', 0.7, 0.4)]);
		const auc = c.metrics.find((m) => m.key === 'rocAuc');
		const loss = c.metrics.find((m) => m.key === 'logLoss');
		expect(auc?.best).toEqual([0]);
		expect(loss?.best).toEqual([1]);
		expect(c.metrics.find((m) => m.key === 'accuracy')?.best).toEqual([0, 1]); // ties: both best
	});
	it('reads a logistic run stored before solvers as Adam, and compares L-BFGS runs on what acts on them', () => {
		const logistic = (id: string, model: Record<string, unknown>) => {
			const r = run(id, 0.8, 0.5);
			return {
				...r,
				settings: { ...r.settings, model: { family: 'logistic', hiddenUnits: [], ...model } }
			} as unknown as RunRecord;
		};
		const adam = { learningRate: 0.01, batchSize: 32, patience: 10 };
		// stored before solvers (no `solver`) vs Adam chosen now: the same training
		expect(
			compareRuns([logistic('a', adam), logistic('b', { ...adam, solver: 'adam' })]).settings
		).toEqual([]);
		// two L-BFGS runs that differ only in (unused) learning rate and batch size: no difference
		const solved = (lr: number, batch: number, l2 = 0.01) =>
			({ learningRate: lr, batchSize: batch, patience: 10, l2, solver: 'lbfgs' }) as Record<
				string,
				unknown
			>;
		expect(
			compareRuns([logistic('a', solved(0.01, 32)), logistic('b', solved(0.1, 256))]).settings
		).toEqual([]);
		expect(
			compareRuns([logistic('a', solved(0.01, 32)), logistic('b', solved(0.01, 32, 0.1))]).settings
		).toEqual([{ path: 'model.l2', values: ['0.01', '0.1'] }]);
		// Adam vs L-BFGS: the solver differs, and the Adam-only settings show as absent on the solved run
		const mixed = compareRuns([logistic('a', adam), logistic('b', solved(0.01, 32))]).settings.map(
			(d) => d.path
		);
		expect(mixed).toEqual(expect.arrayContaining(['model.solver', 'model.learningRate']));
	});

	it('lists only the settings that differ and warns about different data or test rows', () => {
		const same = compareRuns([run('a', 0.8, 0.5), run('b', 0.7, 0.4)]);
		expect(same.settings).toEqual([]);
		expect(same.sameData && same.sameTestRows).toBe(true);
		const other = compareRuns([run('a', 0.8, 0.5), run('b', 0.7, 0.4, 'g', 7)]);
		expect(other.settings).toEqual([{ path: 'seed', values: ['42', '7'] }]);
		expect(other.sameData).toBe(false);
		expect(other.sameTestRows).toBe(false);
	});
});
