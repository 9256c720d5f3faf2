import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '$lib/data';
import type { TrainSettings } from '$lib/runs';
import {
	applyParams,
	bestTrial,
	defaultSearchSpace,
	halvingRungs,
	rankTrials,
	runSearch,
	sampleParams,
	type SearchSpace,
	type Trial
} from '$lib/search';
import { createRng } from '$lib/shared/rng';
import { loadGermanCredit } from '../helpers/german-credit';

let table: Table;
let base: TrainSettings;
let space: SearchSpace;

beforeAll(async () => {
	const credit = await loadGermanCredit();
	table = credit.table;
	base = credit.settingsFor('logistic');
	base.model = { ...base.model, maxEpochs: 3 };
	// Small models keep the tests fast; every other knob keeps its default range. Trees have their own tests
	// (search-space.test.ts; training them is the gbdt family's).
	space = {
		...defaultSearchSpace(base),
		families: ['logistic', 'mlp'],
		hiddenLayouts: [[8], [8, 4]]
	};
});

describe('search space', () => {
	it('samples inside the ranges, with no hidden layers or dropout for logistic regression', () => {
		const rng = createRng(5);
		for (let i = 0; i < 50; i++) {
			const p = sampleParams(space, rng, 3);
			expect(p.learningRate).toBeGreaterThanOrEqual(3e-4);
			expect(p.learningRate).toBeLessThanOrEqual(3e-2);
			expect(p.l2).toBeGreaterThanOrEqual(1e-5);
			expect(p.l2).toBeLessThanOrEqual(1e-1);
			expect(space.batchSizes).toContain(p.batchSize);
			expect(p.textVocab).toBeNull(); // German credit has no text column
			if (p.family === 'logistic') expect([p.hiddenUnits, p.dropout]).toEqual([[], 0]);
		}
	});

	it('turns a sample into settings: model, one-hot K, scaling and balancing changed, the rest kept', () => {
		const p = {
			...sampleParams(space, createRng(1), 7),
			oneHotK: 5,
			scale: 'minmax' as const,
			balance: 'class-weights' as const
		};
		const s = applyParams(base, p);
		expect(s.model).toMatchObject({
			family: p.family,
			learningRate: p.learningRate,
			maxEpochs: 7,
			patience: base.model.patience
		});
		expect(s.recipe.categorical.maxLevels).toBe(5);
		expect(s.recipe.numeric.scale).toBe('minmax');
		expect(s.balance?.method).toBe('class-weights');
		expect([s.target, s.split, s.seed]).toEqual([base.target, base.split, base.seed]);
	});
});

describe('halvingRungs', () => {
	it('spends the trial budget on rungs shrinking by 3', () => {
		expect(halvingRungs(20)).toEqual([12, 4, 2, 1]);
		expect(halvingRungs(3)).toEqual([2, 1]);
		expect(halvingRungs(1)).toEqual([1]);
	});
});

describe('ranking', () => {
	const trial = (
		id: number,
		auc: number | null,
		loss: number,
		status: 'done' | 'failed' = 'done',
		rung = 0
	): Trial =>
		({
			id,
			rung,
			status,
			cvScores:
				status === 'failed'
					? null
					: {
							rocAuc: auc === null ? null : { mean: auc, std: 0, folds: 3 },
							logLoss: { mean: loss, std: 0, folds: 3 }
						}
		}) as unknown as Trial;

	it('ranks by the metric (lower is better for log loss), failed and undefined scores last', () => {
		const trials = [
			trial(1, 0.7, 0.5),
			trial(2, null, 0.3),
			trial(3, 0.8, 0.6),
			trial(4, 0.9, 0.1, 'failed')
		];
		expect(rankTrials(trials, 'rocAuc').map((t) => t.id)).toEqual([3, 1, 2, 4]);
		expect(rankTrials(trials, 'logLoss').map((t) => t.id)).toEqual([2, 1, 3, 4]);
		expect(bestTrial(trials, 'rocAuc')?.id).toBe(3);
		expect(bestTrial([trial(1, 0.9, 0.5), trial(2, 0.8, 0.5, 'done', 1)], 'rocAuc')?.id).toBe(2); // the longest-trained rung
		expect(bestTrial([trial(1, 0.9, 0.5, 'failed')], 'rocAuc')).toBeNull();
	});
});

