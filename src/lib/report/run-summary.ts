/**
 * The first pages of a run's report: the summary a reviewer reads first (what is predicted, the positive class,
 * the headline test figures, the rows of each part, leakage warnings up front), the data, and the provenance.
 */
import type { RunRecord, RunResult } from '$lib/runs';
import { describeSplit } from '$lib/runs/describe-split';
import { html, type Html } from './html';
import { formatCount, formatDuration, formatNumber, formatTime } from './format';
import { alert, block, facts, note, section } from './layout';
import { describeRunModel } from './describe-run';
import { m } from '../i18n';
import { metricNotes } from './metric-rows';
import { backendReason } from '$lib/models/backend-reason';
import type { RunStatus } from '$lib/runs/run-record';

/** A run status in words ("done", "failed" …); an unknown status as it is. */
export function describeStatus(status: RunStatus): string {
	const words: Record<RunStatus, () => string> = {
		running: m.report_status_running,
		done: m.report_status_done,
		failed: m.report_status_failed,
		cancelled: m.report_status_cancelled,
		interrupted: m.report_status_interrupted
	};
	return words[status]?.() ?? status;
}

/** A column kind in words ("numeric", "categorical" …); an unknown kind as it is. */
export function describeKind(kind: string): string {
	const words: Record<string, () => string> = {
		numeric: m.report_kind_numeric,
		categorical: m.report_kind_categorical,
		boolean: m.report_kind_boolean,
		date: m.report_kind_date,
		text: m.report_kind_text,
		id: m.report_kind_id,
		constant: m.report_kind_constant
	};
	return words[kind]?.() ?? kind;
}

/** Options every report carries into its provenance. */
export type ReportContext = { faroVersion: string; generatedAt: string };

/** How the threshold was chosen, in the run page's words. */
export function describeThreshold(result: RunResult): string {
	if (result.threshold === null) return m.report_threshold_none();
	const how =
		result.thresholdMethod === 'fixed'
			? m.report_threshold_fixed()
			: result.thresholdMethod === 'cost'
				? m.report_threshold_cost({
						fp: formatNumber(result.costs?.falsePositive),
						fn: formatNumber(result.costs?.falseNegative)
					})
				: m.report_threshold_maximise({
						metric: result.thresholdMethod === 'f1' ? 'F1' : "Youden's J"
					});
	return `${formatNumber(result.threshold)} (${how})`;
}

/** "700 train · 150 validation · 150 test rows". */
/** How the final model was refitted on training + validation rows (`settings.finalFit`), in a sentence. */
function describeFinalFit(run: RunRecord, finalFit: NonNullable<RunResult['finalFit']>): string {
	const { family, solver } = run.settings.model;
	const steps = family === 'gbdt' || (family === 'logistic' && solver === 'lbfgs');
	return (steps ? m.runs_final_fit_iterations : m.runs_final_fit_epochs)({
		rows: formatCount(finalFit.rows),
		count: formatCount(finalFit.epochs)
	});
}

export const describeRows = (s: RunResult['splitSizes']): string =>
	m.report_rows_parts({
		train: formatCount(s.train),
		validation: formatCount(s.validation),
		test: formatCount(s.test)
	});

/** Leak warnings first, then the other warnings: each as its own line. */
export function warningsAlert(result: RunResult): Html {
	const leaks = result.warnings.filter((w) => w.code === 'target-leak');
	const others = result.warnings.filter((w) => w.code !== 'target-leak');
	return html`${
		leaks.length
			? alert(
					(leaks.length === 1 ? m.report_leak_title_one : m.report_leak_title_other)({
						count: formatCount(leaks.length)
					}),
					leaks.map((w) => w.message)
				)
			: html`<p class="ok">${m.report_no_leak()}</p>`
	}${
		others.length
			? alert(
					m.report_other_warnings(),
					others.map((w) => w.message)
				)
			: ''
	}`;
}

/** The headline test and validation figures. */
function keyFigures(result: RunResult): Html {
	const rows: [string, (r: RunResult['metrics']) => number | null | undefined][] = [
		['ROC AUC', (r) => r.rocAuc],
		['Gini', (r) => r.scorecard?.gini],
		['KS', (r) => r.scorecard?.ks],
		[m.report_metric_pr_auc(), (r) => r.prAuc],
		[m.report_metric_accuracy(), (r) => r.accuracy],
		[m.report_metric_log_loss(), (r) => r.logLoss]
	];
	const shown = rows.filter(([, v]) => v(result.metrics) !== undefined);
	return html`<table
		class="key-figures"
		aria-label="${m.report_key_figures()}"
		data-testid="report-key-figures"
	>
		<thead>
			<tr>
				<th scope="col">${m.report_col_metric()}</th>
				<th scope="col" class="num">${m.report_col_test()}</th>
				<th scope="col" class="num">${m.report_col_validation()}</th>
			</tr>
		</thead>
		<tbody>
			${shown.map(
				([label, v]) =>
					html`<tr>
						<th scope="row">${label}</th>
						<td class="num strong">${formatNumber(v(result.metrics))}</td>
						<td class="num">${formatNumber(v(result.validationMetrics))}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
}

