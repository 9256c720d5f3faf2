/**
 * Side-by-side comparison of runs: metric rows with the best value marked (lower is better for log loss and
 * Brier), the settings that differ between the runs (flattened to dotted paths), and whether the runs saw the
 * same data and the same test rows — comparing metrics across different test rows is misleading.
 */
import type { Metrics } from '$lib/eval';
import { m, type Locale } from '$lib/i18n';
import type { ModelSpec } from '$lib/models/spec';
import type { RunRecord } from './run-record';
import { describeTestRows } from './describe-split';

export type MetricKey =
	| 'rocAuc'
	| 'gini'
	| 'ks'
	| 'prAuc'
	| 'accuracy'
	| 'balancedAccuracy'
	| 'f1Macro'
	| 'f1Weighted'
	| 'mcc'
	| 'kappa'
	| 'logLoss'
	| 'brier';

/** The compared metrics; `label` names each in the language in use (or in `locale`). */
export const COMPARED_METRICS: {
	key: MetricKey;
	label: (locale?: Locale) => string;
	lowerIsBetter: boolean;
}[] = [
	{ key: 'rocAuc', label: () => 'ROC AUC', lowerIsBetter: false },
	{ key: 'gini', label: () => 'Gini', lowerIsBetter: false },
	{ key: 'ks', label: () => 'KS', lowerIsBetter: false },
	{ key: 'prAuc', label: () => 'PR AUC', lowerIsBetter: false },
	{ key: 'accuracy', label: (locale) => m.runs_col_accuracy({}, { locale }), lowerIsBetter: false },
	{
		key: 'balancedAccuracy',
		label: (locale) => m.runs_metric_balanced_accuracy({}, { locale }),
		lowerIsBetter: false
	},
	{ key: 'f1Macro', label: () => 'F1 (macro)', lowerIsBetter: false },
	{
		key: 'f1Weighted',
		label: (locale) => m.runs_metric_f1_weighted({}, { locale }),
		lowerIsBetter: false
	},
	{ key: 'mcc', label: () => 'MCC', lowerIsBetter: false },
	{ key: 'kappa', label: (locale) => m.runs_metric_kappa({}, { locale }), lowerIsBetter: false },
	{ key: 'logLoss', label: (locale) => m.runs_col_log_loss({}, { locale }), lowerIsBetter: true },
	{ key: 'brier', label: (locale) => m.runs_metric_brier({}, { locale }), lowerIsBetter: true }
];

/** One metric of a run's test metrics, NaN when absent. */
export function metricValue(metrics: Metrics | null | undefined, key: MetricKey): number {
	if (!metrics) return NaN;
	const value =
		key === 'f1Macro'
			? metrics.macro.f1
			: key === 'f1Weighted'
				? metrics.weighted.f1
				: key === 'gini' || key === 'ks'
					? metrics.scorecard?.[key]
					: metrics[key];
	return typeof value === 'number' ? value : NaN;
}

export type MetricRow = {
	key: MetricKey;
	label: string;
	lowerIsBetter: boolean;
	values: number[];
	best: number[];
};
export type SettingDiff = { path: string; values: string[] };
export type Comparison = {
	metrics: MetricRow[];
	settings: SettingDiff[];
	sameData: boolean;
	sameTestRows: boolean;
};

/**
 * Compares finished runs (2 to 6 in the UI; any number here). Labels and worded settings (a chosen test part,
 * "(none)") are in the language in use, or in `locale`.
 */
export function compareRuns(runs: RunRecord[], locale?: Locale): Comparison {
	const metrics = COMPARED_METRICS.map(({ key, label: labelOf, lowerIsBetter }) => {
		const label = labelOf(locale);
		const values = runs.map((r) => metricValue(r.result?.metrics, key));
		const finite = values.filter((v) => Number.isFinite(v));
		const target = finite.length
			? lowerIsBetter
				? Math.min(...finite)
				: Math.max(...finite)
			: NaN;
		const best = values.flatMap((v, i) => (v === target ? [i] : []));
		return { key, label, lowerIsBetter, values, best };
	});
	// A search (the record's `search`) is provenance, not a setting: compare its strategy only, and whether the
	// run is a blend of its trials (then `model` is the heaviest member's).
	const none = m.runs_compare_none({}, { locale });
	const flat = runs.map((r) => {
		const { settings, search } = r;
		return flatten(
			{
				...settings,
				...(settings.model && { model: comparedModel(settings.model) }),
				...(settings.split && { split: comparedSplit(settings.split, locale) }),
				searchStrategy: search?.strategy ?? 'none',
				blend: search?.ensemble
					? search.ensemble.members
							.map((member) => `#${member.trialId} ${Math.round(member.weight * 100)}%`)
							.join(', ')
					: 'none',
				backendUsed: r.backend?.name ?? null
			},
			none
		);
	});
	const paths = [...new Set(flat.flatMap((f) => Object.keys(f)))].sort();
	const settings = paths
		.map((path) => ({ path, values: flat.map((f) => f[path] ?? '—') }))
		.filter((d) => new Set(d.values).size > 1);
	const sameData = new Set(runs.map((r) => r.dataset.fingerprint)).size <= 1;
	const testKeys = runs.map((r) => (r.result ? r.result.testRows.join(',') : ''));
	return { metrics, settings, sameData, sameTestRows: new Set(testKeys).size <= 1 };
}

/**
 * The model settings as they act: a logistic regression stored before solvers existed was trained by Adam,
 * and one solved by L-BFGS has no learning rate, batch size or patience to differ in.
 */
function comparedModel(model: ModelSpec): Partial<ModelSpec> {
	if (model.family !== 'logistic') return model;
	if (model.solver !== 'lbfgs') return { ...model, solver: 'adam' };
	const { learningRate: _lr, batchSize: _batch, patience: _patience, ...solved } = model;
	return solved;
}

/** A chosen test part replaces the (ignored) test share: `split.test` reads "rows where holdout = test". */
function comparedSplit(
	split: RunRecord['settings']['split'],
	locale?: Locale
): Record<string, unknown> {
	const { testColumn: _testColumn, ...shares } = split;
	return { ...shares, test: describeTestRows(split, locale) ?? split.test };
}

/** Flattens nested settings to `a.b.c` → display string; arrays of scalars join with ", ", empty ones `none`. */
function flatten(
	value: unknown,
	none: string,
	prefix = '',
	out: Record<string, string> = {}
): Record<string, string> {
	if (value === null || typeof value !== 'object') {
		out[prefix] = value === null || value === undefined ? '—' : String(value);
	} else if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) {
		out[prefix] = value.length ? value.join(', ') : none;
	} else if (Array.isArray(value)) {
		value.forEach((v, i) => {
			const key =
				v && typeof v === 'object' && 'name' in v
					? String((v as { name: unknown }).name)
					: String(i);
			flatten(v, none, prefix ? `${prefix}[${key}]` : key, out);
		});
		if (value.length === 0) out[prefix] = none;
	} else {
		for (const [k, v] of Object.entries(value))
			flatten(v, none, prefix ? `${prefix}.${k}` : k, out);
	}
	return out;
}
