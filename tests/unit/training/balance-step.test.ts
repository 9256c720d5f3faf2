import { render } from '$lib/i18n';
import type { TfModelArtifacts } from '$lib/runs/types';
import { disposeFitted } from '$lib/models/fitted-model';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '$lib/data';
import { findColumn, takeRows } from '$lib/data/table';
import { stratifiedSplit } from '$lib/models';
import { applyRecipe, encodeTarget, fitRecipe, type FittedRecipe } from '$lib/features';
import { targetCounts } from '$lib/balance';
import { createRng } from '$lib/shared/rng';
import {
	compareRuns,
	type BalanceMethod,
	type BalanceSettings,
	type RunRecord,
	type RunResult,
	type TrainSettings
} from '$lib/runs';
import { fitPipeline, trainRun } from '$lib/training';
import { balanceTraining } from '$lib/training/balance-step';
import { loadGermanCredit } from '../helpers/german-credit';

/** A TF.js run's weights (base64): equal strings mean identical weights. */
const weightsOf = (r: { model: unknown }) => (r.model as TfModelArtifacts).weightData;

let table: Table;
let settings: TrainSettings;
let none: RunResult;

const METHODS: BalanceMethod[] = [
	'class-weights',
	'random-over',
	'random-under',
	'smote',
	'smote-nc',
	'borderline'
];
const withBalance = (
	method: BalanceMethod,
	patch: Partial<BalanceSettings> = {}
): TrainSettings => ({
	...settings,
	balance: { method, k: 5, strategy: { kind: 'auto' }, ...patch }
});

/** The whole German credit table as one training part, with its fitted recipe and encoded rows. */
function wholePart(spec = settings.recipe, data = table) {
	const target = encodeTarget(
		findColumn(data, 'Risk') as NonNullable<ReturnType<typeof findColumn>>
	);
	const recipe = fitRecipe(spec, data);
	return { part: { table: data, y: target.y }, recipe, x: applyRecipe(recipe, data) };
}

/** Columns of the one-hot steps, as indices into the dense part. */
function oneHotColumns(recipe: FittedRecipe): number[][] {
	const groups: number[][] = [];
	for (const step of recipe.dense) {
		if (step.type !== 'categorical') continue;
		const names = step.levels.map((l) => `${step.column}=${l}`);
		if (step.hasOther) names.push(`${step.column}=(other)`);
		groups.push(names.map((n) => recipe.names.indexOf(n)));
	}
	return groups;
}

beforeAll(async () => {
	const credit = await loadGermanCredit();
	table = credit.table;
	settings = credit.settingsFor('logistic');
	settings.model = { ...settings.model, maxEpochs: 5 };
	none = await trainRun(table, settings);
});

