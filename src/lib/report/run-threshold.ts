/** The report's threshold section: precision, recall and cost against the threshold (ThresholdChart.svelte), and the costs. */
import type { RunResult } from '$lib/runs';
import { html, type Html } from './html';
import { formatNumber } from './format';
import { chart, note, section } from './layout';
import { lineChart, UNIT_DOMAINS } from './svg-charts';
import { m } from '../i18n';

/** Section (binary runs with a sweep): precision, recall and cost against the threshold on the validation part. */
export function thresholdSection(result: RunResult, number: string): Html {
	const sweep = result.thresholdSweep;
	if (!sweep || result.threshold === null) return html``;
	const positive = result.positiveLabel ?? m.report_positive();
	const xLabel = m.report_threshold_on({ positive });
	// lowest threshold first, so each step holds its value up to the next threshold
	const order = sweep.thresholds
		.map((_, i) => i)
		.sort((a, b) => sweep.thresholds[a] - sweep.thresholds[b]);
	const along = (values: number[]) => order.map((i) => ({ x: sweep.thresholds[i], y: values[i] }));
	const rates = lineChart({
		label: m.report_chart_pr_threshold(),
		xLabel,
		yLabel: m.report_axis_precision_recall(),
		series: [
			{
				name: m.report_series_precision(),
				points: along(sweep.precision),
				curve: 'step-after'
			},
			{
				name: m.report_series_recall(),
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
				label: m.report_chart_cost_threshold(),
				xLabel,
				yLabel: m.report_axis_cost_per_row(),
				series: [
					{
						name: m.report_series_cost(),
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
		? html`<table aria-label="${m.report_cost_of_errors()}">
					<thead>
						<tr>
							<th scope="col">${m.report_col_part()}</th>
							<th scope="col" class="num">${m.report_col_total_cost()}</th>
							<th scope="col" class="num">${m.report_col_per_row()}</th>
						</tr>
					</thead>
					<tbody>
						<tr>
							<th scope="row">${m.report_col_test()}</th>
							<td class="num">${formatNumber(c.test.total)}</td>
							<td class="num">${formatNumber(c.test.perRow)}</td>
						</tr>
						<tr>
							<th scope="row">${m.report_col_validation()}</th>
							<td class="num">${formatNumber(c.validation.total)}</td>
							<td class="num">${formatNumber(c.validation.perRow)}</td>
						</tr>
					</tbody>
				</table>
				${note(m.report_cost_fp_fn({ fp: formatNumber(c.falsePositive), fn: formatNumber(c.falseNegative) }))}`
		: '';
	const body = html`<p>
			${m.report_threshold_label()}
			<strong data-testid="report-threshold">${formatNumber(result.threshold)}</strong>
			${m.report_threshold_method({ method: result.thresholdMethod })}
		</p>
		<div class="charts">
			${chart(rates, m.report_caption_pr_threshold())}${costs ? chart(costs, m.report_caption_cost_threshold()) : ''}
		</div>
		${costTable}${note(m.report_threshold_sweep_note({ positive }))}`;
	return section('threshold', number, m.report_section_threshold(), body);
}
