/**
 * The chart and matrix sections of a comparison report: ROC, precision–recall, calibration, gains and
 * validation-loss curves overlaid (each run its own dash and colour), decile captures, confusion matrices
 * side by side, and permutation importance with the score each run lost.
 */
import type { RunRecord, RunResult } from '$lib/runs';
import { html, type Html } from './html';
import { formatNumber, formatPercent } from './format';
import { alert, block, chart, note, section, type Section } from './layout';
import { confusionTable } from './run-metrics';
import { gainsPoints } from './run-curves';
import { lineChart, type LineSeries } from './svg-charts';
import { compareImportance, importanceMetricLabel } from './compare-importance';
import { m } from '../i18n';

/** A finished run and its results. */
export type Finished = { run: RunRecord; result: RunResult };

/** "A", "B" …: how the report names the compared runs. */
export const letter = (i: number): string => String.fromCharCode(65 + i);

function overlay(
	runs: Finished[],
	label: string,
	xLabel: string,
	yLabel: string,
	points: (r: RunResult) => { x: number; y: number }[] | null,
	o: {
		curve?: LineSeries['curve'];
		diagonal?: boolean;
		percent?: boolean;
		unit?: boolean;
		dots?: boolean;
	} = {}
): Html | null {
	const series = runs.flatMap(({ run, result }, i) => {
		const p = points(result);
		return p
			? [{ name: `${letter(i)}: ${run.name}`, points: p, curve: o.curve, dots: o.dots }]
			: [];
	});
	if (series.length === 0) return null;
	const unit = o.unit ?? true;
	return lineChart({
		label,
		xLabel,
		yLabel,
		series,
		diagonal: o.diagonal,
		percent: o.percent,
		...(unit ? { xDomain: [0, 1] as [number, number], yDomain: [0, 1] as [number, number] } : {}),
		width: 380,
		height: 290
	});
}

/** A comparison section (see the module header). */
export function curvesCompared(runs: Finished[], number: string): Section | null {
	const charts = [
		overlay(
			runs,
			m.report_chart_roc_compared(),
			m.report_axis_fpr(),
			m.report_axis_tpr(),
			(r) =>
				r.metrics.curves.roc &&
				r.metrics.curves.roc.fpr.map((x, i) => ({ x, y: r.metrics.curves.roc?.tpr[i] ?? NaN })),
			{ curve: 'step-after', diagonal: true }
		),
		overlay(
			runs,
			m.report_chart_pr_compared(),
			m.report_axis_recall(),
			m.report_axis_precision(),
			(r) =>
				r.metrics.curves.pr &&
				r.metrics.curves.pr.recall.map((x, i) => ({
					x,
					y: r.metrics.curves.pr?.precision[i] ?? NaN
				})),
			{ curve: 'step-before' }
		),
		overlay(
			runs,
			m.report_chart_calibration_compared(),
			m.report_axis_mean_predicted(),
			m.report_fraction_positive(),
			(r) =>
				r.metrics.curves.calibration &&
				r.metrics.curves.calibration.meanPredicted.map((x, i) => ({
					x,
					y: r.metrics.curves.calibration?.fractionPositive[i] ?? NaN
				})),
			{ diagonal: true, dots: true }
		),
		overlay(
			runs,
			m.report_chart_gains_compared(),
			m.report_axis_share_rows(),
			m.report_axis_share_positives(),
			(r) => (r.metrics.scorecard ? gainsPoints(r.metrics.scorecard) : null),
			{ diagonal: true, percent: true, dots: true }
		),
		overlay(
			runs,
			m.report_chart_val_loss_compared(),
			m.report_axis_epoch_trees(),
			m.report_axis_val_loss(),
			(r) => (r.history.length ? r.history.map((e) => ({ x: e.epoch + 1, y: e.valLoss })) : null),
			{ unit: false }
		)
	].filter((c): c is Html => c !== null);
	if (charts.length === 0) return null;
	return section(
		'curves',
		number,
		m.report_section_curves_compared(),
		html`<div class="charts">${charts.map((c) => chart(c))}</div> `
	);
}

