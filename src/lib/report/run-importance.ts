/** The report's importance sections: permutation importance (ImportanceChart.svelte) and text-term weights. */
import type { PermutationImportance, TermWeights } from '$lib/runs';
import { html, type Html } from './html';
import { formatCount, formatNumber } from './format';
import { block, chart, note, section } from './layout';
import { importanceMetricLabel } from './compare-importance';
import { horizontalBarChart } from './svg-charts';

/** The validation part's importance beside the test part's, when the run measured it: mean loss per column. */
function validationTable(test: PermutationImportance, validation: PermutationImportance): Html {
	const metric = importanceMetricLabel(validation.metric);
	const mean = (column: string) => validation.columns.find((c) => c.column === column)?.mean;
	return html`<h3>On the validation part (${formatCount(validation.rows)} rows)</h3>
		<table aria-label="Permutation importance, test and validation">
			<thead>
				<tr>
					<th scope="col">Column</th>
					<th scope="col" class="num">Test: ${importanceMetricLabel(test.metric)} lost</th>
					<th scope="col" class="num">Validation: ${metric} lost</th>
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
		label: 'Permutation importance per column',
		xLabel: `${metric} lost when the column is shuffled`,
		rows: top.map((c) => ({
			label: c.column,
			value: c.mean,
			low: c.mean - c.std,
			high: c.mean + c.std
		}))
	});
	const table = html`<table aria-label="Permutation importance" data-testid="report-importance">
		<thead>
			<tr>
				<th scope="col" class="num">#</th>
				<th scope="col">Column</th>
				<th scope="col" class="num">${metric} lost</th>
				<th scope="col" class="num">± std</th>
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
	const caption = `Permutation importance on ${formatCount(importance.rows)} test rows: each column's values are shuffled ${importance.repeats} times and the model scored again (${metric} ${formatNumber(importance.baseline)} unshuffled); bars show the mean loss, lines ± one standard deviation. One-hot levels, derived columns and text terms count for the column they come from. Near 0 or below: the model does not use the column.`;
	return section(
		'importance',
		number,
		'Which columns the model relies on',
		html`${chart(svg, top.length < importance.columns.length ? `The ${top.length} most important of ${importance.columns.length} columns.` : undefined)}${note(caption)}${table}${validation ? validationTable(importance, validation) : ''}`
	);
}

/** Section (text features): the terms that weigh most for each class. */
export function termWeightsSection(
	weights: TermWeights | undefined,
	family: string,
	number: string
): Html {
	if (!weights) return html``;
	const how =
		family === 'logistic'
			? 'Model weight of each term for the class, relative to the other classes.'
			: 'Gradient × input: how much each term raises the probability of its own class, averaged over the test rows of that class.';
	const tables = weights.map((c) =>
		block(
			c.label,
			c.terms.length
				? html`<table aria-label="Terms of ${c.label}">
						<thead>
							<tr>
								<th scope="col">Term</th>
								<th scope="col" class="num">Weight</th>
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
				: note('No term pushes towards this class.')
		)
	);
	return section(
		'terms',
		number,
		'Terms that weigh most for each class',
		html`${note(how)}
			<div class="pair">${tables}</div>`
	);
}
