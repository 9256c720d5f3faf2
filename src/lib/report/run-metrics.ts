/** The report's metrics section: the run page's metric table (test and validation), per-class scores and the confusion matrix. */
import type { Metrics } from '$lib/eval';
import type { RunResult } from '$lib/runs';
import { html, type Html } from './html';
import { formatCount, formatNumber, formatPercent } from './format';
import { alert, block, note, section } from './layout';
import { metricRowsOf } from './metric-rows';

/** The run page's metrics table: test and validation, with each metric's meaning. */
export function metricsTable(metrics: Metrics, validation: Metrics): Html {
	return html`<table aria-label="Metrics" data-testid="report-metrics">
		<thead>
			<tr>
				<th scope="col">Metric</th>
				<th scope="col" class="num">Test</th>
				<th scope="col" class="num">Validation</th>
				<th scope="col">Meaning</th>
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
				<th scope="col">Class</th>
				<th scope="col" class="num">Precision</th>
				<th scope="col" class="num">Recall</th>
				<th scope="col" class="num">F1</th>
				<th scope="col" class="num">Support</th>
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
	label = 'Confusion matrix'
): Html {
	const totals = counts.map((row) => row.reduce((a, b) => a + b, 0));
	return html`<table class="confusion" aria-label="${label}">
		<thead>
			<tr>
				<th scope="col">true ↓ / predicted →</th>
				${labels.map((l) => html`<th scope="col" class="num">${l}</th>`)}
				<th scope="col" class="num">Total</th>
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
	const m = result.metrics;
	const threshold =
		result.threshold === null
			? 'Each row is predicted as its most probable class.'
			: `Rows with p(${result.positiveLabel}) ≥ ${formatNumber(result.threshold)} are predicted “${result.positiveLabel}”; test and validation metrics use this threshold.`;
	const cost = result.costs
		? html`<p data-testid="report-expected-cost">
				Cost of the errors on the test part:
				<strong>${formatNumber(result.costs.test.total)}</strong>
				(${formatNumber(result.costs.test.perRow)} per row; validation
				${formatNumber(result.costs.validation.perRow)} per row).
			</p>`
		: '';
	const body = html`${metricsTable(m, result.validationMetrics)}${note(`Test: ${formatCount(m.rows)} rows, never seen in training; validation: ${formatCount(result.validationMetrics.rows)} rows. ${threshold}`)}${cost}
		<div class="pair">
			${block('Per class (test)', perClassTable(m, 'Per-class metrics'))}${block('Confusion matrix (test)', confusionTable(result.labels, m.confusion))}
		</div>
		${note('Rows: true class; columns: predicted class; under each count its share of the true class’s rows.')}${m.notes.length ? alert('Notes', m.notes) : ''}`;
	return section('metrics', number, 'Metrics on validation and test', body);
}
