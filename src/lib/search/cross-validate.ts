/**
 * Stratified k-fold cross-validation over the non-test rows (training + validation parts of the run's split;
 * the test part is never touched). Each fold repeats the whole pipeline on its own training rows
 * (`fitPipeline`: Recipe fit, balancing, model training), so nothing of the held-out fold leaks in. Early
 * stopping and the decision threshold need a validation set: an inner stratified slice of the fold's training
 * rows (the run's validation share, 15 / 85 by default) plays that part — never the held-out fold. The
 * held-out fold is then scored with `evaluate`, and each metric is summarised as mean ± std over the folds.
 * On request the folds' probabilities come back too (`keepPredictions`): ensemble selection blends trials
 * from them (search/ensemble-select.ts).
 */
import { takeRows, type Table } from '$lib/data/table';
import { applyRecipe } from '$lib/features';
import { stratifiedSplit } from '$lib/models';
import { disposeFitted, predictFitted } from '$lib/models/fitted-model';
import { checkCosts, evaluate, type Metrics } from '$lib/eval';
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import type { FittedRecipe } from '$lib/features';
import { foldRows, stratifiedFolds } from './folds';
import { fitPipeline, type Part } from '$lib/training/pipeline';
import { splitRows } from '$lib/training/split-rows';
import { positiveClassIndex } from '$lib/training/train-run';
import { thresholdOnValidation } from '$lib/training/validation-threshold';
import {
	CV_METRICS,
	cvMetricOf,
	summarizeFolds,
	type CvMetricKey,
	type CvSummary
} from '$lib/runs/cv-summary';
import type { TrainProgress, TrainSettings } from '$lib/runs/types';

export { DEFAULT_FOLDS } from '$lib/runs/default-settings';
import { DEFAULT_FOLDS } from '$lib/runs/default-settings';

/** One fold's rows, as positions in the kept rows (rows with a target value). */
export type FoldPlan = { innerTrain: Int32Array; innerValidation: Int32Array; heldOut: Int32Array };

/** Everything that stays fixed across the configurations compared by one search: target, split, folds. */
export type PreparedFolds = {
	rows: Table;
	y: Int32Array;
	labels: string[];
	positiveIndex: number | undefined;
	folds: FoldPlan[];
};

/** What a fold fitted, for inspection (tests check that the Recipe saw its training rows only). */
export type FoldFit = { fold: number; plan: FoldPlan; recipe: FittedRecipe };

export type FoldScore = { fold: number; rows: number; metrics: Metrics; epochs: number };

/**
 * A fold model's class probabilities, row-major rows × classes, rows in the plan's order: on the held-out fold
 * (`plan.heldOut`) and on the inner validation slice that chose its threshold (`plan.innerValidation`).
 */
export type FoldPredictions = { heldOut: Float32Array; validation: Float32Array };

export type CvResult = {
	k: number;
	folds: FoldScore[];
	summary: CvSummary;
	/** One per fold, in fold order; only when `CvWork.keepPredictions` asked for them. */
	predictions?: FoldPredictions[];
};

export type CvWork = {
	signal?: AbortSignal;
	onProgress?: (p: TrainProgress) => void;
	onFold?: (fit: FoldFit) => void;
	/** Return every fold's probabilities (`CvResult.predictions`), for ensemble selection. */
	keepPredictions?: boolean;
	/**
	 * The time the whole cross-validation may take (the search's remaining budget). After each fold, the folds'
	 * mean time projects the total; past this, it stops with `trial-over-budget` instead of running on.
	 */
	timeLeftMs?: number;
	/** Stop early when the folds so far score below the bars (median pruning, search/prune.ts). */
	prune?: FoldPruning;
};

/**
 * After fold j + 1 (j < k − 1), the mean of `metric` over the folds so far, oriented so that higher is better
 * (log loss negated), must reach `bars[j]`; otherwise the cross-validation stops with `trial-pruned`. A missing
 * or non-finite bar checks nothing.
 */
export type FoldPruning = { metric: CvMetricKey; bars: number[] };

/**
 * Encodes the target, splits as `trainRun` does (same seed → same test part), and deals the non-test rows
 * into `k` stratified folds, each with an inner validation slice of its training rows.
 * @throws FaroError target-missing, target-single-class, class-too-small, settings-invalid
 */
export function prepareFolds(
	table: Table,
	settings: TrainSettings,
	k = DEFAULT_FOLDS
): PreparedFolds {
	if (settings.threshold.method === 'cost') checkCosts(settings.threshold.costs);
	const { target, rows, classCount, split, rng } = splitRows(table, settings);
	const nonTest = Int32Array.from([...split.train, ...split.validation]).sort();
	const yNonTest = pick(target.y, nonTest);
	const foldOf = stratifiedFolds(yNonTest, classCount, k, rng, target.labels);
	const { train, validation } = settings.split;
	const share = validation > 0 ? validation / (train + validation) : 0.15;
	const folds = Array.from({ length: k }, (_, fold): FoldPlan => {
		const { train: foldTrain, heldOut } = foldRows(foldOf, fold);
		const inner = stratifiedSplit(
			pick(yNonTest, foldTrain),
			classCount,
			{ train: 1 - share, validation: share, test: 0 },
			rng,
			target.labels
		);
		const toRows = (positions: Int32Array) => Int32Array.from(positions, (p) => nonTest[p]);
		return {
			innerTrain: toRows(Int32Array.from(inner.train, (p) => foldTrain[p])),
			innerValidation: toRows(Int32Array.from(inner.validation, (p) => foldTrain[p])),
			heldOut: toRows(heldOut)
		};
	});
	const positiveIndex =
		classCount === 2
			? positiveClassIndex(settings.positiveLabel, target.labels, pick(target.y, split.train))
			: undefined;
	return { rows, y: target.y, labels: target.labels, positiveIndex, folds };
}

