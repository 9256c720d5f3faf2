/** What a trial's cross-validation reports back to the search (also used by the trial workers). */
import type { CvResult } from '../cross-validate';
import { cvMetricOf } from '../cv-summary';
import type { RankMetric } from './rank';
import type { TrialEvaluation } from './run-search';

export function trialEvaluation(cv: CvResult, metric?: RankMetric): TrialEvaluation {
	return {
		summary: cv.summary,
		...(metric && { foldScores: cv.folds.map((f) => cvMetricOf(f.metrics, metric)) }),
		...(cv.predictions && { predictions: cv.predictions })
	};
}
