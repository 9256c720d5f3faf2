/**
 * The comparison part of a report on 2–6 runs: the runs as columns of the summary, metric, settings and
 * provenance tables, then the overlaid curves, matrices and importance (compare-charts.ts). Each run's own
 * sections follow it (run-report.ts).
 */
import type { Metrics } from '$lib/eval';
import type { RunResult } from '$lib/runs';
import { compareRuns } from '$lib/runs/compare';
import { describeSplit } from '$lib/runs/describe-split';
import { describeModelSpec } from '$lib/models/describe-spec';
import { html, type Html, type HtmlValue } from './html';
import { formatCount, formatDuration, formatNumber, formatPercent, formatTime } from './format';
import { alert, block, note, section, type Section } from './layout';
import { metricRows } from './metric-rows';
import { blendMembers } from '$lib/runs/describe-trial';
import { describeBalance, describeRecipeSteps, describeRunModel, RECIPE_KINDS } from './describe-run';
import { m } from '../i18n';
import { backendReason } from '$lib/models/backend-reason';
import { describeRows, describeThreshold, type ReportContext } from './run-summary';
import { describeTraining, featureKinds } from './run-model';
import {
	confusionCompared,
	curvesCompared,
	importanceCompared,
	letter,
	rankingCompared,
	type Finished
} from './compare-charts';

/** A table with one column per run; `differs` marks rows whose values are not all equal. */
function runTable(
	label: string,
	runs: Finished[],
	rows: [HtmlValue, HtmlValue[]][],
	testId?: string
): Html {
	const text = (v: HtmlValue) =>
		typeof v === 'object' && v !== null && 'value' in v ? v.value : String(v ?? '');
	return html`<table
		class="run-cols"
		aria-label="${label}"
		${testId ? html` data-testid="${testId}"` : ''}
	>
		<thead>
			<tr>
				<th scope="col"></th>
				${runs.map(({ run }, i) => html`<th scope="col">${letter(i)}: ${run.name}</th>`)}
			</tr>
		</thead>
		<tbody>
			${rows.map(([name, values]) => {
				const differs = new Set(values.map(text)).size > 1 ? ' class="differs"' : '';
				return html`<tr>
					<th scope="row" ${differs ? html` class="differs"` : ''}>${name}</th>
					${values.map((v) => html`<td>${v}</td>`)}
				</tr>`;
			})}
		</tbody>
	</table>`;
}

function summary(runs: Finished[], number: string): Section {
	const comparison = compareRuns(runs.map((f) => f.run));
	const cautions = !comparison.sameData
		? alert(m.report_caution_data(), [])
		: !comparison.sameTestRows
			? alert(m.report_caution_rows(), [])
			: html`<p class="ok">${m.report_comparable()}</p>`;
	const leaks = runs.flatMap(({ run, result }, i) =>
		result.warnings.map((w) => html`<strong>${letter(i)} (${run.name})</strong>: ${w.message}`)
	);
	const metric = (f: (r: Metrics) => number | null | undefined) =>
		runs.map(
			({ result }) => html`<span class="num strong">${formatNumber(f(result.metrics))}</span>`
		);
	const table = runTable(
		m.report_compare_summary_label(),
		runs,
		[
			[m.report_fact_predicts(), runs.map(({ run }) => run.settings.target)],
			[
				m.report_fact_positive_class(),
				runs.map(({ result }) => result.positiveLabel ?? m.report_none_multiclass())
			],
			[
				m.report_fact_dataset(),
				runs.map(({ run }) =>
					m.report_dataset_rows_paren({
						name: run.dataset.name,
						rows: formatCount(run.dataset.rows)
					})
				)
			],
			[
				m.report_fact_fingerprint(),
				runs.map(({ run }) => html`<code>${run.dataset.fingerprint.slice(0, 12)}…</code>`)
			],
			[m.report_fact_model(), runs.map(({ run }) => describeRunModel(run))],
			[m.report_fact_rows(), runs.map(({ result }) => describeRows(result.splitSizes))],
			[m.report_threshold_label(), runs.map(({ result }) => describeThreshold(result))],
			[m.report_test_metric({ metric: 'ROC AUC' }), metric((r) => r.rocAuc)],
			[m.report_test_metric({ metric: 'Gini' }), metric((r) => r.scorecard?.gini)],
			[m.report_test_metric({ metric: 'KS' }), metric((r) => r.scorecard?.ks)],
			[
				m.report_fact_warnings(),
				runs.map(({ result }) =>
					result.warnings.length ? `⚠ ${result.warnings.length}` : m.report_none_masc()
				)
			]
		],
		'report-compare-summary'
	);
	return section(
		'summary',
		number,
		m.report_section_summary(),
		html`${table}${cautions}${leaks.length ? alert(m.report_compare_warnings(), leaks) : html`<p class="ok">${m.report_compare_no_leak()}</p>`}`
	);
}

