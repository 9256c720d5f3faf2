/**
 * Ensemble selection over a search's finished trials (Caruana et al., 2004, "Ensemble selection from libraries
 * of models", as auto-sklearn runs it): greedy forward selection with replacement on the trials' out-of-fold
 * probabilities. At each step the candidate whose addition gives the best blend joins it (again, if already
 * in); a blend is the average of its members' probabilities, weighted by how often each was picked, scored
 * exactly as a trial is (per fold: threshold on the inner validation slice, metric on the held-out fold, mean
 * over the folds). The best-scoring prefix of the steps is kept. No refitting: the folds' predictions were
 * made by models that never saw the rows they scored, so the blend's score is as honest as a trial's.
 */
import { evaluate, type Metrics } from '$lib/eval';
import { weightedAverage } from '$lib/models/weighted-average';
import { thresholdOnValidation } from '$lib/training/validation-threshold';
import type { FoldPredictions } from './cross-validate';
import { summarizeFolds } from '$lib/runs/cv-summary';
import type { TrainSettings } from '$lib/runs/types';
import { createFoldScorer } from './blend-score';
import { orientedScore, rankTrials, type RankMetric } from './rank';
import type { EnsembleChoice, Trial } from '$lib/runs/trial';

/** Greedy steps (auto-sklearn's `ensemble_size` is 50; 25 picks give weights in 4% steps). */
export const ENSEMBLE_STEPS = 25;
/** Most distinct trials in a blend: each is refitted and kept in the bundle, so size and time grow with it. */
export const ENSEMBLE_MAX_MEMBERS = 5;
/** A blend must beat the best single candidate's score by more than this, else the single trial stays. */
export const ENSEMBLE_MIN_GAIN = 1e-4;
/**
 * Scores closer than this count as equal: equal blends reached through different sums differ in the last
 * bits only, and then the better-ranked trial (or the shorter prefix) must win.
 */
const SCORE_TIE = 1e-12;

/** A finished trial and its fold models' probabilities (fold order of the search's folds). */
export type EnsembleCandidate = { trial: Trial; predictions: FoldPredictions[] };

/** The search's folds as selection needs them: true classes of each fold's held-out rows and inner slice. */
export type EnsembleFold = { heldOutY: Int32Array; validationY: Int32Array };

/** What stays fixed across the blends compared: folds, classes, how the threshold is chosen. */
export type EnsembleContext = {
	folds: EnsembleFold[];
	labels: string[];
	/** Binary: the scored class; undefined for multiclass. */
	positiveIndex: number | undefined;
	threshold: TrainSettings['threshold'];
};

/**
 * Chooses a blend of `candidates` by greedy forward selection with replacement (`ENSEMBLE_STEPS` steps, at most
 * `ENSEMBLE_MAX_MEMBERS` distinct trials; ties → the better-ranked trial), keeping the best-scoring prefix.
 * Null when that prefix has fewer than two distinct trials, or when it does not beat the best single candidate
 * by more than `ENSEMBLE_MIN_GAIN` on `metric` (log loss: lower is better). Candidates whose predictions do
 * not fit the folds (other row counts, non-finite values) are left out.
 * @example
 * const choice = selectEnsemble(candidates, context, 'rocAuc');
 * choice?.members; // [{ trialId: 7, weight: 0.48 }, { trialId: 3, weight: 0.32 }, …]
 */
export function selectEnsemble(
	candidates: readonly EnsembleCandidate[],
	context: EnsembleContext,
	metric: RankMetric
): EnsembleChoice | null {
	const ranked = rankCandidates(
		candidates.filter((c) => fitsFolds(c, context)),
		metric
	);
	if (ranked.length < 2 || context.folds.length === 0) return null;
	const picks = greedyPicks(ranked, context, metric);
	if (picks === null) return null;
	const counts = new Map<number, number>();
	for (const index of picks.sequence) counts.set(index, (counts.get(index) ?? 0) + 1);
	if (counts.size < 2 || picks.score - picks.firstScore <= ENSEMBLE_MIN_GAIN) return null;
	const members = [...counts]
		.sort(([a, countA], [b, countB]) => countB - countA || a - b)
		.map(([index, count]) => ({ candidate: ranked[index], count }));
	const cvScores = summarizeFolds(blendMetrics(members, context));
	const total = picks.sequence.length;
	return {
		members: members.map(({ candidate, count }) => ({
			trialId: candidate.trial.id,
			weight: count / total
		})),
		cvScores
	};
}

/**
 * Per-fold metrics of the blend `members` (each weighted by its selection count), computed as
 * `crossValidatePrepared` computes a trial's: the blend's threshold chosen on its inner validation
 * probabilities (binary), `evaluate` on the held-out fold.
 * @throws FaroError eval-input-invalid when the predictions do not fit the folds
 */
export function blendMetrics(
	members: readonly { candidate: EnsembleCandidate; count: number }[],
	context: EnsembleContext
): Metrics[] {
	const { labels, positiveIndex, threshold } = context;
	const k = labels.length;
	return context.folds.map((fold, f) => {
		// Weighted by selection counts: Σ count·p divided once by the total stays ≤ 1 exactly.
		const blend = (pick: (p: FoldPredictions) => Float32Array, rows: number) =>
			weightedAverage(
				members.map(({ candidate, count }) => ({
					weight: count,
					proba: pick(candidate.predictions[f])
				})),
				rows * k
			);
		const heldOut = blend((p) => p.heldOut, fold.heldOutY.length);
		const cut =
			positiveIndex === undefined
				? undefined
				: thresholdOnValidation(
						blend((p) => p.validation, fold.validationY.length),
						fold.validationY,
						k,
						positiveIndex,
						threshold
					);
		return evaluate(fold.heldOutY, heldOut, { labels, positiveIndex, threshold: cut });
	});
}

