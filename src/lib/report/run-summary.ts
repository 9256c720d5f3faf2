/**
 * The first pages of a run's report: the summary a reviewer reads first (what is predicted, the positive class,
 * the headline test figures, the rows of each part, leakage warnings up front), the data, and the provenance.
 */
import type { RunRecord, RunResult } from '$lib/runs';
import { describeSplit } from '$lib/runs/describe-split';
import { html, type Html } from './html';
import { formatCount, formatDuration, formatNumber, formatTime } from './format';
import { alert, block, facts, note, section } from './layout';
import { describeRunModel } from './describe-run';

/** Options every report carries into its provenance. */
export type ReportContext = { faroVersion: string; generatedAt: string };

/** How the threshold was chosen, in the run page's words. */
export function describeThreshold(result: RunResult): string {
	if (result.threshold === null) return 'none: the class with the highest probability is predicted';
	const how =
		result.thresholdMethod === 'fixed'
			? 'fixed'
			: result.thresholdMethod === 'cost'
				? `chosen on the validation part for the lowest cost of errors: a false positive costs ${formatNumber(result.costs?.falsePositive)}, a false negative ${formatNumber(result.costs?.falseNegative)}`
				: `chosen on the validation part to maximise ${result.thresholdMethod === 'f1' ? 'F1' : "Youden's J"}`;
	return `${formatNumber(result.threshold)} (${how})`;
}

/** "700 train · 150 validation · 150 test rows". */
export const describeRows = (s: RunResult['splitSizes']): string =>
	`${formatCount(s.train)} train · ${formatCount(s.validation)} validation · ${formatCount(s.test)} test rows`;

/** Leak warnings first, then the other warnings: each as its own line. */
export function warningsAlert(result: RunResult): Html {
	const leaks = result.warnings.filter((w) => w.code === 'target-leak');
	const others = result.warnings.filter((w) => w.code !== 'target-leak');
	return html`${
		leaks.length
			? alert(
					`Possible target leakage (${leaks.length} column${leaks.length === 1 ? '' : 's'})`,
					leaks.map((w) => w.message)
				)
			: html`<p class="ok">
					No target-leak warnings: no single feature predicts the target almost perfectly on the
					training part.
				</p>`
	}${
		others.length
			? alert(
					'Other warnings',
					others.map((w) => w.message)
				)
			: ''
	}`;
}

/** The headline test and validation figures. */
function keyFigures(result: RunResult): Html {
	const rows: [string, (r: RunResult['metrics']) => number | null | undefined][] = [
		['ROC AUC', (m) => m.rocAuc],
		['Gini', (m) => m.scorecard?.gini],
		['KS', (m) => m.scorecard?.ks],
		['PR AUC (average precision)', (m) => m.prAuc],
		['Accuracy', (m) => m.accuracy],
		['Log loss', (m) => m.logLoss]
	];
	const shown = rows.filter(([, v]) => v(result.metrics) !== undefined);
	return html`<table class="key-figures" aria-label="Key figures" data-testid="report-key-figures">
		<thead>
			<tr>
				<th scope="col">Metric</th>
				<th scope="col" class="num">Test</th>
				<th scope="col" class="num">Validation</th>
			</tr>
		</thead>
		<tbody>
			${shown.map(
				([label, v]) =>
					html`<tr>
						<th scope="row">${label}</th>
						<td class="num strong">${formatNumber(v(result.metrics))}</td>
						<td class="num">${formatNumber(v(result.validationMetrics))}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
}

/** Section 1: what the model predicts and how well, at a glance. */
export function summarySection(run: RunRecord, result: RunResult, number = '1'): Html {
	const s = run.settings;
	const classes = result.labels.map((l) => `“${l}”`).join(', ');
	const body = html`<div class="summary-grid">
			${facts([
				[
					'Predicts',
					html`<strong>${s.target}</strong> (${result.labels.length} classes: ${classes})`
				],
				[
					'Positive class',
					result.positiveLabel === null
						? 'none (multiclass)'
						: html`<strong>${result.positiveLabel}</strong>`
				],
				['Decision threshold', describeThreshold(result)],
				['Model', describeRunModel(run)],
				['Dataset', html`${run.dataset.name}, ${formatCount(run.dataset.rows)} rows`],
				['Rows', describeRows(result.splitSizes)],
				['Status', run.status]
			])}${keyFigures(result)}
		</div>
		${warningsAlert(result)}${result.metrics.notes.length ? alert('Notes on the test metrics', result.metrics.notes) : ''}`;
	return section('summary', number, 'Summary', body);
}