describe('balancing inside trainRun', () => {
	it('records "none" by default and for settings stored before balancing existed', async () => {
		expect(settings.balance).toEqual({ method: 'none', k: 5, strategy: { kind: 'auto' } });
		expect(none.balance).toMatchObject({
			method: 'none',
			before: [210, 490],
			after: [210, 490],
			synthetic: 0
		});
		const { balance: _dropped, ...old } = settings;
		const result = await trainRun(table, old);
		expect(result.balance?.method).toBe('none');
		expect(result.metrics).toEqual(none.metrics);
	});

	it.each(METHODS)('%s leaves the validation and test rows untouched', async (method) => {
		const result = await trainRun(table, withBalance(method));
		expect(result.splitSizes).toEqual(none.splitSizes);
		expect(result.testRows).toEqual(none.testRows);
		expect(result.metrics.rows).toBe(150);
		expect(result.validationMetrics.rows).toBe(150);
		expect(result.balance?.method).toBe(method);
		expect(result.balance?.before).toEqual([210, 490]);
		const added = targetCounts([210, 490], { kind: 'auto' }, 'over');
		if (method === 'random-over' || method === 'smote' || method === 'smote-nc') {
			expect(result.balance?.synthetic).toBe(added[0] + added[1]);
			expect(result.balance?.after).toEqual([490, 490]);
		}
		if (method === 'random-under') expect(result.balance?.after).toEqual([210, 210]);
		if (method === 'class-weights') expect(result.balance?.after).toEqual([210, 490]);
	});

	it('encodes the validation part identically with and without balancing (the recipe is fitted first)', async () => {
		const target = encodeTarget(
			findColumn(table, 'Risk') as NonNullable<ReturnType<typeof findColumn>>
		);
		const split = stratifiedSplit(target.y, 2, settings.split, createRng(1), target.labels);
		const part = (rows: Int32Array) => ({
			table: takeRows(table, rows),
			y: Int32Array.from(rows, (r) => target.y[r])
		});
		const quick = { ...withBalance('none'), model: { ...settings.model, maxEpochs: 1 } };
		const plain = await fitPipeline(part(split.train), part(split.validation), 2, quick);
		const smoted = await fitPipeline(part(split.train), part(split.validation), 2, {
			...quick,
			balance: { method: 'smote-nc', k: 5, strategy: { kind: 'auto' } }
		});
		expect(smoted.x.validation).toEqual(plain.x.validation);
		expect(smoted.x.train).toEqual(plain.x.train);
		expect(smoted.balance.synthetic).toBeGreaterThan(0);
		disposeFitted(plain.trained.model);
		disposeFitted(smoted.trained.model);
	});

	it('passes balanced class weights to the model: other metrics than none', async () => {
		const weighted = await trainRun(table, withBalance('class-weights'));
		expect(weighted.metrics.logLoss).not.toBe(none.metrics.logLoss);
		expect(weightsOf(weighted)).not.toBe(weightsOf(none));
	});

	it('gives the same rows and metrics for the same seed, and other rows for another seed', async () => {
		const a = await trainRun(table, withBalance('smote'));
		const b = await trainRun(table, withBalance('smote'));
		expect(b.metrics).toEqual(a.metrics);
		expect(weightsOf(b)).toBe(weightsOf(a));
		const { part, recipe, x } = wholePart();
		const run = (seed: number) =>
			balanceTraining(part, x, recipe, 2, withBalance('smote-nc'), createRng(seed));
		const [c, d, e] = await Promise.all([run(3), run(3), run(4)]);
		expect(d.x.dense).toEqual(c.x.dense);
		expect(e.x.dense).not.toEqual(c.x.dense);
	});

	it('shows up in the settings that differ when compared with a run without balancing', async () => {
		const record = (id: string, s: TrainSettings): RunRecord =>
			({
				id,
				name: id,
				dataset: { name: 'd', fingerprint: 'f', rows: 1000 },
				settings: s,
				backend: null,
				result: none
			}) as unknown as RunRecord;
		const diff = compareRuns([
			record('a', withBalance('none')),
			record('b', withBalance('smote'))
		]).settings;
		expect(diff).toEqual([{ path: 'balance.method', values: ['none', 'smote'] }]);
	});

	it('stops with "cancelled" during balancing', async () => {
		const controller = new AbortController();
		const phases: string[] = [];
		const work = trainRun(table, withBalance('smote'), {
			signal: controller.signal,
			onProgress: (p) => {
				phases.push(p.phase);
				if (p.phase.startsWith('Balancing')) controller.abort();
			}
		});
		await expect(work).rejects.toMatchObject({ code: 'cancelled' });
		expect(phases).toContain('Balancing classes (SMOTE)');
	});
});

