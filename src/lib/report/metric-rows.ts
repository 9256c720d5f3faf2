/** The metric rows of the report's tables: the run page's labels, order and hints (MetricsTable.svelte). */
import type { Metrics } from '$lib/eval';

export type MetricRow = {
	label: string;
	value: (m: Metrics) => number | null | undefined;
	hint: string;
	lowerIsBetter?: boolean;
};

export const METRIC_ROWS: MetricRow[] = [
	{
		label: 'ROC AUC',
		value: (m) => m.rocAuc,
		hint: 'Ranking quality; 0.5 = chance, 1 = perfect. Multiclass: macro one-vs-rest.'
	},
	{
		label: 'Gini',
		value: (m) => m.scorecard?.gini,
		hint: '2 × ROC AUC − 1, as credit scoring reports it.'
	},
	{
		label: 'KS',
		value: (m) => m.scorecard?.ks,
		hint: 'Kolmogorov–Smirnov: the largest gap between the two classes’ score distributions.'
	},
	{
		label: 'PR AUC (average precision)',
		value: (m) => m.prAuc,
		hint: 'Precision–recall summary; sensitive to rare positives.'
	},
	{ label: 'Accuracy', value: (m) => m.accuracy, hint: 'Share of correct predictions.' },
	{
		label: 'Balanced accuracy',
		value: (m) => m.balancedAccuracy,
		hint: 'Mean recall over classes.'
	},
	{ label: 'F1 (macro)', value: (m) => m.macro.f1, hint: 'Mean F1 over classes.' },
	{ label: 'Precision (macro)', value: (m) => m.macro.precision, hint: '' },
	{ label: 'Recall (macro)', value: (m) => m.macro.recall, hint: '' },
	{ label: 'F1 (weighted)', value: (m) => m.weighted.f1, hint: 'F1 averaged by class support.' },
	{ label: 'MCC', value: (m) => m.mcc, hint: 'Matthews correlation; 0 = chance, 1 = perfect.' },
	{ label: "Cohen's kappa", value: (m) => m.kappa, hint: 'Agreement beyond chance.' },
	{ label: 'Log loss', value: (m) => m.logLoss, hint: 'Lower is better.', lowerIsBetter: true },
	{ label: 'Brier score', value: (m) => m.brier, hint: 'Lower is better.', lowerIsBetter: true }
];

/** The rows `metrics` has a value for (Gini and KS only for binary runs). */
export const metricRowsOf = (metrics: Metrics): MetricRow[] =>
	METRIC_ROWS.filter((r) => r.value(metrics) !== undefined);
