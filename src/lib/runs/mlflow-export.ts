/**
 * A run in MLflow's file-store layout (what `mlflow ui --backend-store-uri <dir>` reads), plus its metrics and
 * leaderboard as CSV: `<experiment id>/meta.yaml`, and per run `<run id>/meta.yaml`, `params/<key>` (the value),
 * `metrics/<key>` (lines "<timestamp ms> <value> <step>": test and validation metrics at step 0, the loss per
 * epoch or iteration at its step), `tags/<key>` and `artifacts/` (the model file, metrics.csv, the curves as
 * CSV, the search leaderboard). Pure: it returns the files, the caller writes them (the CLI's --mlflow).
 */
import type { Metrics } from '$lib/eval';
import type { RunRecord } from './run-record';
import type { Trial } from './trial';
import { BASE_LOCALE } from '$lib/i18n';
import { describeTrialModel, describeTrialSettings } from './describe-trial';

export type ExportedFile = { path: string; content: string };

export type MlflowOptions = {
	/** Absolute path of the store directory (MLflow's artifact URIs are absolute file: URIs). */
	root: string;
	experimentId?: string;
	experimentName?: string;
	/** The model file's JSON text (writeBundle's output), stored as artifacts/model.json. */
	modelJson?: string;
};

/** MLflow's RunStatus FINISHED / FAILED; SourceType LOCAL. */
const FINISHED = 3;
const FAILED = 4;
const LOCAL = 4;

/** One CSV cell: quoted when it holds a comma, a quote or a line break; formula-like text is left as data. */
export const csvCell = (v: string | number | null): string => {
	const s = v === null ? '' : String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows: (string | number | null)[][]): string =>
	rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

/** YAML for a flat map of scalars (strings quoted when YAML would read them as something else). */
function yaml(entries: [string, string | number | []][]): string {
	return (
		entries
			.map(([k, v]) => {
				if (Array.isArray(v)) return `${k}: []`;
				if (typeof v === 'number') return `${k}: ${v}`;
				return `${k}: ${/^[\w./:+-]*$/.test(v) && !/^[\d.+-]/.test(v) && v !== '' ? v : `'${v.replace(/'/g, "''")}'`}`;
			})
			.join('\n') + '\n'
	);
}

/** MLflow keys: letters, digits, `_ - . / space`; anything else becomes `_`. */
const key = (k: string): string => k.replace(/[^\w\-. /]/g, '_');

/** The scalar metrics of one part, named as the run page names them. */
export function scalarMetrics(m: Metrics): [string, number][] {
	const out: [string, number | null | undefined][] = [
		['roc_auc', m.rocAuc],
		['pr_auc', m.prAuc],
		['accuracy', m.accuracy],
		['balanced_accuracy', m.balancedAccuracy],
		['f1_macro', m.macro.f1],
		['precision_macro', m.macro.precision],
		['recall_macro', m.macro.recall],
		['log_loss', m.logLoss],
		['brier', m.brier],
		['mcc', m.mcc],
		['kappa', m.kappa],
		['gini', m.scorecard?.gini],
		['ks', m.scorecard?.ks]
	];
	return out.filter(
		(e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1])
	);
}

/** metrics.csv: one row per metric, test and validation side by side. */
export function metricsCsv(run: RunRecord): string {
	const result = run.result;
	if (!result) return csv([['metric', 'test', 'validation']]);
	const validation = new Map(scalarMetrics(result.validationMetrics));
	return csv([
		['metric', 'test', 'validation'],
		...scalarMetrics(result.metrics).map(([k, v]) => [k, v, validation.get(k) ?? null])
	]);
}

/** leaderboard.csv: every trial of a search, in the order they ran. */
export function leaderboardCsv(trials: readonly Trial[]): string {
	return csv([
		[
			'trial',
			'status',
			'model',
			'settings',
			'cv_roc_auc_mean',
			'cv_roc_auc_std',
			'cv_log_loss_mean',
			'seconds',
			'note'
		],
		...trials.map((t) => [
			t.id,
			t.status,
			// Always English: the leaderboard is a file machines and MLflow read, whatever the page speaks.
			describeTrialModel(t.params, BASE_LOCALE),
			describeTrialSettings(t.params, BASE_LOCALE),
			t.cvScores?.rocAuc?.mean ?? null,
			t.cvScores?.rocAuc?.std ?? null,
			t.cvScores?.logLoss?.mean ?? null,
			Math.round(t.durationMs) / 1000,
			t.error?.message ?? null
		])
	]);
}

/**
 * The run's parameters: settings flattened to dotted keys, and how a search made it (MLflow caps a value at
 * 6,000 characters).
 */