/**
 * Cross-validates `settings` on prepared folds: per fold, `fitPipeline` on the inner training rows with early
 * stopping on the inner validation slice, threshold chosen on that slice, metrics on the held-out fold.
 * @throws FaroError from `fitPipeline` (training-diverged, settings-invalid, …) and cancelled
 */
export async function crossValidatePrepared(
	prepared: PreparedFolds,
	settings: TrainSettings,
	work: CvWork = {}
): Promise<CvResult> {
	const { rows, y, labels, positiveIndex } = prepared;
	const k = prepared.folds.length;
	const classCount = labels.length;
	const part = (indices: Int32Array): Part => ({
		table: takeRows(rows, indices),
		y: pick(y, indices)
	});
	const scores: FoldScore[] = [];
	const predictions: FoldPredictions[] = [];
	const startedMs = performance.now();
	for (const [fold, plan] of prepared.folds.entries()) {
		if (fold > 0) checkProjectedTime(performance.now() - startedMs, fold, k, work.timeLeftMs);
		throwIfAborted(work.signal);
		const heldOut = part(plan.heldOut);
		const validation = part(plan.innerValidation);
		const fitted = await fitPipeline(part(plan.innerTrain), validation, classCount, settings, {
			signal: work.signal,
			onProgress: (p) => work.onProgress?.({ ...p, phase: `Fold ${fold + 1} of ${k}: ${p.phase}` })
		});
		try {
			work.onFold?.({ fold, plan, recipe: fitted.recipe });
			const validationProba = await predictFitted(fitted.trained.model, fitted.x.validation);
			const proba = await predictFitted(
				fitted.trained.model,
				applyRecipe(fitted.recipe, heldOut.table)
			);
			const threshold = thresholdOnValidation(
				validationProba,
				validation.y,
				classCount,
				positiveIndex,
				settings.threshold
			);
			const metrics = evaluate(heldOut.y, proba, { labels, positiveIndex, threshold });
			scores.push({
				fold,
				rows: plan.heldOut.length,
				metrics,
				epochs: fitted.trained.history.length
			});
			if (work.keepPredictions) predictions.push({ heldOut: proba, validation: validationProba });
		} finally {
			disposeFitted(fitted.trained.model);
		}
		if (fold < k - 1 && work.prune) checkPruned(scores, work.prune);
	}
	const summary = summarizeFolds(scores.map((s) => s.metrics));
	return { k, folds: scores, summary, ...(work.keepPredictions && { predictions }) };
}

/**
 * Stratified k-fold cross-validation of `settings` on `table` (k from 3 to 10, default 5).
 * @throws FaroError target-missing, class-too-small, settings-invalid, training-diverged, cancelled
 * @example
 * const cv = await crossValidate(table, settings, 5);
 * console.log(cv.summary.rocAuc); // { mean: 0.76, std: 0.03 }
 */
export async function crossValidate(
	table: Table,
	settings: TrainSettings,
	k = DEFAULT_FOLDS,
	work: CvWork = {}
): Promise<CvResult> {
	return crossValidatePrepared(prepareFolds(table, settings, k), settings, work);
}

/**
 * Throws trial-over-budget when `done` folds taking `elapsedMs` project more than `timeLeftMs` for all `k`.
 */
function checkProjectedTime(
	elapsedMs: number,
	done: number,
	k: number,
	timeLeftMs: number | undefined
): void {
	if (timeLeftMs === undefined) return;
	const projectedMs = (elapsedMs / done) * k;
	if (projectedMs <= timeLeftMs) return;
	const seconds = (ms: number) => Math.round(ms / 1000);
	const times = {
		elapsed: seconds(elapsedMs),
		k,
		projected: seconds(projectedMs),
		left: seconds(timeLeftMs)
	};
	throw new FaroError(
		'trial-over-budget',
		done === 1
			? text('err_cv_over_budget_first', times)
			: text('err_cv_over_budget_many', { done, ...times }),
		{
			hint: text('err_cv_over_budget_hint'),
			data: { elapsedMs, projectedMs, timeLeftMs }
		}
	);
}

/** Throws trial-pruned when the folds' mean so far is below the bar for that many folds. */
function checkPruned(scores: FoldScore[], prune: FoldPruning): void {
	const bar = prune.bars[scores.length - 1];
	if (bar === undefined || !Number.isFinite(bar)) return;
	const values = scores
		.map((s) => cvMetricOf(s.metrics, prune.metric))
		.filter((v): v is number => v !== null);
	if (values.length === 0) return;
	const { label, lowerIsBetter } = CV_METRICS.find((m) => m.key === prune.metric) ?? CV_METRICS[0];
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const oriented = lowerIsBetter ? -mean : mean;
	if (oriented >= bar) return;
	const done = scores.length;
	const shown = (v: number) => v.toFixed(3);
	const pruneScores = { metric: label, score: shown(mean), bar: shown(lowerIsBetter ? -bar : bar) };
	throw new FaroError(
		'trial-pruned',
		done === 1
			? text('err_cv_pruned_first', pruneScores)
			: text('err_cv_pruned_many', { done, ...pruneScores }),
		{
			hint: text('err_cv_pruned_hint'),
			data: { folds: done, score: mean, bar: lowerIsBetter ? -bar : bar }
		}
	);
}

const pick = (y: Int32Array, indices: Int32Array) => Int32Array.from(indices, (i) => y[i]);