/** Section 1: what the model predicts and how well, at a glance. */
export function summarySection(run: RunRecord, result: RunResult, number = '1'): Html {
	const s = run.settings;
	const classes = result.labels.map((l) => m.report_quoted({ value: l })).join(', ');
	const body = html`<div class="summary-grid">
			${facts([
				[
					m.report_fact_predicts(),
					html`<strong>${s.target}</strong>
						${m.report_classes_list({ count: formatCount(result.labels.length), classes })}`
				],
				[
					m.report_fact_positive_class(),
					result.positiveLabel === null
						? m.report_none_multiclass()
						: html`<strong>${result.positiveLabel}</strong>`
				],
				[m.report_fact_threshold(), describeThreshold(result)],
				[m.report_fact_model(), describeRunModel(run)],
				[
					m.report_fact_dataset(),
					m.report_dataset_rows({ name: run.dataset.name, rows: formatCount(run.dataset.rows) })
				],
				[m.report_fact_rows(), describeRows(result.splitSizes)],
				[m.report_fact_status(), describeStatus(run.status)]
			])}${keyFigures(result)}
		</div>
		${warningsAlert(result)}${result.metrics.notes.length ? alert(m.report_notes_test(), metricNotes(result.metrics)) : ''}`;
	return section('summary', number, m.report_section_summary(), body);
}

/** Section: the data the run saw — dataset, fingerprint, split, columns and their roles. */
export function dataSection(run: RunRecord, result: RunResult, number: string): Html {
	const s = run.settings;
	const byRole = (role: string) => s.columns.filter((c) => c.role === role);
	const list = (cols: { name: string; kind: string }[]) =>
		cols.length
			? cols.map((c) => `${c.name} (${describeKind(c.kind)})`).join(', ')
			: m.report_none();
	const perClass = result.metrics.perClass;
	const trainCounts = result.balance?.before;
	const classTable = html`<table aria-label="${m.report_rows_per_class()}">
		<thead>
			<tr>
				<th scope="col">${m.report_col_class()}</th>
				${trainCounts ? html`<th scope="col" class="num">${m.report_col_train_before()}</th>` : ''}
				<th scope="col" class="num">${m.report_col_validation()}</th>
				<th scope="col" class="num">${m.report_col_test()}</th>
			</tr>
		</thead>
		<tbody>
			${perClass.map(
				(c, i) =>
					html`<tr>
						<th scope="row">
							${c.label}${c.label === result.positiveLabel ? ` (${m.report_positive()})` : ''}
						</th>
						${trainCounts ? html`<td class="num">${formatCount(trainCounts[i] ?? 0)}</td>` : ''}
						<td class="num">${formatCount(result.validationMetrics.perClass[i]?.support ?? 0)}</td>
						<td class="num">${formatCount(c.support)}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
	const described = s.describedBy;
	const body = html`${facts([
		[m.report_fact_dataset(), run.dataset.name],
		[
			m.report_fact_fingerprint(),
			html`<code class="wrap">${run.dataset.fingerprint}</code> ${m.report_fingerprint_note()}`
		],
		[m.report_fact_rows(), formatCount(run.dataset.rows)],
		[
			m.report_fact_split(),
			m.report_split_value({
				split: describeSplit(s.split, result.splitSizes.test),
				seed: s.seed
			})
		],
		[m.report_fact_rows_per_part(), describeRows(result.splitSizes)],
		...(result.finalFit ? [[m.report_fact_final_fit(), describeFinalFit(run, result.finalFit)] as [string, string]] : []),
		[
			m.report_fact_rows_left_out(),
			result.splitSizes.droppedMissingTarget > 0
				? m.report_rows_no_target({
						count: formatCount(result.splitSizes.droppedMissingTarget)
					})
				: m.report_none()
		],
		[m.report_fact_target(), s.target],
		[m.report_fact_features(), html`${byRole('feature').length}: ${list(byRole('feature'))}`],
		[m.report_fact_id_columns(), list(byRole('id'))],
		[m.report_fact_ignored(), list(byRole('ignore'))],
		[
			m.report_fact_model_inputs(),
			m.report_model_inputs_value({ count: formatCount(result.featureCount) })
		],
		[
			m.report_fact_descriptions(),
			described
				? m.report_descriptions_value({
						describer: described.describer,
						model: described.model ? ` (${described.model})` : '',
						version: described.promptVersion
					})
				: null
		]
	])}${block(m.report_rows_per_class(), classTable)}${note(m.report_data_note())}`;
	return section('data', number, m.report_section_data(), body);
}

/** Section: where the run came from — versions, ids, dates, seed, backend. */
export function provenanceSection(run: RunRecord, context: ReportContext, number: string): Html {
	const s = run.settings;
	const body = facts([
		[m.report_fact_faro_version(), context.faroVersion],
		[m.report_fact_run(), html`${run.name} <span class="muted">(id <code>${run.id}</code>)</span>`],
		[m.report_fact_schema(), String(run.schemaVersion)],
		[m.report_fact_trained(), `${formatTime(run.createdAt)} → ${formatTime(run.finishedAt)}`],
		[m.report_fact_duration(), formatDuration(run.durationMs ?? NaN)],
		[m.report_fact_seed(), String(s.seed)],
		[
			m.report_fact_backend(),
			html`${m.report_backend_requested({ backend: s.backend })}
				<strong>${run.backend?.name ?? '—'}</strong
				>${run.backend ? ` (${backendReason(run.backend)})` : ''}`
		],
		[
			m.report_fact_dataset_fingerprint(),
			html`<code class="wrap">${run.dataset.fingerprint}</code>`
		],
		[
			m.report_fact_model(),
			run.result?.model
				? m.report_model_kept()
				: run.modelRemoved
					? m.report_model_removed({ time: formatTime(run.modelRemoved.at) })
					: m.report_model_not_kept()
		],
		[m.report_fact_generated(), formatTime(context.generatedAt)]
	]);
	return section(
		'provenance',
		number,
		m.report_section_provenance(),
		html`${body}${note(m.report_provenance_note())}`
	);
}
