/**
 * Ranking trials: by the cross-validated mean of one metric (ROC AUC by default), higher is better except
 * for log loss. Failed trials and trials whose metric is undefined rank last.
 */
import type { RankMetric, Trial } from '$lib/runs/trial';

export type { RankMetric } from '$lib/runs/trial';

export const RANK_METRICS: { key: RankMetric; label: string; lowerIsBetter: boolean }[] = [
	{ key: 'rocAuc', label: 'ROC AUC', lowerIsBetter: false },
	{ key: 'prAuc', label: 'PR AUC', lowerIsBetter: false },
	{ key: 'f1Macro', label: 'F1 (macro)', lowerIsBetter: false },
	{ key: 'balancedAccuracy', label: 'Balanced accuracy', lowerIsBetter: false },
	{ key: 'logLoss', label: 'Log loss', lowerIsBetter: true }
];

/** The trial's score, oriented so that higher is better; -Infinity when it has none. */
export function orientedScore(trial: Trial, metric: RankMetric): number {
	const summary = trial.status === 'done' ? trial.cvScores?.[metric] : null;
	if (!summary || !Number.isFinite(summary.mean)) return -Infinity;
	return metric === 'logLoss' ? -summary.mean : summary.mean;
}

/** Trials best first (stable: equal scores keep their order). */
export const rankTrials = (trials: readonly Trial[], metric: RankMetric): Trial[] =>
	[...trials].sort((a, b) => orientedScore(b, metric) - orientedScore(a, metric) || a.id - b.id);

/**
 * The best trial: the best-scoring done trial of the highest rung that has one (with successive halving,
 * later rungs are trained longer and are the ones to trust); null when no trial succeeded.
 */
export function bestTrial(trials: readonly Trial[], metric: RankMetric): Trial | null {
	const scored = trials.filter((t) => orientedScore(t, metric) > -Infinity);
	if (scored.length === 0) return null;
	const top = Math.max(...scored.map((t) => t.rung));
	return rankTrials(
		scored.filter((t) => t.rung === top),
		metric
	)[0];
}
