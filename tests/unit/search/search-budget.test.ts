/**
 * How the search spends its budget: one default configuration per family first (trees first on tables,
 * logistic regression first on text), batch sizes that grow with the rows, and trials skipped when their first
 * folds show they cannot finish in the time left — on synthetic objectives and on real cross-validation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '$lib/data';
import { crossValidatePrepared, prepareFolds } from '$lib/search/cross-validate';
import { defaultTrainSettings } from '$lib/runs/default-settings';
import type { TrainSettings } from '$lib/runs/types';
import {
	defaultSearchSpace,
	runSearchWith,
	searchBatchSizes,
	startingTrials,
	type SearchSpace,
	type TrialEvaluator,
	type TrialParams
} from '$lib/search';

import { validateModelSpec } from '$lib/models/spec';
import { applyParams } from '$lib/search/space';
import type { CvSummary } from '$lib/runs/cv-summary';
import { FaroError } from '$lib/shared/errors';
import { loadGermanCredit } from '../helpers/german-credit';

const settingsWith = (kind: 'numeric' | 'text', rows: number) =>
	defaultTrainSettings(
		{
			target: 'y',
			columns: [
				{ name: 'a', kind, role: 'feature' },
				{ name: 'job', kind: 'categorical', role: 'feature' },
				{ name: 'y', kind: 'categorical', role: 'target' }
			]
		},
		rows,
		'logistic'
	);

const summaryOf = (rocAuc: number) =>
	({ rocAuc: { mean: rocAuc, std: 0, folds: 5 } }) as unknown as CvSummary;

describe('searchBatchSizes', () => {
	it('keeps 16–128 on small data and scales the ladder with the rows, up to 1,024', () => {
		expect(searchBatchSizes(0)).toEqual([16, 32, 64, 128]);
		expect(searchBatchSizes(1000)).toEqual([16, 32, 64, 128]);
		// 10,000 rows: default batch 256 → 8× the ladder
		expect(searchBatchSizes(10_000)).toEqual([128, 256, 512, 1024]);
		expect(searchBatchSizes(43_500)).toEqual([256, 512, 1024]);
		expect(defaultSearchSpace(settingsWith('numeric', 1000), 30_000).batchSizes).toEqual([
			256, 512, 1024
		]);
	});
});

describe('startingTrials', () => {
	it('opens a table search with scikit-learn-like trees, then logistic regression, then an MLP', () => {
		const base = settingsWith('numeric', 1000);
		const space = defaultSearchSpace(base, 1000);
		const start = startingTrials(space, base, 100, 680);
		expect(start.map((p) => p.family)).toEqual(['gbdt', 'logistic', 'mlp']);
		expect(start[0].trees).toEqual({
			maxLeafNodes: 31,
			maxDepth: null,
			minSamplesLeaf: 20,
			maxIterations: 100
		});
		expect(start[0]).toMatchObject({
			learningRate: 0.1,
			l2: 1e-3,
			maxEpochs: 100,
			balance: 'none'
		});
		expect(start[1]).toMatchObject({
			learningRate: 0.01,
			l2: 0.01,
			hiddenUnits: [],
			batchSize: 32
		});
		expect(start[2]).toMatchObject({ hiddenUnits: [64, 32], dropout: 0.3, learningRate: 1e-3 });
		for (const p of start) validateModelSpec(applyParams(base, p).model);
	});

	it('opens a text search with logistic regression and keeps to the families and ranges of the space', () => {
		const base = settingsWith('text', 6000);
		const space = defaultSearchSpace(base, 6000);
		const start = startingTrials(space, base, 100, 4000);
		expect(start.map((p) => p.family)).toEqual(['logistic', 'mlp']);
		// the text default's L2, solved by L-BFGS (learning rate and batch pinned); the vocabulary nearest to
		// Faro's 5,000 terms
		expect(start[0]).toMatchObject({
			solver: 'lbfgs',
			learningRate: 0.01,
			batchSize: 32,
			l2: 1e-4,
			textVocab: 5000
		});
		expect(start[1].hiddenUnits).toEqual([32]);
		const narrowed: SearchSpace = {
			...space,
			families: ['mlp', 'gbdt'],
			hiddenLayouts: [[128]],
			treeDepths: [3, 5],
			treeLeaves: [7, 15],
			treeLearningRate: { min: 0.2, max: 0.3 },
			balance: ['class-weights']
		};
		const inNarrowed = startingTrials(narrowed, base, 100, 4000);
		expect(inNarrowed.map((p) => p.family)).toEqual(['mlp', 'gbdt']);
		expect(inNarrowed[0].hiddenUnits).toEqual([128]);
		expect(inNarrowed[1].trees).toMatchObject({ maxDepth: 5, maxLeafNodes: 15 });
		expect(inNarrowed[1]).toMatchObject({ learningRate: 0.2, balance: 'class-weights' });
	});
});

describe('runSearchWith, starting trials', () => {
	const base = settingsWith('numeric', 1000);
	const space = defaultSearchSpace(base, 1000);
	const starting = startingTrials(space, base, 100, 680);
	const evaluate: TrialEvaluator = async (p) => ({
		summary: summaryOf(p.family === 'gbdt' ? 0.9 : 0.8)
	});

	for (const strategy of ['tpe', 'random', 'halving'] as const) {
		it(`${strategy}: gives every family its default before any family gets a second trial`, async () => {
			const outcome = await runSearchWith(
				evaluate,
				{ seed: 3, maxEpochs: 100, space, starting },
				{ strategy, budget: { trials: 12 } }
			);
			const first = outcome.trials.slice(0, 3).map((t) => t.params);
			if (strategy === 'halving') {
				// rung 0 trains every contender on a third of its epochs or fewer
				expect(first.map((p) => p.family)).toEqual(['gbdt', 'logistic', 'mlp']);
				expect(first.map((p) => ({ ...p, maxEpochs: 0 }))).toEqual(
					starting.map((p) => ({ ...p, maxEpochs: 0 }))
				);
			} else expect(first).toEqual(starting);
			expect(outcome.trials).toHaveLength(12);
		});
	}
});

describe('trials that cannot finish in the time left', () => {
	let table: Table;
	let base: TrainSettings;
	beforeAll(async () => {
		const credit = await loadGermanCredit();
		table = credit.table;
		base = credit.settingsFor('logistic');
		base.model = { ...base.model, maxEpochs: 3 };
	});

	it('stop after the first fold with trial-over-budget, naming the time needed and left', async () => {
		const prepared = prepareFolds(table, base, 3);
		const error = await crossValidatePrepared(prepared, base, { timeLeftMs: 0.001 }).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(FaroError);
		expect(error).toMatchObject({ code: 'trial-over-budget' });
		expect((error as FaroError).message).toMatch(/^Skipped: the first fold took \d+ s, so 3 folds/);
		const data = (error as FaroError).detail.data as Record<string, number>;
		expect(data.projectedMs).toBeCloseTo(data.elapsedMs * 3, 6);
		// with time enough, the same folds run to the end
		const cv = await crossValidatePrepared(prepared, base, { timeLeftMs: 600_000 });
		expect(cv.folds).toHaveLength(3);
	});

	it('are recorded as skipped, with the reason, and the search goes on', async () => {
		let calls = 0;
		const evaluate: TrialEvaluator = async (p: TrialParams, work) => {
			calls++;
			expect(work.timeLeftMs).toBeGreaterThan(0);
			if (p.family === 'gbdt')
				throw new FaroError('trial-over-budget', 'Skipped: the first fold took 50 s.');
			return { summary: summaryOf(0.8) };
		};
		const space = defaultSearchSpace(base, 1000);
		const outcome = await runSearchWith(
			evaluate,
			{ seed: 1, maxEpochs: 3, space, starting: startingTrials(space, base, 3, 500) },
			{ strategy: 'tpe', budget: { trials: 6, minutes: 5 } }
		);
		expect(calls).toBe(6);
		expect(outcome.trials[0]).toMatchObject({
			status: 'skipped',
			cvScores: null,
			error: { code: 'trial-over-budget', message: 'Skipped: the first fold took 50 s.' }
		});
		expect(outcome.best?.status).toBe('done');
		expect(outcome.stopped).toBeNull();
	});
});
