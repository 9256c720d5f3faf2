/**
 * The report's curve sections: ROC, precision–recall and calibration (whatever the run stores), and for binary
 * runs the ranking of the positive class — Gini, KS, the decile table, gains, lift and KS charts — with the
 * run page's wording and number formats (CurveCharts.svelte, DecileTable.svelte).
 */
import type { Metrics, RocCurve, Scorecard } from '$lib/eval';
import type { RunResult } from '$lib/runs';
import { html, type Html } from './html';
import { formatCount, formatNumber, formatPercent } from './format';
import { block, chart, note, section } from './layout';
import { columnChart, lineChart, UNIT_DOMAINS, type LineSeries } from './svg-charts';
import { m } from '../i18n';

/** Points of a ROC curve. */
const rocPoints = (c: RocCurve) => c.fpr.map((x, i) => ({ x, y: c.tpr[i] }));

/** ROC, precision–recall and calibration charts of one run's test part. */
function curveCharts(metrics: Metrics): Html[] {
	const c = metrics.curves;
	const charts: Html[] = [];
	const rocSeries: LineSeries[] = c.roc
		? [
				{
					name: metrics.positiveLabel ?? m.report_positive(),
					points: rocPoints(c.roc),
					curve: 'step-after'
				}
			]
		: (c.rocPerClass ?? []).map((r) => ({
				name: r.label,
				points: rocPoints(r.roc),
				curve: 'step-after'
			}));
	if (rocSeries.length) {
		const svg = lineChart({
			label: m.report_chart_roc(),
			xLabel: m.report_axis_fpr(),
			yLabel: m.report_axis_tpr(),
			series: rocSeries,
			diagonal: true,
			...UNIT_DOMAINS
		});
		charts.push(
			chart(
				svg,
				m.report_caption_roc({
					auc: formatNumber(metrics.rocAuc),
					perClass: c.rocPerClass ? ` (${m.report_caption_roc_per_class()})` : ''
				})
			)
		);
	}
	if (c.pr) {
		const pr = c.pr;
		const svg = lineChart({
			label: m.report_chart_pr(),
			xLabel: m.report_axis_recall(),
			yLabel: m.report_axis_precision(),
			series: [
				{
					name: m.report_series_precision(),
					points: pr.recall.map((x, i) => ({ x, y: pr.precision[i] })),
					curve: 'step-before'
				}
			],
			...UNIT_DOMAINS
		});
		charts.push(chart(svg, m.report_caption_pr({ ap: formatNumber(metrics.prAuc) })));
	}
	if (c.calibration) {
		const cal = c.calibration;
		const svg = lineChart({
			label: m.report_chart_calibration(),
			xLabel: m.report_axis_mean_predicted(),
			yLabel: m.report_fraction_positive(),
			series: [
				{
					name: m.report_series_calibration(),
					points: cal.meanPredicted.map((x, i) => ({ x, y: cal.fractionPositive[i] })),
					dots: true
				}
			],
			diagonal: true,
			...UNIT_DOMAINS
		});
		charts.push(chart(svg, m.report_caption_calibration()));
	}
	return charts;
}

function calibrationTable(metrics: Metrics): Html {
	const cal = metrics.curves.calibration;
	if (!cal) return html``;
	return html`<table aria-label="${m.report_calibration_bins()}">
		<thead>
			<tr>
				<th scope="col" class="num">${m.report_col_mean_predicted()}</th>
				<th scope="col" class="num">${m.report_fraction_positive()}</th>
				<th scope="col" class="num">${m.report_col_rows()}</th>
			</tr>
		</thead>
		<tbody>
			${cal.meanPredicted.map(
				(p, i) =>
					html`<tr>
						<td class="num">${formatNumber(p)}</td>
						<td class="num">${formatNumber(cal.fractionPositive[i])}</td>
						<td class="num">${formatCount(cal.counts[i])}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
}

/** Section: the curves the run stores. */
export function curvesSection(result: RunResult, number: string): Html {
	const charts = curveCharts(result.metrics);
	if (charts.length === 0) return html``;
	const cal = result.metrics.curves.calibration;
	return section(
		'curves',
		number,
		m.report_section_curves(),
		html`<div class="charts">${charts}</div>
			${cal ? block(m.report_calibration_bins_of({ positive: result.positiveLabel ?? m.report_positive() }), calibrationTable(result.metrics)) : ''}`
	);
}

