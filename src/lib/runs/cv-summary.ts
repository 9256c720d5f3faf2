/**
 * Mean ± standard deviation of fold metrics. The deviation is the population one (ddof = 0), as NumPy's
 * `scores.std()` after scikit-learn `cross_validate` and PyCaret's leaderboard report it. A metric that is
 * undefined in a fold (ROC AUC with one class held out, kappa of constant predictions) is left out of that
 * metric's summary; undefined in every fold → null.
 */
import type { Metrics } from '$lib/eval';

export type CvMetricKey =
	'rocAuc' | 'prAuc' | 'accuracy' | 'balancedAccuracy' | 'f1Macro' | 'mcc' | 'kappa' | 'logLoss';

export const CV_METRICS: { key: CvMetricKey; label: string; lowerIsBetter: boolean }[] = [
	{ key: 'rocAuc', label: 'ROC AUC', lowerIsBetter: false },
	{ key: 'prAuc', label: 'PR AUC', lowerIsBetter: false },
	{ key: 'accuracy', label: 'Accuracy', lowerIsBetter: false },
	{ key: 'balancedAccuracy', label: 'Balanced accuracy', lowerIsBetter: false },
	{ key: 'f1Macro', label: 'F1 (macro)', lowerIsBetter: false },
	{ key: 'mcc', label: 'MCC', lowerIsBetter: false },
	{ key: 'kappa', label: "Cohen's kappa", lowerIsBetter: false },
	{ key: 'logLoss', label: 'Log loss', lowerIsBetter: true }
];

export type MeanStd = { mean: number; std: number; folds: number };
export type CvSummary = Record<CvMetricKey, MeanStd | null>;

/** One cross-validated metric of a fold's `Metrics`, null when undefined. */
export function cvMetricOf(metrics: Metrics, key: CvMetricKey): number | null {
	const value = key === 'f1Macro' ? metrics.macro.f1 : metrics[key];
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Mean and population standard deviation of `values`; null for none. */
export function meanStd(values: number[]): MeanStd | null {
	if (values.length === 0) return null;
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
	return { mean, std: Math.sqrt(variance), folds: values.length };
}

/** Summarises every cross-validated metric over the folds' metrics. */
export function summarizeFolds(folds: Metrics[]): CvSummary {
	const entries = CV_METRICS.map(({ key }) => {
		const values = folds.map((m) => cvMetricOf(m, key)).filter((v): v is number => v !== null);
		return [key, meanStd(values)] as const;
	});
	return Object.fromEntries(entries) as CvSummary;
}
