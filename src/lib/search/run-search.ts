/**
 * "Find the best model": configurations drawn from a search space, each cross-validated on the same folds
 * (same seed → same folds, so scores compare fairly), ranked by one metric.
 * - `random`: independent draws, each trained up to the base settings' `maxEpochs` (early stopping applies;
 *   a tree configuration up to its drawn iteration count).
 * - `halving`: successive halving (Jamieson & Talwalkar, 2016) with η = 3: many configurations on few epochs
 *   (boosting iterations for trees), the best third continue with 3× as many, until one runs in full.
 * - `tpe`: the Tree-structured Parzen Estimator (tpe.ts): random draws first, then each configuration is
 *   chosen from what the finished trials say about good and bad regions of the space; each runs in full.
 * Every strategy opens with the setup's starting trials (start-trials.ts: one default configuration per family,
 * trees first on tables), so each family has a full trial before the draws begin; TPE counts them among its
 * random start, successive halving among its first rung.
 * The budget is a number of trials (every cross-validation counts, rungs included) and/or minutes; whichever
 * ends first stops the search, and a trial cut off by the clock is dropped. A trial that fails (diverged, NaN
 * loss, invalid settings, out of memory) is recorded as failed and the search goes on; cancelling returns the
 * trials finished so far. `runSearchWith` takes the trial evaluation as a function, so strategies can be
 * tested on synthetic objectives without training anything.
 * Unless turned off, the search ends with ensemble selection (ensemble-select.ts) over the trials that ran their
 * configuration in full, from their folds' out-of-fold probabilities (ensemble-candidates.ts: which trials,
 * and only the best few keep their probabilities while the search runs).
 */
import type { Table } from '$lib/data/table';
import { asFaroError } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import { createRng, type Rng } from '$lib/shared/rng';
import {
	crossValidatePrepared,
	DEFAULT_FOLDS,
	prepareFolds,
	type FoldPruning
} from './cross-validate';
import { trialEvaluation } from './trial-evaluation';

export { trialEvaluation } from './trial-evaluation';
import type { TrainSettings } from '$lib/runs/types';
import { DEFAULT_SEARCH_BUDGET } from '$lib/runs/default-settings';
import { ensembleContext, keepCandidate } from './ensemble-candidates';
import { selectEnsemble, type EnsembleCandidate, type EnsembleContext } from './ensemble-select';
import { bestTrial, rankTrials, type RankMetric } from './rank';
import {
	applyParams,
	defaultSearchSpace,
	fullEpochs,
	neuralEpochCap,
	sampleParams,
	type SearchSpace,
	type TrialParams
} from './space';
import { validateSearchSpace } from './space-check';
import { suggestParams, tpeStartupTrials, tpeTakesOver } from './tpe';
import type { EnsembleChoice, SearchStrategy, Trial } from '$lib/runs/trial';
import { startClock, type Clock } from './clock';
import { startingTrials } from './start-trials';
import { pruneFoldsOf, pruningBars } from './prune';

export const HALVING_ETA = 3;
/**
 * 50 trials or 2 minutes. On German credit (bench/search-quality.ts, split seeds 1–5) TPE's 50 trials take
 * 13–121 s; the search's result (a blend of 5 trials each time) reaches a mean test ROC AUC of 0.762, its best
 * single trials 0.763 (20 trials: 0.750). On REFERENCE.md's split the blend scores 0.784 in 6 s (best trial
 * 0.768, scikit-learn's logistic regression 0.772). On text data and large tables the minutes bind first:
 * 43,500 × 9 with 7 classes, 8 trials, test macro ROC AUC 0.977 (XGBoost defaults 0.976); 15,000 × 16 with 26
 * classes, 4 trials, 0.982 (XGBoost 0.984).
 */
export const DEFAULT_BUDGET = DEFAULT_SEARCH_BUDGET;
const MAX_TRIALS = 200;

export type SearchOptions = {
	strategy: SearchStrategy;
	/** Trials and/or minutes; defaults to 50 trials and 2 minutes. */
	budget?: { trials?: number; minutes?: number };
	/** Folds, 3 to 10 (default 5). */
	k?: number;
	metric?: RankMetric;
	/** Defaults to `defaultSearchSpace` of the base settings. */
	space?: SearchSpace;
	/** End with ensemble selection over the finished trials (default true). */
	ensemble?: boolean;
};

