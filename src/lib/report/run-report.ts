/**
 * "Download report": one self-contained HTML file describing a run — or 2 to 6 runs side by side — for a
 * reviewer: inline CSS, inline SVG charts, no script, no link, no image, nothing that loads from anywhere.
 * Page-safe and TF.js-free (only types and describers from `$lib/runs`), it runs in the page and in Node.
 */
import type { RunRecord, RunResult } from '$lib/runs';
import { html, raw, type Html } from './html';
import { Section } from './layout';
import { formatTime } from './format';
import { REPORT_CSS } from './styles';
import { dataSection, provenanceSection, summarySection, type ReportContext } from './run-summary';
import { modelSection } from './run-model';
import { metricsSection } from './run-metrics';
import { curvesSection, rankingSection } from './run-curves';
import { thresholdSection } from './run-threshold';
import { importanceSection, termWeightsSection } from './run-importance';
import { compareSections } from './compare-report';
import { FaroError } from '$lib/shared/errors';
import { m, currentLocale, text } from '../i18n';

export type { ReportContext } from './run-summary';

/** The most runs one report compares (as the compare view). */
export const MAX_REPORTED_RUNS = 6;

/** A finished run's sections in order, numbered from 1 (or `prefix` 1, 2 …); sections a run lacks are skipped. */
export function runSections(
	run: RunRecord,
	result: RunResult,
	context: ReportContext,
	prefix = ''
): Section[] {
	const parts: ((n: string) => Section | Html)[] = [
		(n) => summarySection(run, result, n),
		(n) => dataSection(run, result, n),
		(n) => modelSection(run, result, n),
		(n) => metricsSection(result, n),
		(n) => curvesSection(result, n),
		(n) => rankingSection(result, n),
		(n) => thresholdSection(result, n),
		(n) => importanceSection(result.importance, n, result.validationImportance),
		(n) => termWeightsSection(result.termWeights, run.settings.model.family, n),
		(n) => provenanceSection(run, context, n)
	];
	const out: Section[] = [];
	for (const part of parts) {
		const made = part(`${prefix}${out.length + 1}`);
		if (made instanceof Section) out.push(made); // an empty Html: the run has nothing for this part
	}
	return out;
}

/** The section titles as a contents list (no links: a link is something that could load). */
function contents(sections: Section[]): Html {
	return html`<ul class="contents">
		${sections.map((s) => html`<li>${s.heading}</li>`)}
	</ul>`;
}

function page(title: string, header: Html, body: Html[], context: ReportContext): string {
	const doc = html`<!doctype html>
		<html lang="${currentLocale()}">
			<head>
				<meta charset="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<meta name="generator" content="Faro ${context.faroVersion}" />
				<title>${title}</title>
				<style>
					${raw(REPORT_CSS)}
				</style>
			</head>
			<body>
				<main>
					${header} ${body}
					<footer>
						${m.report_footer({ version: context.faroVersion, time: formatTime(context.generatedAt) })}
					</footer>
				</main>
			</body>
		</html> `;
	return doc.value;
}

/**
 * The report of one run, or of 2–6 runs compared side by side (metric and settings tables with the runs as
 * columns, overlaid curves, then each run's own sections).
 * @throws FaroError internal (the screens never offer it) when no run, more than six, or a run without results is given
 * @example
 * const text = runReportHtml([run], { faroVersion: '0.1.0', generatedAt: new Date().toISOString() });
 */
export function runReportHtml(runs: RunRecord[], context: ReportContext): string {
	if (runs.length === 0 || runs.length > MAX_REPORTED_RUNS) {
		throw new FaroError(
			'internal',
			text('report_err_run_count', { max: MAX_REPORTED_RUNS, count: runs.length }),
			{
				where: 'runReportHtml',
				hint: text('report_err_run_count_hint', { max: MAX_REPORTED_RUNS })
			}
		);
	}
	const finished = runs.map((run) => {
		if (!run.result) {
			throw new FaroError(
				'internal',
				text('report_err_no_results', { name: run.name, status: run.status }),
				{
					where: 'runReportHtml',
					hint: text('report_err_no_results_hint')
				}
			);
		}
		return { run, result: run.result };
	});
	if (finished.length === 1) {
		const { run, result } = finished[0];
		const sections = runSections(run, result, context);
		const header = html`<header>
			<h1>${m.report_title_run({ name: run.name })}</h1>
			<p class="subtitle">
				${m.report_fact_target()} <strong>${run.settings.target}</strong>
				${m.report_subtitle_details({
					dataset: run.dataset.name,
					time: formatTime(run.createdAt),
					version: context.faroVersion
				})}
			</p>
			${contents(sections)}
		</header>`;
		return page(m.report_page_title_run({ name: run.name }), header, sections, context);
	}
	const compared = compareSections(finished, context);
	const details = finished.map(({ run, result }, i) => {
		const letter = String.fromCharCode(65 + i);
		return html`<div class="run-detail">
			<h2 class="run-title">${m.report_run_heading({ letter, name: run.name })}</h2>
			${runSections(run, result, context, `${letter}.`)}
		</div>`;
	});
	const names = finished.map(({ run }) => run.name);
	const header = html`<header>
		<h1>${m.report_compare_title({ count: finished.length })}</h1>
		<p class="subtitle">
			${names.map((n, i) => html`${i ? ' · ' : ''}${String.fromCharCode(65 + i)}: <strong>${n}</strong>`)}
			· Faro ${context.faroVersion}
		</p>
		${contents(compared)}
		<p class="note">
			${m.report_compare_followed({
				letters: names.map((_, i) => String.fromCharCode(65 + i)).join(', ')
			})}
		</p>
	</header>`;
	return page(
		m.report_page_title_compare({ count: finished.length }),
		header,
		[...compared, ...details],
		context
	);
}
