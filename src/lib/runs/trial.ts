/** A trial of the search and the search's record as kept with the run it produced. */
import type { FaroErrorData } from '$lib/shared/errors';
import type { CvMetricKey, CvSummary } from './cv-summary';
import type { TrialParams } from './trial-params';

export type SearchStrategy = 'random' | 'halving' | 'tpe';

/** The strategies as the search panel offers them. */
export const SEARCH_STRATEGIES: { key: SearchStrategy; label: string }[] = [
	{ key: 'tpe', label: 'Model-based (TPE)' },
	{ key: 'halving', label: 'Successive halving' },
	{ key: 'random', label: 'Random search' }
];

/** One configuration cross-validated once. */
/** The metric trials are ranked by (search/rank.ts). */
export type RankMetric = Extract<
	CvMetricKey,
	'rocAuc' | 'prAuc' | 'f1Macro' | 'balancedAccuracy' | 'logLoss'
>;

export type Trial = {
	/** 1, 2, … in the order trials started. */
	id: number;
	/** Successive halving's rung (0 = cheapest epochs); always 0 for random search and TPE. */
	rung: number;
	/** The trial this one continues (same configuration, previous rung), if any. */
	parentId: number | null;
	params: TrialParams;
	/** Mean ± std per metric over the folds; null when the trial failed or was skipped. */
	cvScores: CvSummary | null;
	/**
	 * `skipped`: its first folds showed it could not finish inside the remaining budget; `pruned`: its first
	 * folds scored below the median of the earlier trials (search/prune.ts). `error` says which and why.
	 */
	status: 'done' | 'failed' | 'skipped' | 'pruned';
	/** The ranking metric per fold, in fold order (null where undefined), for done trials; absent in older records. */
	foldScores?: (number | null)[];
	error?: FaroErrorData;
	durationMs: number;
};

/**
 * A blend of finished trials chosen by ensemble selection (search/ensemble-select.ts): members heaviest first,
 * weights summing to 1, and the blend's own cross-validated scores (same folds as the trials').
 */
export type EnsembleChoice = {
	members: { trialId: number; weight: number }[];
	cvScores: CvSummary;
};

/**
 * Kept on the run the search trained (the run record's `search`), so its leaderboard can be reopened; model
 * files still carry it inside `training.settings` (bundle/write-bundle.ts).
 */
export type SearchRecord = {
	strategy: SearchStrategy;
	metric: RankMetric;
	k: number;
	bestId: number | null;
	trials: Trial[];
	/** The blend the search ended with; absent when none beat the best trial, and in older records. */
	ensemble?: EnsembleChoice;
};