export type SearchWork = {
	signal?: AbortSignal;
	onTrial?: (trial: Trial) => void;
	onProgress?: (p: Progress) => void;
	/**
	 * Trials evaluated elsewhere, `lanes` at a time (the studio: a pool of trial workers on CPU/WASM). Absent:
	 * one trial at a time, cross-validated here.
	 */
	parallel?: { evaluate: TrialEvaluator; lanes: number };
};

export type SearchOutcome = {
	trials: Trial[];
	best: Trial | null;
	/** Why the search ended early, if it did. */
	stopped: 'cancelled' | 'time' | null;
	/**
	 * The blend ensemble selection chose; null when it was turned off, the search was cancelled, or no blend
	 * beat the best single trial.
	 */
	ensemble: EnsembleChoice | null;
};

/**
 * A configuration's cross-validation: mean ± std per metric, the folds' scores in `work.metric` when asked,
 * and the folds' probabilities when asked.
 */
import type { TrialEvaluation } from './trial-evaluation';
export type { TrialEvaluation } from './trial-evaluation';

/**
 * Scores one configuration: mean ± std per metric over the folds, plus every fold's probabilities when
 * `keepPredictions` is set (for ensemble selection). Throws to fail the trial (a FaroError `cancelled`, or any
 * error once `signal` has fired, ends the search instead).
 */
export type TrialEvaluator = (
	params: TrialParams,
	work: {
		signal: AbortSignal;
		onProgress: (p: Progress) => void;
		keepPredictions?: boolean;
		/** The search's remaining time: a cross-validation projected to take longer stops early (cross-validate.ts). */
		timeLeftMs?: number;
		/** Report the folds' scores in this metric (`foldScores`). */
		metric?: RankMetric;
		/** Stop with `trial-pruned` when the first folds score below these bars (prune.ts). */
		prune?: FoldPruning;
	}
) => Promise<TrialEvaluation>;

/**
 * What a search keeps fixed: the seed of its draws, the epoch cap of neural trials, the space; and the folds'
 * classes for ensemble selection (without them, the search ends without one).
 */
export type SearchSetup = {
	seed: number;
	maxEpochs: number;
	space: SearchSpace;
	ensemble?: EnsembleContext;
	/** Configurations tried first, in order, before the strategy draws (none when absent). */
	starting?: TrialParams[];
	/** Median pruning of drawn trials over this many folds (prune.ts); absent: none. */
	pruneFolds?: number;
};

/**
 * Searches configurations for `base` (its target, columns, split and seed stay fixed), each scored by
 * stratified k-fold cross-validation on the non-test rows.
 * @throws FaroError target-missing, class-too-small, settings-invalid (before any trial runs)
 * @example
 * const { best } = await runSearch(table, settings, { strategy: 'tpe', budget: { trials: 20 } });
 */
export async function runSearch(
	table: Table,
	base: TrainSettings,
	options: SearchOptions,
	work: SearchWork = {}
): Promise<SearchOutcome> {
	// The trial workers prepare the same folds (same seed); preparing them here too gives selection their classes.
	const prepared = prepareFolds(table, base, options.k ?? DEFAULT_FOLDS);
	const foldRows = prepared.folds[0]?.innerTrain.length ?? 0;
	const space = options.space ?? defaultSearchSpace(base, table.rowCount);
	validateSearchSpace(space);
	const maxEpochs = neuralEpochCap(base);
	const setup: SearchSetup = {
		seed: base.seed,
		maxEpochs,
		space,
		ensemble: ensembleContext(prepared, base),
		starting: startingTrials(space, base, maxEpochs, foldRows),
		pruneFolds: pruneFoldsOf(prepared)
	};
	if (work.parallel)
		return runSearchWith(work.parallel.evaluate, setup, options, work, work.parallel.lanes);
	const evaluate: TrialEvaluator = async (params, w) => {
		const cv = await crossValidatePrepared(prepared, applyParams(base, params), w);
		return trialEvaluation(cv, w.metric);
	};
	return runSearchWith(evaluate, setup, options, work);
}

/**
 * The search loop over any trial evaluation (`runSearch` passes cross-validation; tests pass a synthetic
 * objective). `options.space` and `options.k` are ignored: the space is `setup.space`. With `lanes` > 1, that
 * many trials are evaluated at once: random and TPE draw the next configuration when a lane frees up (TPE
 * from the trials finished by then), successive halving runs each rung's contenders `lanes` at a time. One lane
 * gives exactly the sequential search.
 * @throws FaroError settings-invalid when the space has a problem
 */