function params(run: RunRecord): [string, string][] {
	const s = run.settings;
	const flat: [string, unknown][] = [
		['target', s.target],
		['seed', s.seed],
		['backend', s.backend],
		['positive_label', s.positiveLabel ?? 'minority class'],
		['threshold.method', s.threshold.method],
		['split', `${s.split.train}/${s.split.validation}/${s.split.test}`],
		['balance.method', s.balance?.method ?? 'none'],
		[
			'features',
			s.columns
				.filter((c) => c.role === 'feature')
				.map((c) => c.name)
				.join(', ')
		],
		['dataset', run.dataset.name],
		['dataset.rows', run.dataset.rows],
		['dataset.fingerprint', run.dataset.fingerprint]
	];
	for (const [k, v] of Object.entries(s.model))
		if (v !== undefined && v !== null)
			flat.push([`model.${k}`, typeof v === 'object' ? JSON.stringify(v) : v]);
	if (s.threshold.costs)
		flat.push([
			'threshold.costs',
			`${s.threshold.costs.falsePositive}:${s.threshold.costs.falseNegative}`
		]);
	if (run.search)
		flat.push(
			['search.strategy', run.search.strategy],
			['search.trials', run.search.trials.length],
			['search.folds', run.search.k]
		);
	return flat.map(([k, v]) => [key(k), String(v).slice(0, 6000)]);
}

/**
 * The files of `run` in an MLflow file store rooted at `options.root`.
 * @example
 * for (const f of mlflowRunFiles(run, { root: resolve('mlruns'), modelJson })) writeFileSync(join('mlruns', f.path), f.content);
 */
export function mlflowRunFiles(run: RunRecord, options: MlflowOptions): ExportedFile[] {
	const experiment = options.experimentId ?? '0';
	const runId = run.id.replace(/-/g, '').toLowerCase();
	const started = Date.parse(run.createdAt);
	const ended = run.finishedAt ? Date.parse(run.finishedAt) : started;
	const base = `${experiment}/${runId}`;
	const uri = (p: string) => `file://${options.root.replace(/\/$/, '')}/${p}`;
	const files: ExportedFile[] = [
		{
			path: `${experiment}/meta.yaml`,
			content: yaml([
				['artifact_location', uri(experiment)],
				['creation_time', started],
				['experiment_id', experiment],
				['last_update_time', ended],
				['lifecycle_stage', 'active'],
				['name', options.experimentName ?? (experiment === '0' ? 'Default' : 'Faro')]
			])
		},
		{
			path: `${base}/meta.yaml`,
			content: yaml([
				['artifact_uri', uri(`${base}/artifacts`)],
				['end_time', ended],
				['entry_point_name', ''],
				['experiment_id', experiment],
				['lifecycle_stage', 'active'],
				['run_id', runId],
				['run_name', run.name],
				['run_uuid', runId],
				['source_name', ''],
				['source_type', LOCAL],
				['source_version', ''],
				['start_time', started],
				['status', run.status === 'done' ? FINISHED : FAILED],
				['tags', []],
				['user_id', 'faro']
			])
		},
		{ path: `${base}/tags/mlflow.runName`, content: run.name },
		{ path: `${base}/tags/mlflow.source.name`, content: 'Faro' },
		{ path: `${base}/tags/faro.run_id`, content: run.id }
	];
	for (const [k, v] of params(run)) files.push({ path: `${base}/params/${k}`, content: v });
	const result = run.result;
	if (result) {
		const line = (v: number, step: number) => `${ended} ${v} ${step}`;
		for (const [k, v] of scalarMetrics(result.metrics))
			files.push({ path: `${base}/metrics/test_${k}`, content: line(v, 0) + '\n' });
		for (const [k, v] of scalarMetrics(result.validationMetrics))
			files.push({ path: `${base}/metrics/validation_${k}`, content: line(v, 0) + '\n' });
		if (result.threshold !== null)
			files.push({ path: `${base}/metrics/threshold`, content: line(result.threshold, 0) + '\n' });
		const history = result.history ?? [];
		if (history.length) {
			const at = (e: (typeof history)[number]) => started + Math.round(e.elapsedMs);
			files.push(
				{
					path: `${base}/metrics/train_loss`,
					content: history.map((e) => `${at(e)} ${e.loss} ${e.epoch}`).join('\n') + '\n'
				},
				{
					path: `${base}/metrics/val_loss`,
					content: history.map((e) => `${at(e)} ${e.valLoss} ${e.epoch}`).join('\n') + '\n'
				}
			);
		}
		files.push({ path: `${base}/artifacts/metrics.csv`, content: metricsCsv(run) });
		const { roc, pr, calibration } = result.metrics.curves;
		if (roc)
			files.push({
				path: `${base}/artifacts/curves/roc.csv`,
				content: csv([
					['fpr', 'tpr', 'threshold'],
					...roc.fpr.map((f, i) => [f, roc.tpr[i], roc.thresholds[i]])
				])
			});
		if (pr)
			files.push({
				path: `${base}/artifacts/curves/pr.csv`,
				content: csv([
					['recall', 'precision', 'threshold'],
					...pr.recall.map((r, i) => [r, pr.precision[i], pr.thresholds[i] ?? null])
				])
			});
		if (calibration)
			files.push({
				path: `${base}/artifacts/curves/calibration.csv`,
				content: csv([
					['mean_predicted', 'fraction_positive', 'rows'],
					...calibration.meanPredicted.map((m, i) => [
						m,
						calibration.fractionPositive[i],
						calibration.counts[i]
					])
				])
			});
	}
	if (run.search)
		files.push({
			path: `${base}/artifacts/leaderboard.csv`,
			content: leaderboardCsv(run.search.trials)
		});
	if (options.modelJson)
		files.push({ path: `${base}/artifacts/model.json`, content: options.modelJson });
	return files;
}
