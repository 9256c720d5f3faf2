/**
 * "Find the best model": configurations drawn from a search space, each cross-validated on the same folds
 * (same seed → same folds, so scores compare fairly), ranked by one metric.
 * - `random`: independent draws, each trained up to the base settings' `maxEpochs` (early stopping applies).
 * - `halving`: successive halving (Jamieson & Talwalkar, 2016) with η = 3: many configurations on few epochs,
 *   the best third continue with 3× the epochs, until one runs on the full `maxEpochs`.
 * The budget is a number of trials (every cross-validation counts, rungs included) and/or minutes; whichever
 * ends first stops the search, and a trial cut off by the clock is dropped. A trial that fails (diverged, NaN
 * loss, invalid settings, out of memory) is recorded as failed and the search goes on; cancelling returns the
 * trials finished so far.
 */
import type { Table } from '$lib/data/table';
import { asFaroError } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import { createRng, type Rng } from '$lib/shared/rng';
import {
	crossValidatePrepared,
	DEFAULT_FOLDS,
	prepareFolds,
	type PreparedFolds
} from '../cross-validate';
import type { TrainSettings } from '../types';
import { bestTrial, rankTrials, type RankMetric } from './rank';
import {
	applyParams,
	defaultSearchSpace,
	sampleParams,
	type SearchSpace,
	type TrialParams
} from './space';
import type { SearchStrategy, Trial } from './trial';
import { startClock, type Clock } from './clock';

export const HALVING_ETA = 3;
export const DEFAULT_BUDGET = { trials: 20, minutes: 2 };
const MAX_TRIALS = 200;

export type SearchOptions = {
	strategy: SearchStrategy;
	/** Trials and/or minutes; defaults to 20 trials and 2 minutes. */
	budget?: { trials?: number; minutes?: number };
	/** Folds, 3 to 10 (default 5). */
	k?: number;
	metric?: RankMetric;
	space?: SearchSpace;
};

export type SearchWork = {
	signal?: AbortSignal;
	onTrial?: (trial: Trial) => void;
	onProgress?: (p: Progress) => void;
};

export type SearchOutcome = {
	trials: Trial[];
	best: Trial | null;
	/** Why the search ended early, if it did. */
	stopped: 'cancelled' | 'time' | null;
};

/**
 * Searches configurations for `base` (its target, columns, split and seed stay fixed).
 * @throws FaroError target-missing, class-too-small, settings-invalid (before any trial runs)
 * @example
 * const { best } = await runSearch(table, settings, { strategy: 'random', budget: { trials: 10 } });
 */
export async function runSearch(
	table: Table,
	base: TrainSettings,
	options: SearchOptions,
	work: SearchWork = {}
): Promise<SearchOutcome> {
	const metric = options.metric ?? 'rocAuc';
	const space = options.space ?? defaultSearchSpace(base);
	const budget = options.budget ?? DEFAULT_BUDGET;
	const trialBudget = Math.min(MAX_TRIALS, Math.max(1, Math.floor(budget.trials ?? MAX_TRIALS)));
	const prepared = prepareFolds(table, base, options.k ?? DEFAULT_FOLDS);
	const clock = startClock(budget.minutes, work.signal);
	const rng = createRng((base.seed ^ 0x5ea4c4) >>> 0);
	const trials: Trial[] = [];
	const ctx: Ctx = { prepared, base, clock, trials, trialBudget, work };
	try {
		if (options.strategy === 'halving') await halving(ctx, space, rng, metric);
		else await random(ctx, space, rng);
	} finally {
		clock.dispose();
	}
	const stopped = work.signal?.aborted ? 'cancelled' : clock.timedOut() ? 'time' : null;
	return { trials, best: bestTrial(trials, metric), stopped };
}

type Ctx = {
	prepared: PreparedFolds;
	base: TrainSettings;
	clock: Clock;
	trials: Trial[];
	trialBudget: number;
	work: SearchWork;
};

async function random(ctx: Ctx, space: SearchSpace, rng: Rng): Promise<void> {
	for (let i = 0; i < ctx.trialBudget; i++) {
		const params = sampleParams(space, rng, ctx.base.model.maxEpochs);
		if (!(await runTrial(ctx, params, 0, null))) return;
	}
}

async function halving(ctx: Ctx, space: SearchSpace, rng: Rng, metric: RankMetric): Promise<void> {
	const sizes = halvingRungs(ctx.trialBudget);
	const epochsAt = (rung: number) =>
		Math.max(2, Math.round(ctx.base.model.maxEpochs / HALVING_ETA ** (sizes.length - 1 - rung)));
	let contenders: { params: TrialParams; parentId: number | null }[] = Array.from(
		{ length: sizes[0] },
		() => ({
			params: sampleParams(space, rng, 0),
			parentId: null
		})
	);
	for (let rung = 0; rung < sizes.length; rung++) {
		const rungTrials: Trial[] = [];
		for (const { params, parentId } of contenders) {
			const trial = await runTrial(ctx, { ...params, maxEpochs: epochsAt(rung) }, rung, parentId);
			if (!trial) return;
			rungTrials.push(trial);
		}
		const survivors = rankTrials(rungTrials, metric)
			.filter((t) => t.status === 'done')
			.slice(0, sizes[rung + 1] ?? 0);
		contenders = survivors.map((t) => ({ params: t.params, parentId: t.id }));
	}
}

/**
 * Rung sizes for a budget of `trials` cross-validations: the largest n₀ with n₀ + ⌈n₀/η⌉ + … + 1 ≤ trials.
 * E.g. 20 → [12, 4, 2, 1]; 3 → [2, 1]; 1 → [1].
 */
export function halvingRungs(trials: number): number[] {
	const rungs = (n0: number) => {
		const sizes = [n0];
		while (sizes[sizes.length - 1] > 1)
			sizes.push(Math.ceil(sizes[sizes.length - 1] / HALVING_ETA));
		return sizes;
	};
	let n0 = 1;
	while (rungs(n0 + 1).reduce((a, b) => a + b, 0) <= trials) n0++;
	return rungs(n0);
}

/** Cross-validates one configuration; null when the search must stop (cancelled, out of time or trials). */
async function runTrial(
	ctx: Ctx,
	params: TrialParams,
	rung: number,
	parentId: number | null
): Promise<Trial | null> {
	const { trials, work, clock } = ctx;
	if (trials.length >= ctx.trialBudget || clock.signal.aborted || clock.timedOut()) return null;
	const id = trials.length + 1;
	const planned = ctx.trialBudget;
	const startedMs = performance.now();
	let trial: Trial;
	try {
		const cv = await crossValidatePrepared(ctx.prepared, applyParams(ctx.base, params), {
			signal: clock.signal,
			onProgress: (p) =>
				work.onProgress?.({ phase: `Trial ${id}: ${p.phase}`, done: trials.length, total: planned })
		});
		trial = {
			id,
			rung,
			parentId,
			params,
			cvScores: cv.summary,
			status: 'done',
			durationMs: performance.now() - startedMs
		};
	} catch (err) {
		const error = asFaroError(err);
		if (error.code === 'cancelled' || clock.signal.aborted) return null;
		trial = {
			id,
			rung,
			parentId,
			params,
			cvScores: null,
			status: 'failed',
			error: error.toData(),
			durationMs: performance.now() - startedMs
		};
	}
	trials.push(trial);
	work.onTrial?.(trial);
	work.onProgress?.({ phase: `Trial ${id} ${trial.status}`, done: trials.length, total: planned });
	return trial;
}