export async function runSearchWith(
	evaluate: TrialEvaluator,
	setup: SearchSetup,
	options: Omit<SearchOptions, 'space' | 'k'>,
	work: SearchWork = {},
	lanes = 1
): Promise<SearchOutcome> {
	validateSearchSpace(setup.space);
	const metric = options.metric ?? 'rocAuc';
	const budget = options.budget ?? DEFAULT_BUDGET;
	const trialBudget = Math.min(MAX_TRIALS, Math.max(1, Math.floor(budget.trials ?? MAX_TRIALS)));
	const clock = startClock(budget.minutes, work.signal);
	const rng = createRng((setup.seed ^ 0x5ea4c4) >>> 0);
	const trials: Trial[] = [];
	const wantsEnsemble = options.ensemble !== false && setup.ensemble !== undefined;
	const ctx: Ctx = {
		evaluate,
		setup,
		clock,
		trials,
		trialBudget,
		work,
		metric,
		rng,
		lanes: Math.max(1, Math.floor(lanes)),
		started: 0,
		kept: wantsEnsemble ? new Map() : null
	};
	try {
		if (options.strategy === 'halving') await halving(ctx);
		else if (options.strategy === 'tpe') await tpe(ctx);
		else await random(ctx);
	} finally {
		clock.dispose();
	}
	const stopped = work.signal?.aborted ? 'cancelled' : clock.timedOut() ? 'time' : null;
	trials.sort((a, b) => a.id - b.id);
	let ensemble: EnsembleChoice | null = null;
	if (ctx.kept && setup.ensemble && stopped !== 'cancelled' && ctx.kept.size >= 2) {
		work.onProgress?.({
			phase: 'Choosing a blend of trials',
			done: trials.length,
			total: trials.length
		});
		ensemble = selectEnsemble([...ctx.kept.values()], setup.ensemble, metric);
	}
	return { trials, best: bestTrial(trials, metric), stopped, ensemble };
}

type Ctx = {
	evaluate: TrialEvaluator;
	setup: SearchSetup;
	clock: Clock;
	trials: Trial[];
	trialBudget: number;
	work: SearchWork;
	metric: RankMetric;
	rng: Rng;
	/** Trials evaluated at once. */
	lanes: number;
	/** Trials started so far (ids are handed out at start; with lanes > 1 they may finish out of order). */
	started: number;
	/** Ensemble candidates with their fold predictions, by trial id (null: no ensemble selection). */
	kept: Map<number, EnsembleCandidate> | null;
};

/**
 * Runs `ctx.lanes` loops at once, each taking the next job from `next` (null: no more) until the search must
 * stop. `next` is called when a lane frees up, so it sees every trial finished by then.
 */
async function inLanes<T>(
	ctx: Ctx,
	count: number,
	next: (index: number) => T | null,
	run: (job: T) => Promise<Trial | null>
): Promise<boolean> {
	let index = 0;
	let stop = false;
	const lane = async () => {
		while (!stop && index < count) {
			const job = next(index++);
			if (job === null) return;
			if (!(await run(job))) stop = true;
		}
	};
	await Promise.all(Array.from({ length: Math.min(ctx.lanes, count) }, lane));
	return !stop;
}

async function random(ctx: Ctx): Promise<void> {
	const { space, maxEpochs } = ctx.setup;
	const starting = ctx.setup.starting ?? [];
	await inLanes(
		ctx,
		ctx.trialBudget,
		(i) => ({
			params: starting[i] ?? sampleParams(space, ctx.rng, maxEpochs),
			prunable: i >= starting.length
		}),
		({ params, prunable }) => runTrial(ctx, params, 0, null, prunable)
	);
}

/**
 * The starting trials, then random draws up to TPE's start (exactly as random search draws them: same seed,
 * same stream) unless the time left calls TPE in earlier (`tpeTakesOver`), then TPE's choices.
 */
async function tpe(ctx: Ctx): Promise<void> {
	const { space, maxEpochs } = ctx.setup;
	const starting = ctx.setup.starting ?? [];
	const startup = tpeStartupTrials(ctx.trialBudget);
	let tpeFromNow = false; // once TPE takes over it keeps the search
	const random = (i: number) => {
		tpeFromNow ||= i >= startup || timeForTpe(ctx, startup - i);
		return !tpeFromNow;
	};
	await inLanes(
		ctx,
		ctx.trialBudget,
		(i) => ({
			params:
				starting[i] ??
				(random(i)
					? sampleParams(space, ctx.rng, maxEpochs)
					: suggestParams(space, ctx.trials, ctx.metric, ctx.rng, maxEpochs)),
			prunable: i >= starting.length
		}),
		({ params, prunable }) => runTrial(ctx, params, 0, null, prunable)
	);
}