/** One metric table (test or validation), the best value of each row starred and underlined. */
function metricTable(
	runs: Finished[],
	pick: (r: RunResult) => Metrics,
	label: string,
	testId: string
): Html {
	const rows = metricRows().filter((row) =>
		runs.some(({ result }) => row.value(pick(result)) !== undefined)
	);
	return html`<table class="run-cols" aria-label="${label}" data-testid="${testId}">
		<thead>
			<tr>
				<th scope="col">${label}</th>
				${runs.map(({ run }, i) => html`<th scope="col" class="num">${letter(i)}: ${run.name}</th>`)}
			</tr>
		</thead>
		<tbody>
			${rows.map((row) => {
				const values = runs.map(({ result }) => row.value(pick(result)));
				const finite = values.filter(
					(v): v is number => typeof v === 'number' && Number.isFinite(v)
				);
				const best = finite.length
					? row.lowerIsBetter
						? Math.min(...finite)
						: Math.max(...finite)
					: NaN;
				return html`<tr>
					<th scope="row">
						${row.label}${row.lowerIsBetter ? ` (${m.report_lower_is_better()})` : ''}
					</th>
					${values.map((v) => (v === best ? html`<td class="num best">${formatNumber(v)} ★</td>` : html`<td class="num">${formatNumber(v)}</td>`))}
				</tr>`;
			})}
		</tbody>
	</table>`;
}

function metrics(runs: Finished[], number: string): Section {
	return section(
		'metrics',
		number,
		m.report_section_metrics(),
		html`${metricTable(runs, (r) => r.metrics, m.report_test_metric_col(), 'report-compare-metrics')}${metricTable(runs, (r) => r.validationMetrics, m.report_validation_metric_col(), 'report-compare-validation')}${note(m.report_compare_metrics_note())}`
	);
}

