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
import { formatCount, formatDuration, formatNumber, formatTime } from './format';
import { alert, block, note, section, type Section } from './layout';
import { METRIC_ROWS } from './metric-rows';
import { blendMembers, describeBalance, describeRecipe, describeRunModel } from './describe-run';
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
		? alert(
				'These runs were trained on different data (the dataset fingerprints differ): their metrics are not directly comparable.',
				[]
			)
		: !comparison.sameTestRows
			? alert(
					'These runs were evaluated on different test rows (another seed or split): differences may be noise.',
					[]
				)
			: html`<p class="ok">
					Same data (one fingerprint) and the same test rows: the test metrics are directly
					comparable.
				</p>`;
	const leaks = runs.flatMap(({ run, result }, i) =>
		result.warnings.map((w) => html`<strong>${letter(i)} (${run.name})</strong>: ${w.message}`)
	);
	const m = (f: (r: Metrics) => number | null | undefined) =>
		runs.map(
			({ result }) => html`<span class="num strong">${formatNumber(f(result.metrics))}</span>`
		);
	const table = runTable(
		'Summary of the compared runs',
		runs,
		[
			['Predicts', runs.map(({ run }) => run.settings.target)],
			['Positive class', runs.map(({ result }) => result.positiveLabel ?? 'none (multiclass)')],
			[
				'Dataset',
				runs.map(({ run }) => `${run.dataset.name} (${formatCount(run.dataset.rows)} rows)`)
			],
			[
				'Fingerprint',
				runs.map(({ run }) => html`<code>${run.dataset.fingerprint.slice(0, 12)}…</code>`)
			],
			['Model', runs.map(({ run }) => describeRunModel(run))],
			['Rows', runs.map(({ result }) => describeRows(result.splitSizes))],
			['Threshold', runs.map(({ result }) => describeThreshold(result))],
			['Test ROC AUC', m((r) => r.rocAuc)],
			['Test Gini', m((r) => r.scorecard?.gini)],
			['Test KS', m((r) => r.scorecard?.ks)],
			[
				'Warnings',
				runs.map(({ result }) => (result.warnings.length ? `⚠ ${result.warnings.length}` : 'none'))
			]
		],
		'report-compare-summary'
	);
	return section(
		'summary',
		number,
		'Summary',
		html`${table}${cautions}${leaks.length ? alert('Warnings raised by the runs (possible target leakage first)', leaks) : html`<p class="ok">No run raised a target-leak warning.</p>`}`
	);
}

/** One metric table (test or validation), the best value of each row starred and underlined. */
function metricTable(
	runs: Finished[],
	pick: (r: RunResult) => Metrics,
	label: string,
	testId: string
): Html {
	const rows = METRIC_ROWS.filter((row) =>
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
					<th scope="row">${row.label}${row.lowerIsBetter ? ' (lower is better)' : ''}</th>
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
		'Metrics on validation and test',
		html`${metricTable(runs, (r) => r.metrics, 'Test metric', 'report-compare-metrics')}${metricTable(runs, (r) => r.validationMetrics, 'Validation metric', 'report-compare-validation')}${note('★ (bold, underlined): the best value of the row. Test rows were never seen in training; validation rows chose the stopping point and the threshold.')}`
	);
}

function settings(runs: Finished[], number: string): Section {
	const recipeKinds = ['Numeric', 'Categorical', 'Date', 'Text'];
	const recipeRows = recipeKinds
		.map((kind): [HtmlValue, HtmlValue[]] => [
			`Recipe: ${kind.toLowerCase()}`,
			runs.map(
				({ run }) =>
					describeRecipe(run.settings.recipe, featureKinds(run)).find(([k]) => k === kind)?.[1] ??
					'—'
			)
		])
		.filter(([, values]) => values.some((v) => v !== '—'));
	const extra = runs.map(
		({ run }) =>
			describeRecipe(run.settings.recipe)
				.filter(([k]) => !recipeKinds.includes(k))
				.map(([k, v]) => `${k}: ${v}`)
				.join('; ') || 'none'
	);
	const table = runTable(
		'Settings of the compared runs',
		runs,
		[
			[
				'Model',
				runs.map(({ run }) => {
					const members = blendMembers(run);
					return members
						? html`Blend of ${members.length}:
							${members.map((m, j) => html`${j ? '; ' : ''}${Math.round(m.weight * 100)}% #${m.trialId} ${m.model}`)}`
						: describeModelSpec(run.settings.model);
				})
			],
			['Training', runs.map(({ run, result }) => describeTraining(run, result))],
			['Class balance', runs.map(({ run }) => describeBalance(run.settings.balance))],
			[
				'Split',
				runs.map(({ run, result }) => describeSplit(run.settings.split, result.splitSizes.test))
			],
			['Seed', runs.map(({ run }) => String(run.settings.seed))],
			[
				'Backend',
				runs.map(({ run }) => `${run.backend?.name ?? '—'} (requested ${run.settings.backend})`)
			],
			['Threshold method', runs.map(({ run }) => run.settings.threshold.method)],
			[
				'Features',
				runs.map(
					({ run, result }) =>
						`${run.settings.columns.filter((c) => c.role === 'feature').length} columns → ${formatCount(result.featureCount)} inputs`
				)
			],
			...recipeRows,
			['Recipe: overrides, derived', extra],
			[
				'Search',
				runs.map(({ run }) =>
					run.settings.search
						? `${run.settings.search.strategy}, ${run.settings.search.trials.length} trials`
						: 'none'
				)
			]
		],
		'report-compare-settings'
	);
	const diff = compareRuns(runs.map((f) => f.run)).settings;
	const diffTable = diff.length
		? html`<table class="run-cols" aria-label="Settings that differ">
				<thead>
					<tr>
						<th scope="col">Setting</th>
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
		: html`<p>The runs have identical settings.</p>`;
	return section(
		'settings',
		number,
		'Model and settings',
		html`${table}${note('Shaded rows differ between the runs.')}${block('Every setting that differs', diffTable)}`
	);
}

function provenance(runs: Finished[], context: ReportContext, number: string): Section {
	const table = runTable('Provenance of the compared runs', runs, [
		['Run id', runs.map(({ run }) => html`<code>${run.id}</code>`)],
		[
			'Trained',
			runs.map(({ run }) => `${formatTime(run.createdAt)} → ${formatTime(run.finishedAt)}`)
		],
		['Duration', runs.map(({ run }) => formatDuration(run.durationMs ?? NaN))],
		['Seed', runs.map(({ run }) => String(run.settings.seed))],
		[
			'Backend',
			runs.map(({ run }) => (run.backend ? `${run.backend.name} (${run.backend.reason})` : '—'))
		],
		[
			'Fingerprint',
			runs.map(({ run }) => html`<code class="wrap">${run.dataset.fingerprint}</code>`)
		]
	]);
	return section(
		'provenance',
		number,
		'Provenance',
		html`${table}
			<p>Faro ${context.faroVersion}; report generated ${formatTime(context.generatedAt)}.</p>`
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
