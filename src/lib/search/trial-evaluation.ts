/** What a trial's cross-validation reports back to the search (also used by the trial workers). */
import type { CvResult } from './cross-validate';
import { cvMetricOf } from '$lib/runs/cv-summary';
import type { RankMetric } from './rank';
import type { CvSummary } from '$lib/runs/cv-summary';
import type { FoldPredictions } from './cross-validate';

/** What evaluating one configuration gives: its cross-validated summary, per-fold scores and predictions. */
export type TrialEvaluation = {
	summary: CvSummary;
	foldScores?: (number | null)[];
	predictions?: FoldPredictions[];
};

export function trialEvaluation(cv: CvResult, metric?: RankMetric): TrialEvaluation {
	return {
		summary: cv.summary,
		...(metric && { foldScores: cv.folds.map((f) => cvMetricOf(f.metrics, metric)) }),
		...(cv.predictions && { predictions: cv.predictions })
	};
}
