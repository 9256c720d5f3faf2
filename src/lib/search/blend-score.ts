/**
 * One fold's score of blended class probabilities, fast enough for ensemble selection's greedy steps (every
 * candidate at every step: 12 × 25 × k fold scores). Each value equals what `evaluate` reports for the same
 * probabilities, so the greedy search optimises the trials' own cross-validated metric:
 * - ROC AUC and PR AUC count true and false positives at every distinct score (scikit-learn's
 *   `_binary_clf_curve`, ties as one point), but from two native typed-array sorts (positives and negatives
 *   apart) merged from the top, instead of one comparator sort of row indices. ROC AUC is the trapezoid over
 *   those counts, divided once by P·N (the Mann–Whitney statistic, ties counted half), so it differs from
 *   `roc_auc_score` by rounding only; average precision repeats `prFromCounts` step for step. Multiclass: the
 *   macro one-vs-rest mean, as `evaluate`.
 * - Log loss is `logLossOf` itself.
 * - F1 (macro) and balanced accuracy need a decision: a binary blend's threshold is chosen on its blended inner
 *   validation probabilities, as `crossValidatePrepared` chooses a trial's; multiclass takes the argmax.
 */
import {
	argmaxPredictions,
	chooseThreshold,
	confusionMatrix,
	logLossOf,
	thresholdPredictions
} from '$lib/eval';
import { averageMacro, balancedAccuracyOf, scoreClasses } from '$lib/eval/classification';
import type { TrainSettings } from '$lib/runs/types';
import { columnOf } from '$lib/training/validation-threshold';
import type { RankMetric } from './rank';

/** What scoring a fold needs besides the blend: its labels and how the run decides. */
export type ScoringSetup = {
	heldOutY: Int32Array;
	validationY: Int32Array;
	classCount: number;
	/** Binary: the scored class; undefined for multiclass. */
	positiveIndex: number | undefined;
	threshold: TrainSettings['threshold'];
	metric: RankMetric;
};

/** Scores a fold's blend: held-out probabilities (rows × classes) and, when asked, inner validation ones. */
export type FoldScorer = {
	/** True when `score` reads the validation blend (binary F1 or balanced accuracy with a chosen threshold). */
	needsValidation: boolean;
	/** The metric on the held-out rows; null where `evaluate` would give none (ROC AUC with one class). */
	score(heldOut: Float64Array, validation: Float64Array | null): number | null;
};

/** A scorer for one fold, with its scratch buffers allocated once. */
export function createFoldScorer(setup: ScoringSetup): FoldScorer {
	const { heldOutY, classCount: k, positiveIndex, metric } = setup;
	const binary = positiveIndex !== undefined;
	const isLabelMetric = metric === 'f1Macro' || metric === 'balancedAccuracy';
	const needsValidation = isLabelMetric && binary && setup.threshold.method !== 'fixed';
	const counter = createRankCounter(heldOutY, k);
	const validationPositives =
		needsValidation && positiveIndex !== undefined
			? Uint8Array.from(setup.validationY, (v) => (v === positiveIndex ? 1 : 0))
			: null;

	const rankScore = (proba: Float64Array): number | null => {
		const ofClass = metric === 'rocAuc' ? counter.rocAuc : counter.averagePrecision;
		if (positiveIndex !== undefined) return ofClass(proba, positiveIndex);
		let sum = 0;
		for (let c = 0; c < k; c++) {
			const value = ofClass(proba, c);
			if (value === null) return null; // evaluate: multiclass ROC AUC undefined when one class is
			sum += value;
		}
		return sum / k;
	};

	const labelScore = (proba: Float64Array, validation: Float64Array | null): number => {
		let predicted: Int32Array;
		if (positiveIndex === undefined) predicted = argmaxPredictions(proba, k);
		else {
			const { method, value, costs } = setup.threshold;
			const threshold =
				validation && validationPositives
					? chooseThreshold(
							columnOf(validation, k, positiveIndex),
							validationPositives,
							method,
							value,
							costs
						)
					: value;
			predicted = thresholdPredictions(proba, positiveIndex, threshold);
		}
		const confusion = confusionMatrix(heldOutY, predicted, k);
		return metric === 'f1Macro'
			? averageMacro(scoreClasses(confusion)).f1
			: balancedAccuracyOf(confusion);
	};

	return {
		needsValidation,
		score: (heldOut, validation) => {
			if (metric === 'logLoss') return logLossOf(heldOutY, heldOut, k);
			if (isLabelMetric) return labelScore(heldOut, validation);
			return rankScore(heldOut);
		}
	};
}

