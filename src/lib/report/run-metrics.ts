/** The report's metrics section: the run page's metric table (test and validation), per-class scores and the confusion matrix. */
import type { Metrics } from '$lib/eval';
import type { RunResult } from '$lib/runs';
import { html, type Html } from './html';
import { formatCount, formatNumber, formatPercent } from './format';
import { alert, block, note, section } from './layout';
import { metricNotes, metricRowsOf } from './metric-rows';
import { m } from '../i18n';

/** The run page's metrics table: test and validation, with each metric's meaning. */
export function metricsTable(metrics: Metrics, validation: Metrics): Html {
	return html`<table aria-label="${m.report_metrics_label()}" data-testid="report-metrics">
		<thead>
			<tr>
				<th scope="col">${m.report_col_metric()}</th>
				<th scope="col" class="num">${m.report_col_test()}</th>
				<th scope="col" class="num">${m.report_col_validation()}</th>
				<th scope="col">${m.report_col_meaning()}</th>
			</tr>
		</thead>
		<tbody>
			${metricRowsOf(metrics).map(
				(row) =>
					html`<tr>
						<th scope="row">${row.label}</th>
						<td class="num strong">${formatNumber(row.value(metrics))}</td>
						<td class="num">${formatNumber(row.value(validation))}</td>
						<td class="hint">${row.hint}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
}

function perClassTable(metrics: Metrics, caption: string): Html {
	return html`<table aria-label="${caption}">
		<thead>
			<tr>
				<th scope="col">${m.report_col_class()}</th>
				<th scope="col" class="num">${m.report_col_precision()}</th>
				<th scope="col" class="num">${m.report_col_recall()}</th>
				<th scope="col" class="num">F1</th>
				<th scope="col" class="num">${m.report_col_support()}</th>
			</tr>
		</thead>
		<tbody>
			${metrics.perClass.map(
				(c) =>
					html`<tr>
						<th scope="row">${c.label}</th>
						<td class="num">${formatNumber(c.precision)}</td>
						<td class="num">${formatNumber(c.recall)}</td>
						<td class="num">${formatNumber(c.f1)}</td>
						<td class="num">${formatCount(c.support)}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
}

/** Counts with the row share under each; the diagonal bold and shaded, so it reads without colour. */
export function confusionTable(
	labels: string[],
	counts: number[][],
	label = m.report_confusion_matrix()
): Html {
	const totals = counts.map((row) => row.reduce((a, b) => a + b, 0));
	return html`<table class="confusion" aria-label="${label}">
		<thead>
			<tr>
				<th scope="col">${m.report_confusion_corner()}</th>
				${labels.map((l) => html`<th scope="col" class="num">${l}</th>`)}
				<th scope="col" class="num">${m.report_col_total()}</th>
			</tr>
		</thead>
		<tbody>
			${counts.map(
				(row, i) =>
					html`<tr>
						<th scope="row">${labels[i]}</th>
						${row.map((n, j) => html`<td class="num${i === j ? ' diag' : ''}">${formatCount(n)}<br /><span class="share">${formatPercent(totals[i] > 0 ? n / totals[i] : 0)}</span></td>`)}
						<td class="num">${formatCount(totals[i])}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
}

/** Section: metrics, per-class scores and the confusion matrix. */
export function metricsSection(result: RunResult, number: string): Html {
	const metrics = result.metrics;
	const threshold =
		result.threshold === null
			? m.report_argmax_note()
			: m.report_threshold_rule_note({
					positive: String(result.positiveLabel),
					threshold: formatNumber(result.threshold)
				});
	const cost = result.costs
		? html`<p data-testid="report-expected-cost">
				${m.report_cost_test_before()}
				<strong>${formatNumber(result.costs.test.total)}</strong>
				${m.report_cost_test_after({
					perRow: formatNumber(result.costs.test.perRow),
					validation: formatNumber(result.costs.validation.perRow)
				})}
			</p>`
		: '';
	const rows = m.report_metrics_rows_note({
		test: formatCount(metrics.rows),
		validation: formatCount(result.validationMetrics.rows)
	});
	const body = html`${metricsTable(metrics, result.validationMetrics)}${note(`${rows} ${threshold}`)}${cost}
		<div class="pair">
			${block(m.report_per_class_test(), perClassTable(metrics, m.report_per_class_metrics()))}${block(m.report_confusion_test(), confusionTable(result.labels, metrics.confusion))}
		</div>
		${note(m.report_confusion_note())}${metrics.notes.length ? alert(m.report_notes(), metricNotes(metrics)) : ''}`;
	return section('metrics', number, m.report_section_metrics(), body);
}
