/**
 * `evaluate`: every metric and curve of a classifier on held-out rows, as one JSON-safe object (it goes
 * into run records and model bundles). Each number matches a scikit-learn 1.2.1 function; where
 * scikit-learn raises or returns NaN the value is `null` and `notes` says why.
 */
import { inEnglish, text, type Text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { binaryCurves, oneVsRest, type BinaryCurves, type ClassRoc } from './curves';
import {
	accuracyOf,
	averageMacro,
	averageWeighted,
	balancedAccuracyOf,
	kappaOf,
	mccOf,
	scoreClasses,
	type Prf
} from './classification';
import { argmaxPredictions, confusionMatrix, thresholdPredictions } from './confusion';
import { brierBinaryOf, brierMulticlassOf, logLossOf } from './probabilistic';
import { assertProba } from './validate';
import { scorecardOf, type Scorecard } from './scorecard';

/** Everything `evaluate` reports. Plain data: no NaN, no typed arrays. */
export type Metrics = {
	/** Number of evaluated rows. */
	rows: number;
	/** `accuracy_score`. */
	accuracy: number;
	/** `balanced_accuracy_score`: mean recall over the classes present in `yTrue`. */
	balancedAccuracy: number;
	/** `precision_recall_fscore_support(average=None)`, zero division → 0. */
	perClass: ({ label: string } & Prf & { support: number })[];
	macro: Prf;
	weighted: Prf;
	/**
	 * Binary: `roc_auc_score` of the positive class. Multiclass: `roc_auc_score(multi_class='ovr',
	 * average='macro')`. null where scikit-learn raises: binary with one class in `yTrue`;
	 * multiclass with a class that has no row (or every row) in `yTrue`.
	 */
	rocAuc: number | null;
	/** Binary: `average_precision_score` of the positive class; multiclass: macro one-vs-rest mean. */
	prAuc: number;
	/** `log_loss(eps=1e-15, labels=range(k))`. */
	logLoss: number;
	/** Binary: `brier_score_loss` of the positive class; multiclass: mean Σ_c (p − y)² (0..2). */
	brier: number;
	/** `matthews_corrcoef` (multiclass R_K). */
	mcc: number;
	/** `cohen_kappa_score`; null when scikit-learn gives NaN (one class on both sides). */
	kappa: number | null;
	/** Counts, rows = true class, columns = predicted class (`confusion_matrix`). */
	confusion: number[][];
	/** Binary: predicted positive when p(positive) ≥ threshold. Multiclass: null (argmax, ties → lowest). */
	threshold: number | null;
	positiveLabel: string | null;
	curves: {
		/** Binary: ROC of the positive class (null when undefined); multiclass: null. */
		roc: BinaryCurves['roc'];
		/** Binary: precision–recall curve of the positive class; multiclass: null. */
		pr: BinaryCurves['pr'] | null;
		/** Binary: 10-bin calibration curve of the positive class; multiclass: null. */
		calibration: BinaryCurves['calibration'] | null;
		/** Multiclass: one-vs-rest ROC of every class present with both outcomes; null for binary. */
		rocPerClass: ClassRoc[] | null;
	};
	/**
	 * Binary: Gini, KS and the decile table of the positive class's scores (scorecard.ts); multiclass, and
	 * metrics stored before it existed: null / absent.
	 */
	scorecard?: Scorecard | null;
	/** Why a value is null, or what scikit-learn would have warned about (English). */
	notes: string[];
	/** The same notes as catalogue Texts, for the reader's language (metrics stored before: absent). */
	noteTexts?: Text[];
};

/** What `evaluate` needs besides the rows. */
export type EvaluateOptions = {
	/** Class names, index = class index; length = number of columns of `proba`. */
	labels: string[];
	/** Binary only: the class whose probability is scored (default 1, scikit-learn's convention). */
	positiveIndex?: number;
	/** Binary only: the decision threshold (default 0.5). */
	threshold?: number;
};

/**
 * Evaluates probabilities `proba` (row-major n × k, rows summing to 1) against true class indices.
 * @throws FaroError eval-input-invalid (shapes, class indices, probabilities outside [0, 1], k < 2)
 * @example
 * const m = evaluate(yTest, proba, { labels: ['bad', 'good'], positiveIndex: 0, threshold: 0.3 });
 * m.rocAuc; m.curves.roc?.fpr; m.confusion;
 */
export function evaluate(
	yTrue: Int32Array | ArrayLike<number>,
	proba: Float32Array | Float64Array | ArrayLike<number>,
	options: EvaluateOptions
): Metrics {
	const { labels } = options;
	const k = labels.length;
	assertProba('evaluate', yTrue, proba, k);
	const isBinary = k === 2;
	const positiveIndex = isBinary ? (options.positiveIndex ?? 1) : null;
	const threshold = isBinary ? (options.threshold ?? 0.5) : null;
	if (threshold !== null && !Number.isFinite(threshold)) {
		throw new FaroError(
			'eval-input-invalid',
			text('err_eval_threshold_nan', { value: threshold }),
			{
				where: 'evaluate',
				hint: text('err_eval_threshold_nan_hint')
			}
		);
	}
	if (positiveIndex !== null && positiveIndex !== 0 && positiveIndex !== 1) {
		throw new FaroError(
			'eval-input-invalid',
			text('err_eval_positive_index', { index: positiveIndex }),
			{
				where: 'evaluate',
				hint: text('err_eval_positive_index_hint')
			}
		);
	}
	const yPred =
		positiveIndex !== null && threshold !== null
			? thresholdPredictions(proba, positiveIndex, threshold)
			: argmaxPredictions(proba, k);
	const confusion = confusionMatrix(yTrue, yPred, k);
	const classes = scoreClasses(confusion);
	const notes: Text[] = [];
	const kappa = kappaOf(confusion);
	if (Number.isNaN(kappa)) notes.push(text('runs_metric_note_kappa'));
	classes.forEach((c, i) => {
		if (c.support > 0 && confusion.every((row) => row[i] === 0)) {
			notes.push(text('runs_metric_note_never_predicted', { label: labels[i] }));
		}
	});

	const ranking =
		positiveIndex !== null
			? binaryRanking(yTrue, proba, positiveIndex, labels, notes)
			: multiclassRanking(yTrue, proba, labels, notes);
	return {
		rows: yTrue.length,
		accuracy: accuracyOf(confusion),
		balancedAccuracy: balancedAccuracyOf(confusion),
		perClass: classes.map((c, i) => ({ label: labels[i], ...c })),
		macro: averageMacro(classes),
		weighted: averageWeighted(classes),
		rocAuc: ranking.rocAuc,
		prAuc: ranking.prAuc,
		logLoss: logLossOf(yTrue, proba, k),
		brier: ranking.brier,
		mcc: mccOf(confusion),
		kappa: Number.isNaN(kappa) ? null : kappa,
		confusion,
		threshold,
		positiveLabel: positiveIndex === null ? null : labels[positiveIndex],
		curves: ranking.curves,
		scorecard: ranking.scorecard ?? null,
		notes: notes.map(inEnglish),
		noteTexts: notes
	};
}

type Ranking = Pick<Metrics, 'rocAuc' | 'prAuc' | 'brier' | 'curves' | 'scorecard'>;

function binaryRanking(
	yTrue: ArrayLike<number>,
	proba: ArrayLike<number>,
	positiveIndex: number,
	labels: string[],
	notes: Text[]
): Ranking {
	const n = yTrue.length;
	const scores = new Float64Array(n);
	const positives = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		scores[i] = proba[i * 2 + positiveIndex];
		positives[i] = yTrue[i] === positiveIndex ? 1 : 0;
	}
	const { roc, pr, calibration } = binaryCurves(scores, positives);
	if (roc === null) {
		notes.push(text('runs_metric_note_roc_one_class', { label: labels[yTrue[0]] }));
	}
	if (!positives.includes(1)) {
		notes.push(text('runs_metric_note_ap_zero', { label: labels[positiveIndex] }));
	}
	return {
		rocAuc: roc?.auc ?? null,
		prAuc: pr.averagePrecision,
		brier: brierBinaryOf(scores, positives),
		curves: { roc, pr, calibration, rocPerClass: null },
		scorecard: scorecardOf(scores, positives, roc?.auc ?? null)
	};
}

function multiclassRanking(
	yTrue: ArrayLike<number>,
	proba: ArrayLike<number>,
	labels: string[],
	notes: Text[]
): Ranking {
	const k = labels.length;
	const ovr = oneVsRest(yTrue, proba, labels);
	if (ovr.undefinedClasses.length > 0) {
		const names = ovr.undefinedClasses.map((c) => `"${labels[c]}"`).join(', ');
		notes.push(text('runs_metric_note_roc_class_undefined', { names }));
	}
	const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
	return {
		rocAuc: ovr.undefinedClasses.length > 0 ? null : sum(ovr.curves.map((c) => c.roc.auc)) / k,
		prAuc: sum(ovr.averagePrecisions) / k,
		brier: brierMulticlassOf(yTrue, proba, k),
		curves: { roc: null, pr: null, calibration: null, rocPerClass: ovr.curves }
	};
}