/** Section: the data the run saw — dataset, fingerprint, split, columns and their roles. */
export function dataSection(run: RunRecord, result: RunResult, number: string): Html {
	const s = run.settings;
	const byRole = (role: string) => s.columns.filter((c) => c.role === role);
	const list = (cols: { name: string; kind: string }[]) =>
		cols.length ? cols.map((c) => `${c.name} (${c.kind})`).join(', ') : 'none';
	const perClass = result.metrics.perClass;
	const trainCounts = result.balance?.before;
	const classTable = html`<table aria-label="Rows per class">
		<thead>
			<tr>
				<th scope="col">Class</th>
				${trainCounts ? html`<th scope="col" class="num">Train (before balancing)</th>` : ''}
				<th scope="col" class="num">Validation</th>
				<th scope="col" class="num">Test</th>
			</tr>
		</thead>
		<tbody>
			${perClass.map(
				(c, i) =>
					html`<tr>
						<th scope="row">${c.label}${c.label === result.positiveLabel ? ' (positive)' : ''}</th>
						${trainCounts ? html`<td class="num">${formatCount(trainCounts[i] ?? 0)}</td>` : ''}
						<td class="num">${formatCount(result.validationMetrics.perClass[i]?.support ?? 0)}</td>
						<td class="num">${formatCount(c.support)}</td>
					</tr>`
			)}
		</tbody>
	</table>`;
	const described = s.describedBy;
	const body = html`${facts([
		['Dataset', run.dataset.name],
		[
			'Fingerprint',
			html`<code class="wrap">${run.dataset.fingerprint}</code> (SHA-256 of the file’s bytes)`
		],
		['Rows', formatCount(run.dataset.rows)],
		['Split', `${describeSplit(s.split, result.splitSizes.test)}, stratified, seed ${s.seed}`],
		['Rows per part', describeRows(result.splitSizes)],
		[
			'Rows left out',
			result.splitSizes.droppedMissingTarget > 0
				? `${formatCount(result.splitSizes.droppedMissingTarget)} rows without a target value`
				: 'none'
		],
		['Target', s.target],
		['Features', html`${byRole('feature').length}: ${list(byRole('feature'))}`],
		['Id columns', list(byRole('id'))],
		['Ignored columns', list(byRole('ignore'))],
		[
			'Model inputs',
			`${formatCount(result.featureCount)} features after the recipe (one-hot levels, indicators, text terms)`
		],
		[
			'Descriptions',
			described
				? `“description” column written by the ${described.describer} describer${described.model ? ` (${described.model})` : ''}, prompt version ${described.promptVersion}`
				: null
		]
	])}${block('Rows per class', classTable)}${note('Validation and test parts are never balanced or resampled; the recipe is fitted on the training part only.')}`;
	return section('data', number, 'Data', body);
}

/** Section: where the run came from — versions, ids, dates, seed, backend. */
export function provenanceSection(run: RunRecord, context: ReportContext, number: string): Html {
	const s = run.settings;
	const body = facts([
		['Faro version', context.faroVersion],
		['Run', html`${run.name} <span class="muted">(id <code>${run.id}</code>)</span>`],
		['Run record schema', String(run.schemaVersion)],
		['Trained', `${formatTime(run.createdAt)} → ${formatTime(run.finishedAt)}`],
		['Duration', formatDuration(run.durationMs ?? NaN)],
		['Seed', String(s.seed)],
		[
			'Backend',
			html`requested ${s.backend}; used
				<strong>${run.backend?.name ?? '—'}</strong
				>${run.backend ? ` (${run.backend.reason})` : ''}`
		],
		['Dataset fingerprint', html`<code class="wrap">${run.dataset.fingerprint}</code>`],
		[
			'Model',
			run.result?.model
				? 'kept in the browser (downloadable as a model bundle)'
				: run.modelRemoved
					? `removed on ${formatTime(run.modelRemoved.at)} to free space; metrics and curves are kept`
					: 'not kept'
		],
		['Report generated', formatTime(context.generatedAt)]
	]);
	return section(
		'provenance',
		number,
		'Provenance',
		html`${body}${note('Everything in this report was computed in the browser that trained the run; the file loads nothing from anywhere.')}`
	);
}