/** The run page's decile table. */
export function decileTable(scorecard: Scorecard, positive: string): Html {
	return html`<table aria-label="${m.report_decile_table()}" data-testid="report-deciles">
		<thead>
			<tr>
				<th scope="col">${m.report_col_decile()}</th>
				<th scope="col" class="num">${m.report_col_rows()}</th>
				<th scope="col" class="num">${m.report_col_positive({ positive })}</th>
				<th scope="col" class="num">${m.report_col_rate()}</th>
				<th scope="col" class="num">${m.report_col_scores()}</th>
				<th scope="col" class="num">${m.report_col_captured()}</th>
				<th scope="col" class="num">${m.report_col_lift()}</th>
				<th scope="col" class="num">${m.report_col_cum_lift()}</th>
			</tr>
		</thead>
		<tbody>
			${scorecard.deciles.map(
				(d) =>
					html`<tr>
						<th scope="row">${d.decile}</th>
						<td class="num">${formatCount(d.rows)}</td>
						<td class="num">${formatCount(d.positives)}</td>
						<td class="num">${formatPercent(d.positiveRate)}</td>
						<td class="num">${formatNumber(d.minScore)}–${formatNumber(d.maxScore)}</td>
						<td class="num">${formatPercent(d.capture)}</td>
						<td class="num">${formatNumber(d.lift, 2)}</td>
						<td class="num">${formatNumber(d.cumulativeLift, 2)}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
}

/** Cumulative gains points: share of rows (best scores first) against the share of positives captured. */
export function gainsPoints(scorecard: Scorecard): { x: number; y: number }[] {
	const total = scorecard.deciles.at(-1)?.cumulativeRows ?? 0;
	if (total === 0) return [];
	return [
		{ x: 0, y: 0 },
		...scorecard.deciles.map((d) => ({ x: d.cumulativeRows / total, y: d.capture }))
	];
}

/** The KS chart's two cumulative shares against the share of rows, from the test ROC curve. */
function ksChart(scorecard: Scorecard, roc: RocCurve, positive: string): Html | null {
	const total = scorecard.deciles.at(-1)?.cumulativeRows ?? 0;
	const positives = scorecard.deciles.at(-1)?.cumulativePositives ?? 0;
	const negatives = total - positives;
	if (positives === 0 || negatives === 0) return null;
	const points = roc.fpr.map((f, i) => ({
		share: (roc.tpr[i] * positives + f * negatives) / total,
		tpr: roc.tpr[i],
		fpr: f
	}));
	const widest = points.reduce((a, b) =>
		Math.abs(b.tpr - b.fpr) > Math.abs(a.tpr - a.fpr) ? b : a
	);
	const svg = lineChart({
		label: m.report_chart_ks(),
		xLabel: m.report_axis_share_rows(),
		yLabel: m.report_axis_share_class(),
		series: [
			{ name: positive, points: points.map((p) => ({ x: p.share, y: p.tpr })) },
			{ name: m.report_series_others(), points: points.map((p) => ({ x: p.share, y: p.fpr })) }
		],
		segments: [{ x: widest.share, y1: widest.fpr, y2: widest.tpr }],
		percent: true,
		...UNIT_DOMAINS
	});
	return chart(svg, m.report_caption_ks({ ks: formatNumber(scorecard.ks) }));
}

/** Section (binary runs): Gini, KS, the decile table, gains, lift and KS charts. */
export function rankingSection(result: RunResult, number: string): Html {
	const scorecard = result.metrics.scorecard;
	if (!scorecard) return html``;
	const positive = result.positiveLabel ?? m.report_positive();
	const gains = lineChart({
		label: m.report_chart_gains({ positive }),
		xLabel: m.report_axis_share_rows(),
		yLabel: m.report_axis_share_captured({ positive }),
		series: [{ name: m.report_series_gains(), points: gainsPoints(scorecard), dots: true }],
		diagonal: true,
		percent: true,
		...UNIT_DOMAINS
	});
	const lift = columnChart({
		label: m.report_chart_lift(),
		xLabel: m.report_axis_decile(),
		yLabel: m.report_col_lift(),
		bars: scorecard.deciles.map((d) => ({ x: d.decile, value: d.lift ?? 0 })),
		lines: [
			{
				name: m.report_series_cum_lift(),
				points: scorecard.deciles.map((d) => ({ x: d.decile, y: d.cumulativeLift ?? 0 })),
				dots: true
			}
		],
		rulesY: [1]
	});
	const roc = result.metrics.curves.roc;
	const ks = roc && scorecard.ks !== null ? ksChart(scorecard, roc, positive) : null;
	const ksAt =
		scorecard.ksAt !== null ? ` (${m.report_ks_at({ score: formatNumber(scorecard.ksAt) })})` : '';
	const body = html`<p>
			Gini <strong data-testid="report-gini">${formatNumber(scorecard.gini)}</strong> · KS
			<strong data-testid="report-ks">${formatNumber(scorecard.ks)}</strong>${ksAt}
		</p>
		${decileTable(scorecard, positive)}${note(m.report_ranking_note({ positive }))}
		<div class="charts">
			${chart(gains, m.report_caption_gains())}${chart(lift, m.report_caption_lift())}${ks ?? ''}
		</div>`;
	return section('ranking', number, m.report_section_ranking({ positive }), body);
}