/** A comparison section (see the module header). */
export function rankingCompared(runs: Finished[], number: string): Section | null {
	if (!runs.some(({ result }) => result.metrics.scorecard)) return null;
	const deciles = Array.from({ length: 10 }, (_, d) => d + 1);
	const cell = (r: RunResult, d: number) => {
		const row = r.metrics.scorecard?.deciles.find((x) => x.decile === d);
		return row
			? html`${formatPercent(row.capture)}
					<span class="muted">(${formatNumber(row.cumulativeLift, 2)})</span>`
			: '—';
	};
	const table = html`<table
		class="run-cols"
		aria-label="${m.report_captured_by_decile()}"
		data-testid="report-compare-deciles"
	>
		<thead>
			<tr>
				<th scope="col">${m.report_col_decile()}</th>
				${runs.map(({ run }, i) => html`<th scope="col" class="num">${letter(i)}: ${run.name}</th>`)}
			</tr>
		</thead>
		<tbody>
			${deciles.map(
				(d) =>
					html`<tr>
						<th scope="row">${d}</th>
						${runs.map(({ result }) => html`<td class="num">${cell(result, d)}</td>`)}
					</tr>`
			)}
		</tbody>
	</table>`;
	return section(
		'ranking',
		number,
		m.report_section_ranking_compared(),
		html`${table}${note(m.report_ranking_compared_note())}`
	);
}

/** A comparison section (see the module header). */
export function confusionCompared(runs: Finished[], number: string): Section {
	return section(
		'confusion',
		number,
		m.report_section_confusion(),
		html`<div class="pair">
			${runs.map(({ run, result }, i) =>
				block(
					`${letter(i)}: ${run.name}`,
					html`${confusionTable(result.labels, result.metrics.confusion, m.report_confusion_of({ name: run.name }))}
						<p class="note">
							${m.report_threshold_label()}
							${result.threshold === null ? m.report_threshold_argmax() : formatNumber(result.threshold)}${result.costs ? m.report_threshold_cost_suffix({ total: formatNumber(result.costs.test.total), perRow: formatNumber(result.costs.test.perRow) }) : ''}
						</p>`
				)
			)}
		</div>`
	);
}

/** A comparison section (see the module header). */
export function importanceCompared(runs: Finished[], number: string): Section | null {
	const table = compareImportance(runs.map(({ result }) => result.importance));
	if (table.rows.length === 0) return null;
	const header = runs.map(({ run }, i) => {
		const metric = table.metrics[i];
		return html`<th scope="col" class="num">
			${letter(i)}: ${run.name}<br /><span class="muted"
				>${metric ? m.report_metric_lost({ metric: importanceMetricLabel(metric) }) : m.report_not_measured()}</span
			>
		</th>`;
	});
	const body = html`<table
		class="run-cols"
		aria-label="${m.report_importance_compared_label()}"
		data-testid="report-compare-importance"
	>
		<thead>
			<tr>
				<th scope="col">${m.report_col_column()}</th>
				${header}
			</tr>
		</thead>
		<tbody>
			${table.rows.map(
				(row) =>
					html`<tr>
						<th scope="row">${row.column}</th>
						${row.values.map((v, i) => html`<td class="num">${v === null ? '—' : html`${formatNumber(v, 4)}${table.isMixed ? html` <span class="muted">(#${row.ranks[i]})</span>` : ''}`}</td>`)}
					</tr>`
			)}
		</tbody>
	</table>`;
	const mixed = table.isMixed ? alert(m.report_importance_mixed(), []) : '';
	return section(
		'importance',
		number,
		m.report_section_importance_compared(),
		html`${mixed}${body}${note(m.report_importance_compared_note({ order: table.isMixed ? '' : m.report_importance_order() }))}`
	);
}