/**
 * One-vs-rest ROC AUC and average precision of any class's column, for fixed labels. Per class, the positives'
 * and the negatives' scores are sorted apart (native `Float64Array` sort: 10–20× faster than sorting row
 * indices with a comparator) and merged from the highest score down into cumulative counts.
 */
function createRankCounter(y: Int32Array, k: number) {
	const n = y.length;
	const positivesOf = new Int32Array(k);
	for (let i = 0; i < n; i++) positivesOf[y[i]]++;
	const pos = new Float64Array(n);
	const neg = new Float64Array(n);
	const tps = new Float64Array(n);
	const fps = new Float64Array(n);

	/** Fills tps/fps at every distinct score of class `c`, highest first; returns how many there are. */
	const count = (proba: Float64Array, c: number): number => {
		let p = 0;
		let q = 0;
		for (let i = 0; i < n; i++) {
			const s = proba[i * k + c];
			if (y[i] === c) pos[p++] = s;
			else neg[q++] = s;
		}
		const a = pos.subarray(0, p).sort();
		const b = neg.subarray(0, q).sort();
		let ia = p - 1;
		let ib = q - 1;
		let tp = 0;
		let fp = 0;
		let m = 0;
		while (ia >= 0 || ib >= 0) {
			const top = ia < 0 ? b[ib] : ib < 0 ? a[ia] : Math.max(a[ia], b[ib]);
			while (ia >= 0 && a[ia] === top) {
				tp++;
				ia--;
			}
			while (ib >= 0 && b[ib] === top) {
				fp++;
				ib--;
			}
			tps[m] = tp;
			fps[m] = fp;
			m++;
		}
		return m;
	};

	return {
		rocAuc(proba: Float64Array, c: number): number | null {
			const positives = positivesOf[c];
			const negatives = n - positives;
			if (positives === 0 || negatives === 0) return null;
			const m = count(proba, c);
			// Twice the trapezoids' area in count units: integers, so the sum is exact until one division.
			let twiceArea = 0;
			let prevFp = 0;
			let prevTp = 0;
			for (let i = 0; i < m; i++) {
				twiceArea += (fps[i] - prevFp) * (tps[i] + prevTp);
				prevFp = fps[i];
				prevTp = tps[i];
			}
			return twiceArea / (2 * positives * negatives);
		},
		/** Step-wise average precision, as `prFromCounts` computes it (same operations, same order). */
		averagePrecision(proba: Float64Array, c: number): number {
			const m = count(proba, c);
			const total = tps[m - 1];
			const precisionAt = (i: number) => {
				const predicted = tps[i] + fps[i];
				return predicted !== 0 ? tps[i] / predicted : 0;
			};
			const recallAt = (i: number) => (total === 0 ? 1 : tps[i] / total);
			// prFromCounts walks i = m−1 … 0 and ends at recall 0: Σ (recall[next] − recall[i]) · precision[i].
			let sum = 0;
			for (let i = m - 1; i >= 0; i--) {
				const nextRecall = i > 0 ? recallAt(i - 1) : 0;
				sum += (nextRecall - recallAt(i)) * precisionAt(i);
			}
			return 0 - sum;
		}
	};
}
