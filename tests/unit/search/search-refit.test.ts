/**
 * What a search's result is trained as (search/refit.ts): its blend when ensemble selection chose one, else its
 * best trial — each configuration in full, as the studio and the bench both train it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '$lib/data';
import { compareRuns, type RunRecord, type TrainSettings } from '$lib/runs';
import { isEnsembleArtifacts } from '$lib/models/artifacts';
import {
	planNeedsTfjs,
	refitPlan,
	refitSettings,
	searchRecord,
	trainPlan
} from '$lib/search/refit';
import { sampleParams, type SearchOutcome, type Trial, type TrialParams } from '$lib/search';
import { defaultSearchSpace } from '$lib/search/space';
import { createRng } from '$lib/shared/rng';
import type { CvSummary } from '$lib/runs/cv-summary';
import { loadGermanCredit } from '../helpers/german-credit';

let table: Table;
let base: TrainSettings;
let logistic: TrialParams;
let trees: TrialParams;

const trial = (id: number, params: TrialParams, auc: number): Trial => ({
	id,
	rung: 0,
	parentId: null,
	params,
	cvScores: { rocAuc: { mean: auc, std: 0.01, folds: 3 } } as unknown as CvSummary,
	status: 'done',
	durationMs: 10
});

beforeAll(async () => {
	const credit = await loadGermanCredit();
	table = credit.table;
	base = credit.settingsFor('logistic');
	const space = defaultSearchSpace(base);
	const rng = createRng(3);
	logistic = { ...sampleParams({ ...space, families: ['logistic'] }, rng, 5) };
	trees = sampleParams({ ...space, families: ['gbdt'], treeIterations: [20] }, rng, 5);
});

describe('refitPlan', () => {
	it('is the best trial, trained in full, when there is no blend', () => {
		const best = trial(2, trees, 0.77);
		const outcome: SearchOutcome = {
			trials: [trial(1, logistic, 0.7), best],
			best,
			stopped: null,
			ensemble: null
		};
		const plan = refitPlan(base, outcome);
		expect(plan?.kind).toBe('single');
		expect(plan?.settings).toEqual(refitSettings(base, trees));
		expect(plan?.settings.model.family).toBe('gbdt');
		expect(plan?.settings.model.maxEpochs).toBe(trees.trees?.maxIterations);
		expect(plan?.settings.finalFit).toBe('train+validation');
		expect(plan && planNeedsTfjs(plan)).toBe(false);
	});

	it('trains the single configuration, then refits it on the training + validation rows', async () => {
		const best = trial(2, trees, 0.77);
		const plan = refitPlan(base, { trials: [best], best, stopped: null, ensemble: null });
		if (!plan) throw new Error('expected a plan');
		const result = await trainPlan(table, plan);
		const { train, validation } = result.splitSizes;
		expect(result.finalFit?.rows).toBe(train + validation);
		expect(result.finalFit?.epochs).toBe(result.bestEpoch + 1);
	});

	it('is the blend, members heaviest first with their trials’ settings and descriptions', () => {
		const best = trial(2, trees, 0.77);
		const outcome: SearchOutcome = {
			trials: [trial(1, logistic, 0.76), best],
			best,
			stopped: 'time',
			ensemble: {
				members: [
					{ trialId: 1, weight: 0.6 },
					{ trialId: 2, weight: 0.4 }
				],
				cvScores: { rocAuc: { mean: 0.78, std: 0.01, folds: 3 } } as unknown as CvSummary
			}
		};
		const plan = refitPlan(base, outcome);
		if (plan?.kind !== 'ensemble') throw new Error('expected a blend');
		expect(plan.members.map((m) => [m.trialId, m.weight])).toEqual([
			[1, 0.6],
			[2, 0.4]
		]);
		// every member, like a single best configuration, is refitted on training + validation
		expect(plan.members[0].settings).toEqual(refitSettings(base, logistic));
		expect(plan.members.map((m) => m.settings.finalFit)).toEqual([
			'train+validation',
			'train+validation'
		]);
		expect(plan.settings).toBe(plan.members[0].settings);
		expect(plan.members[0].description).toMatch(/^Logistic \(L-BFGS · L2 /);
		expect(plan.members[1].description).toMatch(/^Trees \d+ leaves \(/);
		expect(planNeedsTfjs(plan)).toBe(true);
	});

	it('falls back to the best trial when the blend’s trials are not in the outcome, and is null without any', () => {
		const best = trial(2, trees, 0.77);
		const ensemble = {
			members: [
				{ trialId: 7, weight: 0.5 },
				{ trialId: 8, weight: 0.5 }
			],
			cvScores: {} as CvSummary
		};
		expect(refitPlan(base, { trials: [best], best, stopped: null, ensemble })?.kind).toBe('single');
		expect(refitPlan(base, { trials: [], best: null, stopped: null, ensemble: null })).toBeNull();
	});

	it('trains a blend plan as one run whose model is the blend, members in the plan’s order', async () => {
		const best = trial(2, trees, 0.77);
		const plan = refitPlan(base, {
			trials: [trial(1, logistic, 0.76), best],
			best,
			stopped: null,
			ensemble: {
				members: [
					{ trialId: 2, weight: 0.5 },
					{ trialId: 1, weight: 0.5 }
				],
				cvScores: {} as CvSummary
			}
		});
		if (!plan) throw new Error('expected a plan');
		const result = await trainPlan(table, plan);
		expect(result.model && isEnsembleArtifacts(result.model)).toBe(true);
		if (!result.model || !isEnsembleArtifacts(result.model)) return;
		expect(result.model.members.map((m) => m.trialId)).toEqual([2, 1]);
		expect(result.metrics.rocAuc).toBeGreaterThan(0.6);
	});
});

describe('searchRecord', () => {
	it('keeps how the search ran, every trial and the best, and the blend only when the run is that blend', () => {
		const best = trial(2, trees, 0.77);
		const ensemble = {
			members: [
				{ trialId: 1, weight: 0.6 },
				{ trialId: 2, weight: 0.4 }
			],
			cvScores: {} as CvSummary
		};
		const outcome: SearchOutcome = {
			trials: [trial(1, logistic, 0.76), best],
			best,
			stopped: null,
			ensemble
		};
		const blend = refitPlan(base, outcome);
		if (!blend) throw new Error('expected a plan');
		expect(searchRecord({ strategy: 'tpe' }, outcome, blend)).toEqual({
			strategy: 'tpe',
			metric: 'rocAuc',
			k: 5,
			bestId: 2,
			trials: outcome.trials,
			ensemble
		});
		const single = refitPlan(base, { ...outcome, ensemble: null });
		if (!single) throw new Error('expected a plan');
		expect(searchRecord({ strategy: 'random', metric: 'logLoss', k: 3 }, outcome, single)).toEqual({
			strategy: 'random',
			metric: 'logLoss',
			k: 3,
			bestId: 2,
			trials: outcome.trials
		});
	});
});

describe('compareRuns and blends', () => {
	it('shows whether a run is a blend of its search’s trials, with members and weights', () => {
		const run = (search: RunRecord['search']) =>
			({
				settings: { seed: 42, split: { train: 0.7, validation: 0.15, test: 0.15 } },
				search,
				dataset: { fingerprint: 'f' },
				result: null
			}) as unknown as RunRecord;
		const record = {
			strategy: 'tpe' as const,
			metric: 'rocAuc' as const,
			k: 5,
			bestId: 3,
			trials: []
		};
		const ensemble = {
			members: [
				{ trialId: 3, weight: 0.6 },
				{ trialId: 9, weight: 0.4 }
			],
			cvScores: {} as CvSummary
		};
		expect(compareRuns([run(record), run({ ...record, ensemble })]).settings).toEqual([
			{ path: 'blend', values: ['none', '#3 60%, #9 40%'] }
		]);
	});
});
