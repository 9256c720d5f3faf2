/**
 * Evaluation of classifiers on held-out rows: metrics, ROC / precision–recall / calibration curves,
 * confusion matrices and decision thresholds. Each number matches scikit-learn 1.2.1 (see each export).
 */
export { evaluate, type EvaluateOptions, type Metrics } from './metrics';
export { scorecardOf, type DecileRow, type Scorecard } from './scorecard';
export { computeRoc, type RocCurve } from './roc';
export { computePrCurve, type PrCurve } from './pr-curve';
export { computeCalibration, type CalibrationCurve } from './calibration';
export {
	argmaxPredictions,
	confusionMatrix,
	normaliseConfusion,
	thresholdPredictions
} from './confusion';
export {
	checkCosts,
	chooseThreshold,
	FALLBACK_THRESHOLD,
	thresholdSweep,
	type ErrorCosts,
	type ThresholdMethod,
	type ThresholdSweep
} from './threshold';
export { brierBinaryOf, brierMulticlassOf, logLossOf, LOG_LOSS_EPS } from './probabilistic';
export type { ClassRoc } from './curves';
export type { ClassScores, Prf } from './classification';
