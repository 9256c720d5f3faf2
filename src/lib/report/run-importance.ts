/** The report's importance sections: permutation importance (ImportanceChart.svelte) and text-term weights. */
import type { PermutationImportance, TermWeights } from '$lib/runs';
import { html, type Html } from './html';
import { formatCount, formatNumber } from './format';
import { block, chart, note, section } from './layout';
import { importanceMetricLabel } from './compare-importance';
import { horizontalBarChart } from './svg-charts';
import { m } from '../i18n';

/** The validation part's importance beside the test part's, when the run measured it: mean loss per column. */
function validationTable(test: PermutationImportance, validation: PermutationImportance): Html {
	const metric = importanceMetricLabel(validation.metric);
	const mean = (column: string) => validation.columns.find((c) => c.column === column)?.mean;
	return html`<h3>
			${m.report_importance_validation_heading({ count: formatCount(validation.rows) })}
		</h3>
		<table aria-label="${m.report_importance_test_validation()}">
			<thead>
				<tr>
					<th scope="col">${m.report_col_column()}</th>
					<th scope="col" class="num">
						${m.report_col_test_lost({ metric: importanceMetricLabel(test.metric) })}
					</th>
					<th scope="col" class="num">${m.report_col_validation_lost({ metric })}</th>
				</tr>
			</thead>
			<tbody>
				${test.columns.map(
					(c) =>
						html`<tr>
							<th scope="row">${c.column}</th>
							<td class="num">${formatNumber(c.mean, 4)}</td>
							<td class="num">${formatNumber(mean(c.column), 4)}</td>
						</tr>`
				)}
			</tbody>
		</table>`;
}

/** Section: permutation importance, chart of the top 15 and the full table (and the validation part's, if measured). */
export function importanceSection(
	importance: PermutationImportance | undefined,
	number: string,
	validation?: PermutationImportance
): Html {
	if (!importance) return html``;
	const metric = importanceMetricLabel(importance.metric);
	const top = importance.columns.slice(0, 15);
	const svg = horizontalBarChart({
		label: m.report_chart_importance(),
		xLabel: m.report_axis_importance({ metric }),
		rows: top.map((c) => ({
			label: c.column,
			value: c.mean,
			low: c.mean - c.std,
			high: c.mean + c.std
		}))
	});
	const table = html`<table aria-label="${m.report_importance()}" data-testid="report-importance">
		<thead>
			<tr>
				<th scope="col" class="num">#</th>
				<th scope="col">${m.report_col_column()}</th>
				<th scope="col" class="num">${m.report_col_metric_lost({ metric })}</th>
				<th scope="col" class="num">${m.report_col_std()}</th>
			</tr>
		</thead>
		<tbody>
			${importance.columns.map(
				(c, i) =>
					html`<tr>
						<td class="num">${i + 1}</td>
						<th scope="row">${c.column}</th>
						<td class="num">${formatNumber(c.mean, 4)}</td>
						<td class="num">${formatNumber(c.std, 4)}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
	const caption = m.report_importance_caption({
		rows: formatCount(importance.rows),
		repeats: importance.repeats,
		metric,
		baseline: formatNumber(importance.baseline)
	});
	return section(
		'importance',
		number,
		m.report_section_importance(),
		html`${chart(svg, top.length < importance.columns.length ? m.report_importance_top({ top: top.length, count: importance.columns.length }) : undefined)}${note(caption)}${table}${validation ? validationTable(importance, validation) : ''}`
	);
}

/** Section (text features): the terms that weigh most for each class. */
export function termWeightsSection(
	weights: TermWeights | undefined,
	family: string,
	number: string
): Html {
	if (!weights) return html``;
	const how = family === 'logistic' ? m.report_terms_logistic() : m.report_terms_gradient();
	const tables = weights.map((c) =>
		block(
			c.label,
			c.terms.length
				? html`<table aria-label="${m.report_terms_of({ label: c.label })}">
						<thead>
							<tr>
								<th scope="col">${m.report_col_term()}</th>
								<th scope="col" class="num">${m.report_col_weight()}</th>
							</tr>
						</thead>
						<tbody>
							${c.terms.map(
								(t) =>
									html`<tr>
										<td>${t.term}</td>
										<td class="num">${formatNumber(t.weight)}</td>
									</tr>`
							)}
						</tbody>
					</table>`
				: note(m.report_no_term())
		)
	);
	return section(
		'terms',
		number,
		m.report_section_terms(),
		html`${note(how)}
			<div class="pair">${tables}</div>`
	);
}