describe('balanceTraining', () => {
	it('computes scikit-learn "balanced" weights: n / (classes × count)', async () => {
		const { part, recipe, x } = wholePart();
		const out = await balanceTraining(
			part,
			x,
			recipe,
			2,
			withBalance('class-weights'),
			createRng(1)
		);
		// German credit: 300 bad, 700 good → 1000 / (2 × 300), 1000 / (2 × 700)
		expect(out.classWeights?.[0]).toBeCloseTo(1000 / 600, 12);
		expect(out.classWeights?.[1]).toBeCloseTo(1000 / 1400, 12);
		expect(out.x).toBe(x);
	});

	it('adds as many rows as targetCounts asks for a ratio strategy', async () => {
		const { part, recipe, x } = wholePart();
		const strategy = { kind: 'ratio', ratio: 0.6 } as const;
		const wanted = targetCounts([300, 700], strategy, 'over'); // int(0.6 × 700 − 300) = 120
		expect(wanted).toEqual([120, 0]);
		for (const method of ['random-over', 'smote', 'smote-nc'] as const) {
			const out = await balanceTraining(
				part,
				x,
				recipe,
				2,
				withBalance(method, { strategy }),
				createRng(1)
			);
			expect(out.synthetic).toBe(120);
			expect(out.after).toEqual([420, 700]);
			expect(out.x.rowCount).toBe(1120);
			expect(out.y).toHaveLength(1120);
			expect(out.x.dense.subarray(0, x.dense.length)).toEqual(x.dense);
		}
		const under = await balanceTraining(
			part,
			x,
			recipe,
			2,
			withBalance('random-under', { strategy }),
			createRng(1)
		);
		expect(under.after).toEqual([300, 500]); // int(300 / 0.6)
	});

	it('SMOTE-NC keeps one-hot values exactly 0 or 1 and derived features consistent; SMOTE does not', async () => {
		const spec = {
			...settings.recipe,
			derived: [
				{ name: 'monthly', op: 'ratio' as const, left: 'Credit amount', right: 'Duration' }
			],
			overrides: Object.fromEntries(
				['Credit amount', 'Duration', 'monthly'].map((n) => [
					n,
					{ numeric: { scale: 'none' as const } }
				])
			)
		};
		const { part, recipe, x } = wholePart(spec);
		const groups = oneHotColumns(recipe);
		expect(groups.length).toBeGreaterThan(3);
		const [amount, duration, monthly] = ['Credit amount', 'Duration', 'monthly'].map((n) =>
			recipe.names.indexOf(n)
		);
		const w = x.denseWidth;
		const nc = await balanceTraining(
			part,
			x,
			recipe,
			2,
			{ balance: { method: 'smote-nc', k: 5, strategy: { kind: 'auto' } } },
			createRng(5)
		);
		expect(nc.synthetic).toBe(400);
		for (let r = 1000; r < nc.x.rowCount; r++) {
			for (const group of groups) {
				const values = group.map((j) => nc.x.dense[r * w + j]);
				expect(values.every((v) => v === 0 || v === 1)).toBe(true);
				expect(values.reduce((a, b) => a + b, 0)).toBe(1);
			}
			const row = nc.x.dense.subarray(r * w, (r + 1) * w);
			expect(row[monthly]).toBeCloseTo(Math.fround(row[amount] / row[duration]), 2);
		}
		const smote = await balanceTraining(part, x, recipe, 2, withBalance('smote'), createRng(5));
		const fractional = Array.from(smote.x.dense.subarray(1000 * w)).filter(
			(v, i) => groups.flat().includes(i % w) && v > 0 && v < 1
		);
		expect(fractional.length).toBeGreaterThan(0);
		expect(smote.notes.join(' ')).toMatch(/fractional/);
		// the same note for the page, in either language
		expect(smote.noteTexts.map((n) => render(n, 'en'))).toEqual(smote.notes);
		expect(smote.noteTexts.map((n) => render(n, 'es')).join(' ')).toMatch(/fraccionarios/);
	});

	it('refuses SMOTE and Borderline-SMOTE on text features, and copies the text with SMOTE-NC', async () => {
		const purpose = findColumn(table, 'Purpose');
		const words = purpose
			? Array.from(
					{ length: table.rowCount },
					(_, i) =>
						`loan for ${purpose.storage === 'category' ? purpose.levels[purpose.codes[i]] : 'x'} ${i % 7 === 0 ? 'urgent' : 'planned'}`
				)
			: [];
		const withText: Table = {
			...table,
			columns: [...table.columns, { name: 'note', storage: 'text', values: words }]
		};
		const spec = {
			...settings.recipe,
			columns: [
				...settings.recipe.columns,
				{ name: 'note', kind: 'text' as const, role: 'feature' as const }
			]
		};
		const { part, recipe, x } = wholePart(spec, withText);
		expect(x.sparse).not.toBeNull();
		for (const method of ['smote', 'borderline'] as const) {
			await expect(
				balanceTraining(part, x, recipe, 2, withBalance(method), createRng(1))
			).rejects.toMatchObject({
				code: 'settings-invalid',
				detail: { hint: expect.stringMatching(/random over-sampling or class weights/) }
			});
		}
		const over = await balanceTraining(
			part,
			x,
			recipe,
			2,
			withBalance('random-over'),
			createRng(1)
		);
		expect(over.x.sparse?.rowPtr).toHaveLength(1401);
		const nc = await balanceTraining(part, x, recipe, 2, withBalance('smote-nc'), createRng(1));
		expect(nc.x.rowCount).toBe(1400);
		expect(nc.x.sparse?.rowPtr).toHaveLength(1401);
		const sparse = nc.x.sparse as NonNullable<typeof nc.x.sparse>;
		expect(sparse.rowPtr[1400] - sparse.rowPtr[1000]).toBeGreaterThan(0);
	});

	it('refuses a bad k, an unusable ratio, and SMOTE-NC without categorical features', async () => {
		const { part, recipe, x } = wholePart();
		await expect(
			balanceTraining(part, x, recipe, 2, withBalance('smote', { k: 0 }), createRng(1))
		).rejects.toMatchObject({ code: 'settings-invalid' });
		await expect(
			balanceTraining(
				part,
				x,
				recipe,
				2,
				withBalance('smote', { strategy: { kind: 'ratio', ratio: 0.3 } }),
				createRng(1)
			)
		).rejects.toMatchObject({ code: 'settings-invalid' });
		const numericOnly = {
			...settings.recipe,
			columns: settings.recipe.columns.map((c) =>
				c.kind === 'categorical' ? { ...c, role: 'ignore' as const } : c
			)
		};
		const onlyNumbers = wholePart(numericOnly);
		await expect(
			balanceTraining(
				onlyNumbers.part,
				onlyNumbers.x,
				onlyNumbers.recipe,
				2,
				withBalance('smote-nc'),
				createRng(1)
			)
		).rejects.toMatchObject({
			code: 'settings-invalid',
			detail: { hint: expect.stringMatching(/SMOTE/) }
		});
	});
});
