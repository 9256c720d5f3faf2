import { beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord } from '$lib/runs';
import { runReportHtml } from '$lib/report';
import { formatNumber, formatPercent } from '../../../src/ui/format';
import { CONTEXT, LOADING_PATTERNS, trainedRun } from './report-fixture';

const EVIL = '<script>alert(1)</script>';

/** Markup without the whitespace between and inside tags that formatting adds: `<td> 1 </td>` → `<td>1</td>`. */
const squeeze = (markup: string): string =>
	markup.replace(/\s+/g, ' ').replace(/>\s+/g, '>').replace(/\s+</g, '<').replace(/\s+>/g, '>');

/** The text of the element with `data-testid="id"` (up to its closing tag of the same name). */
function byTestId(html: string, id: string): string {
	const at = html.indexOf(`data-testid="${id}"`);
	expect(at, `data-testid ${id}`).toBeGreaterThan(-1);
	const tag = html.lastIndexOf('<', at);
	const name = /^<(\w+)/.exec(html.slice(tag))?.[1] ?? '';
	return html.slice(tag, html.indexOf(`</${name}>`, at) + name.length + 3);
}

/** A copy of `run` with the first feature column renamed everywhere the report reads column names. */
function withColumnNamed(run: RunRecord, name: string): RunRecord {
	const result = structuredClone(run.result);
	if (!result?.importance) throw new Error('the run has no importance');
	const old = result.importance.columns[0].column;
	result.importance.columns[0].column = name;
	result.labels = [name, ...result.labels.slice(1)];
	result.warnings = [{ code: 'target-leak', message: `"${name}" alone predicts the target` }];
	const columns = run.settings.columns.map((c) => (c.name === old ? { ...c, name } : c));
	return { ...run, name, settings: { ...run.settings, columns, target: name }, result };
}

