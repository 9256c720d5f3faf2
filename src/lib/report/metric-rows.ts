/** The metric rows of the report's tables: the run page's labels, order and hints (MetricsTable.svelte). */
import type { Metrics } from '$lib/eval';
import { m, renderOr } from '../i18n';

export type MetricRow = {
	label: string;
	value: (m: Metrics) => number | null | undefined;
	hint: string;
	lowerIsBetter?: boolean;
};

/** The rows in the language in use (a function, so the labels follow a change of language). */
export const metricRows = (): MetricRow[] => [
	{
		label: 'ROC AUC',
		value: (r) => r.rocAuc,
		hint: m.report_hint_roc_auc()
	},
	{
		label: 'Gini',
		value: (r) => r.scorecard?.gini,
		hint: m.report_hint_gini()
	},
	{
		label: 'KS',
		value: (r) => r.scorecard?.ks,
		hint: m.report_hint_ks()
	},
	{
		label: m.report_metric_pr_auc(),
		value: (r) => r.prAuc,
		hint: m.report_hint_pr_auc()
	},
	{ label: m.report_metric_accuracy(), value: (r) => r.accuracy, hint: m.report_hint_accuracy() },
	{
		label: m.report_metric_balanced_accuracy(),
		value: (r) => r.balancedAccuracy,
		hint: m.report_hint_balanced_accuracy()
	},
	{ label: 'F1 (macro)', value: (r) => r.macro.f1, hint: m.report_hint_f1_macro() },
	{ label: m.report_metric_precision_macro(), value: (r) => r.macro.precision, hint: '' },
	{ label: m.report_metric_recall_macro(), value: (r) => r.macro.recall, hint: '' },
	{
		label: m.report_metric_f1_weighted(),
		value: (r) => r.weighted.f1,
		hint: m.report_hint_f1_weighted()
	},
	{ label: 'MCC', value: (r) => r.mcc, hint: m.report_hint_mcc() },
	{ label: m.report_metric_kappa(), value: (r) => r.kappa, hint: m.report_hint_kappa() },
	{
		label: m.report_metric_log_loss(),
		value: (r) => r.logLoss,
		hint: m.report_hint_lower_better(),
		lowerIsBetter: true
	},
	{
		label: m.report_metric_brier(),
		value: (r) => r.brier,
		hint: m.report_hint_lower_better(),
		lowerIsBetter: true
	}
];

/** The rows `metrics` has a value for (Gini and KS only for binary runs). */
export const metricRowsOf = (metrics: Metrics): MetricRow[] =>
	metricRows().filter((r) => r.value(metrics) !== undefined);

/** The metrics' notes in the language in use: their Texts where stored and known, else the English. */
export const metricNotes = (metrics: Pick<Metrics, 'notes' | 'noteTexts'>): string[] =>
	metrics.notes.map((english, i) => renderOr(metrics.noteTexts?.[i], english));