/** The greedy steps' picks (indices into `ranked`) up to the best-scoring prefix; null when nothing scores. */
function greedyPicks(
	ranked: readonly EnsembleCandidate[],
	context: EnsembleContext,
	metric: RankMetric
): { sequence: number[]; score: number; firstScore: number } | null {
	const k = context.labels.length;
	const folds = context.folds.map((fold) => {
		const scorer = createFoldScorer({
			...fold,
			classCount: k,
			positiveIndex: context.positiveIndex,
			threshold: context.threshold,
			metric
		});
		const size = (rows: number) => new Float64Array(rows * k);
		const validationRows = scorer.needsValidation ? fold.validationY.length : 0;
		return {
			scorer,
			// Running Σ of the picked members' probabilities, and the blend under test.
			sum: { heldOut: size(fold.heldOutY.length), validation: size(validationRows) },
			trial: { heldOut: size(fold.heldOutY.length), validation: size(validationRows) }
		};
	});
	const orient = metric === 'logLoss' ? -1 : 1;

	/** Oriented mean over the folds (where defined) of the blend of the current picks plus `index`. */
	const scoreWith = (index: number, picked: number): number => {
		let sum = 0;
		let defined = 0;
		folds.forEach((fold, f) => {
			const p = ranked[index].predictions[f];
			averageInto(fold.trial.heldOut, fold.sum.heldOut, p.heldOut, picked + 1);
			if (fold.scorer.needsValidation)
				averageInto(fold.trial.validation, fold.sum.validation, p.validation, picked + 1);
			const value = fold.scorer.score(
				fold.trial.heldOut,
				fold.scorer.needsValidation ? fold.trial.validation : null
			);
			if (value !== null) {
				sum += value;
				defined++;
			}
		});
		// The same mean as summarizeFolds (folds in order), so a single pick scores as its trial does.
		return defined === 0 ? -Infinity : orient * (sum / defined);
	};

	const sequence: number[] = [];
	const scores: number[] = [];
	const inBlend = new Set<number>();
	for (let step = 0; step < ENSEMBLE_STEPS; step++) {
		let best = -1;
		let bestScore = -Infinity;
		ranked.forEach((_, index) => {
			if (inBlend.size >= ENSEMBLE_MAX_MEMBERS && !inBlend.has(index)) return;
			const score = scoreWith(index, step);
			if (score > bestScore + SCORE_TIE) {
				best = index;
				bestScore = score;
			}
		});
		if (best < 0) break; // no blend has a defined score
		sequence.push(best);
		scores.push(bestScore);
		inBlend.add(best);
		const p = ranked[best].predictions;
		folds.forEach((fold, f) => {
			addInto(fold.sum.heldOut, p[f].heldOut);
			if (fold.scorer.needsValidation) addInto(fold.sum.validation, p[f].validation);
		});
	}
	if (sequence.length === 0) return null;
	let length = 1;
	for (let i = 1; i < scores.length; i++)
		if (scores[i] > scores[length - 1] + SCORE_TIE) length = i + 1;
	return { sequence: sequence.slice(0, length), score: scores[length - 1], firstScore: scores[0] };
}

/** out = (sum + p) / count, element-wise. */
function averageInto(out: Float64Array, sum: Float64Array, p: Float32Array, count: number): void {
	for (let i = 0; i < out.length; i++) out[i] = (sum[i] + p[i]) / count;
}

function addInto(sum: Float64Array, p: Float32Array): void {
	for (let i = 0; i < sum.length; i++) sum[i] += p[i];
}

/** Candidates best first by their trial's score (ties: lower id), as the leaderboard ranks them. */
function rankCandidates(
	candidates: readonly EnsembleCandidate[],
	metric: RankMetric
): EnsembleCandidate[] {
	const byTrial = new Map(candidates.map((c) => [c.trial, c]));
	return rankTrials(
		candidates.map((c) => c.trial),
		metric
	).flatMap((t) => {
		const candidate = byTrial.get(t);
		return candidate && orientedScore(t, metric) > -Infinity ? [candidate] : [];
	});
}

/** True when the candidate has one prediction per fold, of the fold's shape, every value a probability. */
function fitsFolds(candidate: EnsembleCandidate, context: EnsembleContext): boolean {
	const k = context.labels.length;
	if (candidate.predictions.length !== context.folds.length) return false;
	return context.folds.every((fold, f) => {
		const { heldOut, validation } = candidate.predictions[f];
		return (
			heldOut.length === fold.heldOutY.length * k &&
			validation.length === fold.validationY.length * k &&
			isProbabilities(heldOut) &&
			isProbabilities(validation)
		);
	});
}

function isProbabilities(values: Float32Array): boolean {
	for (let i = 0; i < values.length; i++) if (!(values[i] >= 0 && values[i] <= 1)) return false;
	return true;
}