describe('runReportHtml on a trained German credit run', () => {
	let run: RunRecord;
	let report: string;
	beforeAll(async () => {
		run = await trainedRun();
		report = squeeze(runReportHtml([run], CONTEXT));
	});

	it('is one HTML document with its title, version, run id and dates', () => {
		expect(report.startsWith('<!doctype html>')).toBe(true);
		expect(report).toContain('<title>credit MLP — Faro model report</title>');
		expect(report).toContain('Faro version</dt><dd>9.9.9-test');
		expect(report).toContain('run-report-1');
		expect(report).toContain('2025-01-01 00:00:00 UTC');
		expect(report).toContain('2025-02-03 04:05:06 UTC');
		expect(report).toContain('ab12'.repeat(16));
	});

	it('holds the test ROC AUC, Gini and KS as the run page formats them', () => {
		const m = run.result?.metrics;
		if (!m?.scorecard) throw new Error('binary run expected');
		const key = byTestId(report, 'report-key-figures');
		expect(key).toContain(`ROC AUC</th><td class="num strong">${formatNumber(m.rocAuc)}</td>`);
		expect(key).toContain(`Gini</th><td class="num strong">${formatNumber(m.scorecard.gini)}</td>`);
		expect(key).toContain(`KS</th><td class="num strong">${formatNumber(m.scorecard.ks)}</td>`);
		const metrics = byTestId(report, 'report-metrics');
		const validation = run.result?.validationMetrics.rocAuc;
		expect(metrics).toContain(
			`ROC AUC</th><td class="num strong">${formatNumber(m.rocAuc)}</td><td class="num">${formatNumber(validation)}</td>`
		);
		expect(byTestId(report, 'report-gini')).toContain(formatNumber(m.scorecard.gini));
	});

	it('holds the ten deciles with their captured shares and lifts', () => {
		const deciles = run.result?.metrics.scorecard?.deciles ?? [];
		expect(deciles).toHaveLength(10);
		const table = byTestId(report, 'report-deciles');
		expect(table.match(/<tr>/g)).toHaveLength(11);
		for (const d of deciles) {
			expect(table).toContain(`<th scope="row">${d.decile}</th>`);
			expect(table).toContain(`<td class="num">${formatPercent(d.capture)}</td>`);
			expect(table).toContain(`<td class="num">${formatNumber(d.lift, 2)}</td>`);
		}
		expect(table).toContain('100.0%');
	});

	it('lists permutation importance with the top column first, and the threshold', () => {
		const importance = run.result?.importance;
		if (!importance) throw new Error('importance expected');
		const table = byTestId(report, 'report-importance');
		const top = importance.columns[0];
		const firstRow = /<tbody><tr>(.*?)<\/tr>/.exec(table)?.[1] ?? '';
		expect(firstRow).toContain(`<th scope="row">${top.column}</th>`);
		expect(firstRow).toContain(formatNumber(top.mean, 4));
		expect(table.match(/<tr>/g)).toHaveLength(importance.columns.length + 1);
		expect(byTestId(report, 'report-threshold')).toContain(formatNumber(run.result?.threshold));
	});

	it('draws the curves the run stores and the charts of the page as inline SVG', () => {
		for (const label of [
			'ROC curve',
			'Precision–recall curve',
			'Calibration curve',
			'Cumulative gains of “bad”',
			'Lift by decile',
			'KS chart',
			'Precision and recall against the threshold',
			'Permutation importance per column',
			'Training and validation loss per epoch'
		]) {
			expect(report, label).toContain(`<svg viewBox`);
			expect(report, label).toContain(`aria-label="${label}"`);
		}
		expect(report).toContain('aria-label="Confusion matrix"');
		expect(report).not.toMatch(/NaN|undefined|\[object/);
	});

	it('loads nothing: no script, link, image or URL, no attribute that fetches', () => {
		for (const pattern of LOADING_PATTERNS) expect(report, String(pattern)).not.toMatch(pattern);
	});

	it('prints section by section: page breaks between sections, tables never cut', () => {
		expect(report).toContain('@media print');
		expect(report).toMatch(/\.sec, \.run-detail \{ break-before: page; \}/);
		expect(report).toMatch(/table, figure[^{]*\{ break-inside: avoid; \}/);
		expect(report.match(/<section class="sec"/g)?.length).toBeGreaterThanOrEqual(9);
	});

	it('keeps a column named like a script tag inert, in tables, charts and warnings', () => {
		const evil = squeeze(runReportHtml([withColumnNamed(run, EVIL)], CONTEXT));
		expect(evil).not.toMatch(/<script/i);
		expect(evil).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(evil).toContain('<th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;</th>');
		expect(evil).toContain(
			'<title>&lt;script&gt;alert(1)&lt;/script&gt; — Faro model report</title>'
		);
		// the bar chart's label, the leak warning in the summary
		expect(evil).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
		expect(evil).toContain('Possible target leakage (1 column)');
		expect(evil).toContain(
			'&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; alone predicts the target'
		);
		for (const pattern of LOADING_PATTERNS) expect(evil, String(pattern)).not.toMatch(pattern);
	});

	it('compares two runs side by side, with the importance metric of each', () => {
		const other = structuredClone(run);
		other.id = 'run-report-2';
		other.name = 'credit accuracy';
		if (other.result?.importance) other.result.importance.metric = 'accuracy';
		const compared = squeeze(runReportHtml([run, other], CONTEXT));
		expect(compared).toContain('<h1>Comparison of 2 runs</h1>');
		const metrics = byTestId(compared, 'report-compare-metrics');
		expect(metrics).toContain('A: credit MLP');
		expect(metrics).toContain('B: credit accuracy');
		const auc = formatNumber(run.result?.metrics.rocAuc);
		expect(metrics).toContain(
			`ROC AUC</th><td class="num best">${auc} ★</td><td class="num best">${auc} ★</td>`
		);
		const importance = byTestId(compared, 'report-compare-importance');
		expect(importance).toContain('ROC AUC lost');
		expect(importance).toContain('accuracy lost');
		expect(compared).toContain('measured importance with different scores');
		// each run's own report follows, numbered A.1 …, B.1 …
		expect(compared).toContain('Run A: credit MLP');
		expect(compared).toContain('<span class="num-label">B.1</span>Summary');
		expect(compared).toContain('aria-label="ROC curves of the compared runs"');
		for (const pattern of LOADING_PATTERNS) expect(compared, String(pattern)).not.toMatch(pattern);
	});

	it('refuses no run, more than six, and a run without results', () => {
		expect(() => runReportHtml([], CONTEXT)).toThrow(/1 to 6 runs, not 0/);
		expect(() => runReportHtml(Array(7).fill(run), CONTEXT)).toThrow(/not 7/);
		expect(() => runReportHtml([{ ...run, result: null, status: 'failed' }], CONTEXT)).toThrow(
			/has no results/
		);
	});
});