function settings(runs: Finished[], number: string): Section {
	const recipeKinds = RECIPE_KINDS.map(([id]) => id);
	const recipeRows = RECIPE_KINDS.map(([id, label]): [HtmlValue, HtmlValue[]] => [
		m.report_recipe_row({ kind: label().toLowerCase() }),
		runs.map(
			({ run }) =>
				describeRecipeSteps(run.settings.recipe, featureKinds(run)).find((s) => s.id === id)
					?.text ?? '—'
		)
	]).filter(([, values]) => values.some((v) => v !== '—'));
	const extra = runs.map(
		({ run }) =>
			describeRecipeSteps(run.settings.recipe)
				.filter((s) => !recipeKinds.includes(s.id))
				.map((s) => `${s.label}: ${s.text}`)
				.join('; ') || m.report_none_masc()
	);
	const table = runTable(
		m.report_compare_settings_label(),
		runs,
		[
			[
				m.report_fact_model(),
				runs.map(({ run }) => {
					const members = blendMembers(run);
					return members
						? html`${m.report_blend_of({ count: members.length })}
							${members.map((member, j) => html`${j ? '; ' : ''}${formatPercent(Math.round(member.weight * 100) / 100, 0)} #${member.trialId} ${member.model}`)}`
						: describeModelSpec(run.settings.model);
				})
			],
			[m.report_fact_training(), runs.map(({ run, result }) => describeTraining(run, result))],
			[m.report_fact_class_balance(), runs.map(({ run }) => describeBalance(run.settings.balance))],
			[
				m.report_fact_split(),
				runs.map(({ run, result }) => describeSplit(run.settings.split, result.splitSizes.test))
			],
			[m.report_fact_seed(), runs.map(({ run }) => String(run.settings.seed))],
			[
				m.report_fact_backend(),
				runs.map(({ run }) =>
					m.report_backend_value({
						name: run.backend?.name ?? '—',
						backend: run.settings.backend
					})
				)
			],
			[m.report_fact_threshold_method(), runs.map(({ run }) => run.settings.threshold.method)],
			[
				m.report_fact_features(),
				runs.map(({ run, result }) =>
					m.report_features_value({
						columns: run.settings.columns.filter((c) => c.role === 'feature').length,
						inputs: formatCount(result.featureCount)
					})
				)
			],
			...recipeRows,
			[m.report_recipe_extra_row(), extra],
			[
				m.report_fact_search(),
				runs.map(({ run: { search } }) =>
					search
						? m.report_search_value({ strategy: search.strategy, count: search.trials.length })
						: m.report_none()
				)
			]
		],
		'report-compare-settings'
	);
	const diff = compareRuns(runs.map((f) => f.run)).settings;
	const diffTable = diff.length
		? html`<table class="run-cols" aria-label="${m.report_settings_differ()}">
				<thead>
					<tr>
						<th scope="col">${m.report_col_setting()}</th>
						${runs.map(({ run }, i) => html`<th scope="col">${letter(i)}: ${run.name}</th>`)}
					</tr>
				</thead>
				<tbody>
					${diff.map(
						(d) =>
							html`<tr>
								<th scope="row"><code>${d.path}</code></th>
								${d.values.map((v) => html`<td>${v}</td>`)}
							</tr>`
					)}
				</tbody>
			</table>`
		: html`<p>${m.report_identical_settings()}</p>`;
	return section(
		'settings',
		number,
		m.report_section_model(),
		html`${table}${note(m.report_shaded_note())}${block(m.report_every_setting_differs(), diffTable)}`
	);
}

function provenance(runs: Finished[], context: ReportContext, number: string): Section {
	const table = runTable(m.report_compare_provenance_label(), runs, [
		[m.report_fact_run_id(), runs.map(({ run }) => html`<code>${run.id}</code>`)],
		[
			m.report_fact_trained(),
			runs.map(({ run }) => `${formatTime(run.createdAt)} → ${formatTime(run.finishedAt)}`)
		],
		[m.report_fact_duration(), runs.map(({ run }) => formatDuration(run.durationMs ?? NaN))],
		[m.report_fact_seed(), runs.map(({ run }) => String(run.settings.seed))],
		[
			m.report_fact_backend(),
			runs.map(({ run }) => (run.backend ? `${run.backend.name} (${backendReason(run.backend)})` : '—'))
		],
		[
			m.report_fact_fingerprint(),
			runs.map(({ run }) => html`<code class="wrap">${run.dataset.fingerprint}</code>`)
		]
	]);
	return section(
		'provenance',
		number,
		m.report_section_provenance(),
		html`${table}
			<p>
				${m.report_compare_generated({
					version: context.faroVersion,
					time: formatTime(context.generatedAt)
				})}
			</p>`
	);
}

/** The comparison sections of a report on several finished runs, numbered 1, 2 … */
export function compareSections(runs: Finished[], context: ReportContext): Section[] {
	const makers = [
		(n: string) => summary(runs, n),
		(n: string) => metrics(runs, n),
		(n: string) => settings(runs, n),
		(n: string) => curvesCompared(runs, n),
		(n: string) => rankingCompared(runs, n),
		(n: string) => confusionCompared(runs, n),
		(n: string) => importanceCompared(runs, n),
		(n: string) => provenance(runs, context, n)
	];
	const out: Section[] = [];
	for (const make of makers) {
		const made = make(String(out.length + 1));
		if (made) out.push(made);
	}
	return out;
}
