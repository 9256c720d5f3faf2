/**
 * What ensemble selection works from, gathered while a search runs: which trials may join a blend (those that
 * ran their configuration in full), the fold predictions of the best few of them, and the folds' classes.
 */
import type { PreparedFolds } from './cross-validate';
import type { TrainSettings } from '$lib/runs/types';
import type { EnsembleCandidate, EnsembleContext } from './ensemble-select';
import { rankTrials, type RankMetric } from './rank';
import { fullEpochs } from './space';
import type { Trial } from '$lib/runs/trial';

/** Trials whose fold predictions a search keeps for the selection (the best by the rank metric). */
export const ENSEMBLE_CANDIDATES = 12;

/**
 * Adds `candidate` to `kept` (by trial id) when its trial can join a blend: done, and trained on its
 * configuration's full epochs (iterations for trees). That is every random and TPE trial; with successive
 * halving, only the rungs that gave a configuration its full budget (lower rungs are shorter runs of the same
 * configurations). Then only `ENSEMBLE_CANDIDATES` stay, so at most that many trials' fold predictions are held
 * at once: the best by `metric`, except that each model family's best trial is always kept (TPE tends to fill
 * the top with one family; a blend gains most from models that err differently).
 * @param maxEpochs the search's epoch cap of logistic and MLP trials (`SearchSetup.maxEpochs`)
 */
export function keepCandidate(
	kept: Map<number, EnsembleCandidate>,
	candidate: EnsembleCandidate,
	maxEpochs: number,
	metric: RankMetric
): void {
	if (!isEnsembleCandidate(candidate.trial, maxEpochs)) return;
	kept.set(candidate.trial.id, candidate);
	if (kept.size <= ENSEMBLE_CANDIDATES) return;
	const ranked = rankTrials(
		[...kept.values()].map((c) => c.trial),
		metric
	);
	// The best trial of each model family stays, so a blend can mix families even when one family fills the top.
	const familyBest = new Set<number>();
	const seen = new Set<string>();
	for (const t of ranked) {
		if (seen.has(t.params.family)) continue;
		seen.add(t.params.family);
		familyBest.add(t.id);
	}
	const dropped = ranked.findLast((t) => !familyBest.has(t.id)) ?? ranked[ranked.length - 1];
	kept.delete(dropped.id);
}

/** True when the trial is done and ran its configuration in full (`fullEpochs`), so it can join a blend. */
export const isEnsembleCandidate = (trial: Trial, maxEpochs: number): boolean =>
	trial.status === 'done' && trial.params.maxEpochs === fullEpochs(trial.params, maxEpochs);

/** The folds' classes as ensemble selection needs them. */
export function ensembleContext(prepared: PreparedFolds, base: TrainSettings): EnsembleContext {
	const pick = (indices: Int32Array) => Int32Array.from(indices, (i) => prepared.y[i]);
	return {
		folds: prepared.folds.map((plan) => ({
			heldOutY: pick(plan.heldOut),
			validationY: pick(plan.innerValidation)
		})),
		labels: prepared.labels,
		positiveIndex: prepared.positiveIndex,
		threshold: base.threshold
	};
}
