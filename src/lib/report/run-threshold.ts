/** The report's threshold section: precision, recall and cost against the threshold (ThresholdChart.svelte), and the costs. */
import type { RunResult } from '$lib/runs';
import { html, type Html } from './html';
import { formatNumber } from './format';
import { chart, note, section } from './layout';
import { lineChart, UNIT_DOMAINS } from './svg-charts';

/** Section (binary runs with a sweep): precision, recall and cost against the threshold on the validation part. */
export function thresholdSection(result: RunResult, number: string): Html {
	const sweep = result.thresholdSweep;
	if (!sweep || result.threshold === null) return html``;
	const positive = result.positiveLabel ?? 'positive';
	const xLabel = `Threshold on p(${positive})`;
	// lowest threshold first, so each step holds its value up to the next threshold
	const order = sweep.thresholds
		.map((_, i) => i)
		.sort((a, b) => sweep.thresholds[a] - sweep.thresholds[b]);
	const along = (values: number[]) => order.map((i) => ({ x: sweep.thresholds[i], y: values[i] }));
	const rates = lineChart({
		label: 'Precision and recall against the threshold',
		xLabel,
		yLabel: 'Precision, recall',
		series: [
			{
				name: 'precision',
				points: along(sweep.precision),
				curve: 'step-after'
			},
			{
				name: 'recall',
				points: along(sweep.recall),
				curve: 'step-after'
			}
		],
		rulesX: [result.threshold],
		...UNIT_DOMAINS
	});
	const costPerRow = sweep.costPerRow;
	const costs = costPerRow
		? lineChart({
				label: 'Cost of errors against the threshold',
				xLabel,
				yLabel: 'Cost of errors per row',
				series: [
					{
						name: 'cost',
						points: along(costPerRow),
						curve: 'step-after'
					}
				],
				rulesX: [result.threshold],
				xDomain: [0, 1]
			})
		: null;
	const c = result.costs;
	const costTable = c
		? html`<table aria-label="Cost of errors">
					<thead>
						<tr>
							<th scope="col">Part</th>
							<th scope="col" class="num">Total cost</th>
							<th scope="col" class="num">Per row</th>
						</tr>
					</thead>
					<tbody>
						<tr>
							<th scope="row">Test</th>
							<td class="num">${formatNumber(c.test.total)}</td>
							<td class="num">${formatNumber(c.test.perRow)}</td>
						</tr>
						<tr>
							<th scope="row">Validation</th>
							<td class="num">${formatNumber(c.validation.total)}</td>
							<td class="num">${formatNumber(c.validation.perRow)}</td>
						</tr>
					</tbody>
				</table>
				${note(`A false positive costs ${formatNumber(c.falsePositive)}, a false negative ${formatNumber(c.falseNegative)}.`)}`
		: '';
	const body = html`<p>
			Threshold
			<strong data-testid="report-threshold">${formatNumber(result.threshold)}</strong> (method:
			${result.thresholdMethod}).
		</p>
		<div class="charts">
			${chart(rates, 'Solid: precision; dashed: recall; dashed rule: the run’s threshold.')}${costs ? chart(costs, 'Cost of errors per row; dashed rule: the run’s threshold.') : ''}
		</div>
		${costTable}${note(`Rows with p(${positive}) at or above the threshold are predicted “${positive}”; the sweep is measured on the validation part the threshold was chosen on.`)}`;
	return section('threshold', number, 'Threshold and costs', body);
}
