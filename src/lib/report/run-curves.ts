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

/** Points of a ROC curve. */
const rocPoints = (c: RocCurve) => c.fpr.map((x, i) => ({ x, y: c.tpr[i] }));

/** ROC, precision–recall and calibration charts of one run's test part. */
function curveCharts(metrics: Metrics): Html[] {
	const c = metrics.curves;
	const charts: Html[] = [];
	const rocSeries: LineSeries[] = c.roc
		? [{ name: metrics.positiveLabel ?? 'positive', points: rocPoints(c.roc), curve: 'step-after' }]
		: (c.rocPerClass ?? []).map((r) => ({
				name: r.label,
				points: rocPoints(r.roc),
				curve: 'step-after'
			}));
	if (rocSeries.length) {
		const svg = lineChart({
			label: 'ROC curve',
			xLabel: 'False positive rate',
			yLabel: 'True positive rate',
			series: rocSeries,
			diagonal: true,
			...UNIT_DOMAINS
		});
		charts.push(
			chart(
				svg,
				`ROC curve · AUC ${formatNumber(metrics.rocAuc)}${c.rocPerClass ? ' (macro one-vs-rest; one curve per class)' : ''}; dashed: chance.`
			)
		);
	}
	if (c.pr) {
		const pr = c.pr;
		const svg = lineChart({
			label: 'Precision–recall curve',
			xLabel: 'Recall',
			yLabel: 'Precision',
			series: [
				{
					name: 'precision',
					points: pr.recall.map((x, i) => ({ x, y: pr.precision[i] })),
					curve: 'step-before'
				}
			],
			...UNIT_DOMAINS
		});
		charts.push(chart(svg, `Precision–recall · AP ${formatNumber(metrics.prAuc)}`));
	}
	if (c.calibration) {
		const cal = c.calibration;
		const svg = lineChart({
			label: 'Calibration curve',
			xLabel: 'Mean predicted probability',
			yLabel: 'Fraction positive',
			series: [
				{
					name: 'calibration',
					points: cal.meanPredicted.map((x, i) => ({ x, y: cal.fractionPositive[i] })),
					dots: true
				}
			],
			diagonal: true,
			...UNIT_DOMAINS
		});
		charts.push(chart(svg, 'Calibration (10 bins); dashed: perfect calibration.'));
	}
	return charts;
}

function calibrationTable(metrics: Metrics): Html {
	const cal = metrics.curves.calibration;
	if (!cal) return html``;
	return html`<table aria-label="Calibration bins">
		<thead>
			<tr>
				<th scope="col" class="num">Mean predicted</th>
				<th scope="col" class="num">Fraction positive</th>
				<th scope="col" class="num">Rows</th>
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
		'Curves (test part)',
		html`<div class="charts">${charts}</div>
			${cal ? block(`Calibration bins of p(${result.positiveLabel ?? 'positive'})`, calibrationTable(result.metrics)) : ''}`
	);
}

/** The run page's decile table. */
export function decileTable(scorecard: Scorecard, positive: string): Html {
	return html`<table aria-label="Decile table" data-testid="report-deciles">
		<thead>
			<tr>
				<th scope="col">Decile</th>
				<th scope="col" class="num">Rows</th>
				<th scope="col" class="num">“${positive}”</th>
				<th scope="col" class="num">Rate</th>
				<th scope="col" class="num">Scores</th>
				<th scope="col" class="num">Captured</th>
				<th scope="col" class="num">Lift</th>
				<th scope="col" class="num">Cum. lift</th>
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
		label: 'KS chart',
		xLabel: 'Share of rows (highest scores first)',
		yLabel: 'Share of the class',
		series: [
			{ name: positive, points: points.map((p) => ({ x: p.share, y: p.tpr })) },
			{ name: 'others', points: points.map((p) => ({ x: p.share, y: p.fpr })) }
		],
		segments: [{ x: widest.share, y1: widest.fpr, y2: widest.tpr }],
		percent: true,
		...UNIT_DOMAINS
	});
	return chart(
		svg,
		`KS ${formatNumber(scorecard.ks)}: the bold rule marks the largest gap between the two classes.`
	);
}

/** Section (binary runs): Gini, KS, the decile table, gains, lift and KS charts. */
export function rankingSection(result: RunResult, number: string): Html {
	const scorecard = result.metrics.scorecard;
	if (!scorecard) return html``;
	const positive = result.positiveLabel ?? 'positive';
	const gains = lineChart({
		label: `Cumulative gains of “${positive}”`,
		xLabel: 'Share of rows (highest scores first)',
		yLabel: `Share of “${positive}” captured`,
		series: [{ name: 'gains', points: gainsPoints(scorecard), dots: true }],
		diagonal: true,
		percent: true,
		...UNIT_DOMAINS
	});
	const lift = columnChart({
		label: 'Lift by decile',
		xLabel: 'Decile (highest scores first)',
		yLabel: 'Lift',
		bars: scorecard.deciles.map((d) => ({ x: d.decile, value: d.lift ?? 0 })),
		lines: [
			{
				name: 'cumulative lift',
				points: scorecard.deciles.map((d) => ({ x: d.decile, y: d.cumulativeLift ?? 0 })),
				dots: true
			}
		],
		rulesY: [1]
	});
	const roc = result.metrics.curves.roc;
	const ks = roc && scorecard.ks !== null ? ksChart(scorecard, roc, positive) : null;
	const ksAt =
		scorecard.ksAt !== null
			? ` (largest gap between the two classes' score distributions, at a score of ${formatNumber(scorecard.ksAt)})`
			: '';
	const body = html`<p>
			Gini <strong data-testid="report-gini">${formatNumber(scorecard.gini)}</strong> · KS
			<strong data-testid="report-ks">${formatNumber(scorecard.ks)}</strong>${ksAt}
		</p>
		${decileTable(scorecard, positive)}${note(`Rows ranked by the score of “${positive}”, highest first, in ten groups of equal size (tied scores keep the data's order). Captured: share of all “${positive}” rows in this decile and the ones above; lift: the decile's rate over the overall rate.`)}
		<div class="charts">
			${chart(gains, 'Cumulative gains; dashed: a random order.')}${chart(lift, 'Bars: lift per decile; line: cumulative lift; dashed: the overall rate (1).')}${ks ?? ''}
		</div>`;
	return section('ranking', number, `Ranking of “${positive}” on the test part`, body);
}