/**
 * `tpeTakesOver` for this search: the durations of its trials that ran in full (skipped and pruned ones stopped
 * early and would make trials look cheaper), its clock and lanes.
 */
const timeForTpe = (ctx: Ctx, randomLeft: number): boolean =>
	tpeTakesOver(
		ctx.trials.filter((t) => t.status === 'done').map((t) => t.durationMs),
		ctx.clock.remainingMs(),
		ctx.lanes,
		randomLeft
	);

async function halving(ctx: Ctx): Promise<void> {
	const { space, maxEpochs } = ctx.setup;
	const sizes = halvingRungs(ctx.trialBudget);
	// Rung r of R trains a configuration on 1/η^(R−1−r) of its full epochs (or boosting iterations, or L-BFGS
	// iterations: an early rung's logistic regression is then unconverged, as an Adam one is under-trained).
	const epochsAt = (rung: number, params: TrialParams) =>
		Math.max(
			2,
			Math.round(fullEpochs(params, maxEpochs) / HALVING_ETA ** (sizes.length - 1 - rung))
		);
	const starting = ctx.setup.starting ?? [];
	let contenders: { params: TrialParams; parentId: number | null }[] = Array.from(
		{ length: sizes[0] },
		(_, i) => ({ params: starting[i] ?? sampleParams(space, ctx.rng, maxEpochs), parentId: null })
	);
	for (let rung = 0; rung < sizes.length; rung++) {
		const rungTrials: Trial[] = [];
		const going = await inLanes(
			ctx,
			contenders.length,
			(i) => contenders[i],
			async ({ params, parentId }) => {
				const trial = await runTrial(
					ctx,
					{ ...params, maxEpochs: epochsAt(rung, params) },
					rung,
					parentId
				);
				if (trial) rungTrials.push(trial);
				return trial;
			}
		);
		if (!going) return;
		rungTrials.sort((a, b) => a.id - b.id);
		const survivors = rankTrials(rungTrials, ctx.metric)
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

/**
 * Evaluates one configuration; null when the search must stop (cancelled, out of time or trials). A
 * `prunable` trial may stop after its first folds when the setup prunes (prune.ts).
 */
async function runTrial(
	ctx: Ctx,
	params: TrialParams,
	rung: number,
	parentId: number | null,
	prunable = false
): Promise<Trial | null> {
	const { trials, work, clock } = ctx;
	if (ctx.started >= ctx.trialBudget || clock.signal.aborted || clock.timedOut()) return null;
	const id = ++ctx.started;
	const planned = ctx.trialBudget;
	const startedMs = performance.now();
	const folds = ctx.setup.pruneFolds;
	const prune = prunable && folds ? pruningBars(trials, ctx.metric, folds) : null;
	let trial: Trial;
	try {
		const evaluation = await ctx.evaluate(params, {
			signal: clock.signal,
			onProgress: (p) =>
				work.onProgress?.({
					phase: `Trial ${id}: ${p.phase}`,
					done: trials.length,
					total: planned
				}),
			keepPredictions: ctx.kept !== null,
			metric: ctx.metric,
			...(prune && { prune }),
			...(Number.isFinite(clock.remainingMs()) && { timeLeftMs: clock.remainingMs() })
		});
		trial = {
			id,
			rung,
			parentId,
			params,
			cvScores: evaluation.summary,
			status: 'done',
			...(evaluation.foldScores && { foldScores: evaluation.foldScores }),
			durationMs: performance.now() - startedMs
		};
		if (ctx.kept && evaluation.predictions)
			keepCandidate(
				ctx.kept,
				{ trial, predictions: evaluation.predictions },
				ctx.setup.maxEpochs,
				ctx.metric
			);
	} catch (err) {
		const error = asFaroError(err);
		if (error.code === 'cancelled' || clock.signal.aborted) return null;
		trial = {
			id,
			rung,
			parentId,
			params,
			cvScores: null,
			status:
				error.code === 'trial-over-budget'
					? 'skipped'
					: error.code === 'trial-pruned'
						? 'pruned'
						: 'failed',
			error: error.toData(),
			durationMs: performance.now() - startedMs
		};
	}
	trials.push(trial);
	work.onTrial?.(trial);
	work.onProgress?.({ phase: `Trial ${id} ${trial.status}`, done: trials.length, total: planned });
	return trial;
}