describe('runSearch', () => {
	it('runs exactly the trial budget and gives the same trials for the same seed', async () => {
		const options = { strategy: 'random' as const, budget: { trials: 3 }, k: 3, space };
		const seen: number[] = [];
		const a = await runSearch(table, base, options, { onTrial: (t) => seen.push(t.id) });
		expect(a.trials).toHaveLength(3);
		expect(seen).toEqual([1, 2, 3]);
		expect(a.stopped).toBeNull();
		expect(a.trials.every((t) => t.status === 'done' && t.cvScores?.rocAuc !== null)).toBe(true);
		expect(a.best).toEqual(rankTrials(a.trials, 'rocAuc')[0]);
		const b = await runSearch(table, base, options);
		expect(b.trials.map((t) => [t.params, t.cvScores])).toEqual(
			a.trials.map((t) => [t.params, t.cvScores])
		);
		// One default per family opens the search (the same for every seed); the draws after it follow the seed.
		expect(a.trials.slice(0, 2).map((t) => t.params.family)).toEqual(['logistic', 'mlp']);
		const other = await runSearch(table, { ...base, seed: 7 }, options);
		expect(other.trials.slice(0, 2).map((t) => t.params)).toEqual(
			a.trials.slice(0, 2).map((t) => t.params)
		);
		expect(other.trials[2].params).not.toEqual(a.trials[2].params);
	});

	it('records a failing trial with its reason and goes on', async () => {
		// A layout wider than the model settings allow (4,096 units) is refused; the other trains.
		const mixed = { ...space, families: ['mlp' as const], hiddenLayouts: [[8], [5000]] };
		const outcome = await runSearch(table, base, {
			strategy: 'random',
			budget: { trials: 4 },
			k: 3,
			space: mixed
		});
		expect(outcome.trials).toHaveLength(4);
		const failed = outcome.trials.filter((t) => t.status === 'failed');
		const done = outcome.trials.filter((t) => t.status === 'done');
		expect(failed.length).toBeGreaterThan(0);
		expect(done.length).toBeGreaterThan(0);
		for (const t of failed) {
			expect([t.cvScores, t.params.hiddenUnits, t.error?.code]).toEqual([
				null,
				[5000],
				'settings-invalid'
			]);
			expect(t.error?.message).toContain('hiddenUnits');
		}
		expect(outcome.best?.status).toBe('done');
	});

	it('successive halving gives the best of each rung more epochs', async () => {
		const outcome = await runSearch(
			{ ...table },
			{ ...base, model: { ...base.model, maxEpochs: 9 } },
			{ strategy: 'halving', budget: { trials: 4 }, k: 3, space, metric: 'logLoss' }
		);
		// Budget 4 → rungs [3, 1] → 3 trials on 3 epochs, the best continues on 9.
		expect(outcome.trials.map((t) => [t.rung, t.params.maxEpochs])).toEqual([
			[0, 3],
			[0, 3],
			[0, 3],
			[1, 9]
		]);
		const rung0 = outcome.trials.filter((t) => t.rung === 0);
		const survivor = outcome.trials[3];
		expect(survivor.parentId).toBe(rankTrials(rung0, 'logLoss')[0].id);
		expect({ ...survivor.params, maxEpochs: 3 }).toEqual(
			rung0.find((t) => t.id === survivor.parentId)?.params
		);
		expect(outcome.best?.id).toBe(4);
	});

	it('TPE cross-validates its random start, then its model-based choices, within the budget', async () => {
		const outcome = await runSearch(table, base, {
			strategy: 'tpe',
			budget: { trials: 6 },
			k: 3,
			space
		});
		// Budget 6 → 5 random draws, then one chosen by TPE from their scores.
		expect(outcome.trials).toHaveLength(6);
		expect(outcome.trials.every((t) => t.status === 'done' && t.rung === 0)).toBe(true);
		const random = await runSearch(table, base, {
			strategy: 'random',
			budget: { trials: 5 },
			k: 3,
			space
		});
		expect(outcome.trials.slice(0, 5).map((t) => [t.params, t.cvScores])).toEqual(
			random.trials.map((t) => [t.params, t.cvScores])
		);
		expect(space.families).toContain(outcome.trials[5].params.family);
		expect(outcome.best).toEqual(rankTrials(outcome.trials, 'rocAuc')[0]);
	});

	it('cross-validates gradient-boosted trees with the sampled tree settings', async () => {
		const trees = { ...space, families: ['gbdt' as const], treeIterations: [20] };
		const outcome = await runSearch(table, base, {
			strategy: 'tpe',
			budget: { trials: 2 },
			k: 3,
			space: trees
		});
		expect(outcome.trials).toHaveLength(2);
		for (const t of outcome.trials) {
			expect(t.status).toBe('done');
			expect(t.params).toMatchObject({ family: 'gbdt', maxEpochs: 20 });
			expect(t.cvScores?.rocAuc?.mean).toBeGreaterThan(0.6);
		}
	});

	it('keeps the finished trials when cancelled, and stops when the minutes run out', async () => {
		const controller = new AbortController();
		const cancelled = await runSearch(
			table,
			base,
			{ strategy: 'random', budget: { trials: 5 }, k: 3, space },
			{
				signal: controller.signal,
				onTrial: () => controller.abort()
			}
		);
		expect(cancelled.stopped).toBe('cancelled');
		expect(cancelled.trials).toHaveLength(1);
		expect(cancelled.best?.id).toBe(1);
		const timedOut = await runSearch(table, base, {
			strategy: 'random',
			budget: { trials: 5, minutes: 0 },
			k: 3,
			space
		});
		expect(timedOut.stopped).toBe('time');
		expect(timedOut.trials).toEqual([]);
		expect(timedOut.best).toBeNull();
	});

	it('refuses a bad fold count before any trial runs', async () => {
		await expect(runSearch(table, base, { strategy: 'random', k: 2 })).rejects.toMatchObject({
			code: 'settings-invalid'
		});
	});
});
