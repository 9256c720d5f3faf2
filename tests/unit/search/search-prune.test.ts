/**
 * Median pruning of drawn trials (search/prune.ts): the bars come from the finished trials' fold scores, a
 * cross-validation stops with trial-pruned below them, and the search records such trials as pruned — only
 * past the starting trials, only when the setup prunes (1,000+ held-out rows per fold).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { takeRows, type Table } from '$lib/data/table';
import { crossValidatePrepared, prepareFolds } from '$lib/search/cross-validate';
import type { CvSummary } from '$lib/runs/cv-summary';
import {
	defaultSearchSpace,
	runSearch,
	runSearchWith,
	startingTrials,
	type Trial,
	type TrialEvaluator
} from '$lib/search';
import { PRUNE_STARTUP, pruneFoldsOf, pruningBars } from '$lib/search/prune';
import type { TrainSettings } from '$lib/runs/types';
import { FaroError } from '$lib/shared/errors';
import { loadGermanCredit } from '../helpers/german-credit';

const doneTrial = (id: number, foldScores: (number | null)[]): Trial => ({
	id,
	rung: 0,
	parentId: null,
	params: {} as Trial['params'],
	cvScores: null,
	status: 'done',
	foldScores,
	durationMs: 1
});

const summaryOf = (rocAuc: number) =>
	({ rocAuc: { mean: rocAuc, std: 0, folds: 3 } }) as unknown as CvSummary;

describe('pruningBars', () => {
	it('waits for five complete trials, then takes the median running mean after each fold but the last', () => {
		const trials = [
			doneTrial(1, [0.7, 0.9, 0.8]),
			doneTrial(2, [0.6, 0.6, 0.6]),
			doneTrial(3, [0.8, 0.8, 0.8]),
			doneTrial(4, [0.9, 0.7, 0.8]),
			doneTrial(5, [0.5, 0.9, 0.7])
		];
		expect(pruningBars(trials.slice(0, PRUNE_STARTUP - 1), 'rocAuc', 3)).toBeNull();
		const bars = pruningBars(trials, 'rocAuc', 3);
		// after one fold: median of 0.7, 0.6, 0.8, 0.9, 0.5; after two: of 0.8, 0.6, 0.8, 0.8, 0.7
		expect(bars?.metric).toBe('rocAuc');
		expect(bars?.bars).toHaveLength(2);
		expect(bars?.bars[0]).toBeCloseTo(0.7, 12);
		expect(bars?.bars[1]).toBeCloseTo(0.8, 12);
	});

	it('leaves out trials with an undefined fold, failed ones and other fold counts; orients log loss', () => {
		const trials = [
			doneTrial(1, [0.3, 0.5]),
			doneTrial(2, [0.4, 0.4]),
			doneTrial(3, [0.2, 0.2]),
			doneTrial(4, [0.6, 0.2]),
			doneTrial(5, [null, 0.1]),
			{ ...doneTrial(6, [0.1, 0.1]), status: 'failed' as const },
			doneTrial(7, [0.1, 0.1, 0.1])
		];
		expect(pruningBars(trials, 'logLoss', 2)).toBeNull();
		const bars = pruningBars([...trials, doneTrial(8, [0.5, 0.5])], 'logLoss', 2);
		// log loss is lower-is-better: bars are negated means; first-fold median of 0.3, 0.4, 0.2, 0.6, 0.5
		expect(bars?.bars).toEqual([-0.4]);
	});
});

describe('a cross-validation with pruning bars', () => {
	let table: Table;
	let base: TrainSettings;
	beforeAll(async () => {
		const credit = await loadGermanCredit();
		table = credit.table;
		base = credit.settingsFor('logistic');
		base.model = { ...base.model, maxEpochs: 3 };
	});

	it('stops after the first fold below its bar, saying by how much; a reachable bar changes nothing', async () => {
		const prepared = prepareFolds(table, base, 3);
		const error = await crossValidatePrepared(prepared, base, {
			prune: { metric: 'rocAuc', bars: [1.01, 1.01] }
		}).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(FaroError);
		expect(error).toMatchObject({ code: 'trial-pruned' });
		expect((error as FaroError).message).toMatch(
			/^Stopped after the first fold: ROC AUC 0\.\d{3}, worse than the median of the earlier trials at that point \(1\.010\)\.$/
		);
		const data = (error as FaroError).detail.data as Record<string, number>;
		expect(data.folds).toBe(1);
		const cv = await crossValidatePrepared(prepared, base, {
			prune: { metric: 'rocAuc', bars: [0.5, 0.5] }
		});
		const plain = await crossValidatePrepared(prepared, base);
		expect(cv.folds).toHaveLength(3);
		expect(cv.summary.rocAuc).toEqual(plain.summary.rocAuc);
	});

	it('prunes from 1,000 held-out rows per fold (German credit folds are smaller); trials report fold scores', async () => {
		expect(pruneFoldsOf(prepareFolds(table, base, 3))).toBeUndefined();
		const big = takeRows(
			table,
			Int32Array.from({ length: 6000 }, (_, i) => i % table.rowCount)
		);
		expect(pruneFoldsOf(prepareFolds(big, base, 3))).toBe(3);
		const outcome = await runSearch(
			table,
			base,
			{ strategy: 'random', budget: { trials: 1 }, k: 3, ensemble: false },
			{}
		);
		const scores = outcome.trials[0].foldScores as number[];
		expect(scores).toHaveLength(3);
		expect(outcome.trials[0].cvScores?.rocAuc?.mean).toBeCloseTo(
			scores.reduce((a, b) => a + b, 0) / 3,
			12
		);
	});
});

describe('the search with pruning', () => {
	const base = {
		target: 'y',
		columns: [
			{ name: 'a', kind: 'numeric', role: 'feature' },
			{ name: 'y', kind: 'categorical', role: 'target' }
		]
	};

	it('records drawn trials below the bars as pruned, never the starting ones, and goes on', async () => {
		const { defaultTrainSettings } = await import('$lib/runs/default-settings');
		const settings = defaultTrainSettings(base as never, 1000, 'logistic');
		const space = defaultSearchSpace(settings, 1000);
		const starting = startingTrials(space, settings, 3, 800);
		const given: (number[] | undefined)[] = [];
		let n = 0;
		const evaluate: TrialEvaluator = async (_params, work) => {
			given.push(work.prune?.bars);
			expect(work.metric).toBe('rocAuc');
			n++;
			// trials score 0.70, 0.71, …; every fourth drawn trial is poor in its first fold
			const first = n % 4 === 0 ? 0.5 : 0.7 + n / 100;
			if (work.prune && first < work.prune.bars[0])
				throw new FaroError('trial-pruned', `Stopped after the first fold: ROC AUC ${first}.`);
			const scores = [first, 0.7 + n / 100, 0.7 + n / 100];
			return { summary: summaryOf(scores.reduce((a, b) => a + b) / 3), foldScores: scores };
		};
		const outcome = await runSearchWith(
			evaluate,
			{ seed: 3, maxEpochs: 3, space, starting, pruneFolds: 3 },
			{ strategy: 'tpe', budget: { trials: 12 }, ensemble: false }
		);
		expect(outcome.trials).toHaveLength(12);
		// the starting trials and the trials before five have finished get no bars
		expect(given.slice(0, PRUNE_STARTUP).every((b) => b === undefined)).toBe(true);
		expect(given[PRUNE_STARTUP]).toHaveLength(2);
		const pruned = outcome.trials.filter((t) => t.status === 'pruned');
		expect(pruned.map((t) => t.id)).toEqual([8, 12]);
		expect(pruned[0]).toMatchObject({ cvScores: null, error: { code: 'trial-pruned' } });
		expect(outcome.trials[3]).toMatchObject({ status: 'done' }); // trial 4 is poor too, but before the bars
		expect(outcome.best?.status).toBe('done');

		// without pruneFolds, nothing is pruned
		n = 0;
		given.length = 0;
		const plain = await runSearchWith(
			evaluate,
			{ seed: 3, maxEpochs: 3, space, starting },
			{ strategy: 'tpe', budget: { trials: 12 }, ensemble: false }
		);
		expect(given.every((b) => b === undefined)).toBe(true);
		expect(plain.trials.filter((t) => t.status === 'pruned')).toHaveLength(0);
	});
});
