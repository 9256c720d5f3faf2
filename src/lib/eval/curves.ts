/**
 * The curves `evaluate` reports, built so that each score vector is sorted once and that one sort feeds
 * both the ROC curve and the precision–recall curve.
 */
import { computeCalibration, type CalibrationCurve } from './calibration';
import { countClfCurve } from './clf-curve';
import { prFromCounts, type PrCurve } from './pr-curve';
import { rocFromCounts, type RocCurve } from './roc';

/** Curves of the positive class of a binary problem; `roc` is null when its AUC is undefined. */
export type BinaryCurves = { roc: RocCurve | null; pr: PrCurve; calibration: CalibrationCurve };

/** One-vs-rest ROC curve of one class of a multiclass problem. */
export type ClassRoc = { label: string; classIndex: number; roc: RocCurve };

/** ROC, precision–recall (one shared sort) and 10-bin calibration curves of validated binary scores. */
export function binaryCurves(scores: Float64Array, positives: Uint8Array): BinaryCurves {
	const counts = countClfCurve(scores, positives);
	const roc = rocFromCounts(counts);
	return {
		roc: Number.isNaN(roc.auc) ? null : roc,
		pr: prFromCounts(counts),
		calibration: computeCalibration(scores, positives, 10)
	};
}

/** One-vs-rest curves of every class: ROC where defined, the classes where it is not, and every AP. */
export type OneVsRest = {
	curves: ClassRoc[];
	/** Classes with no row, or with every row, in `yTrue`: their ROC AUC is undefined. */
	undefinedClasses: number[];
	averagePrecisions: number[];
};

/** One-vs-rest ROC curves and average precisions of validated multiclass probabilities. */
export function oneVsRest(
	yTrue: ArrayLike<number>,
	proba: ArrayLike<number>,
	labels: string[]
): OneVsRest {
	const k = labels.length;
	const n = yTrue.length;
	const result: OneVsRest = { curves: [], undefinedClasses: [], averagePrecisions: [] };
	const scores = new Float64Array(n);
	const positives = new Uint8Array(n);
	for (let c = 0; c < k; c++) {
		for (let i = 0; i < n; i++) {
			scores[i] = proba[i * k + c];
			positives[i] = yTrue[i] === c ? 1 : 0;
		}
		const counts = countClfCurve(scores, positives);
		const roc = rocFromCounts(counts);
		if (Number.isNaN(roc.auc)) result.undefinedClasses.push(c);
		else result.curves.push({ label: labels[c], classIndex: c, roc });
		result.averagePrecisions.push(prFromCounts(counts).averagePrecision);
	}
	return result;
}
