/**
 * The run report: one self-contained HTML file (inline CSS and SVG, nothing that loads) for one run or 2–6 runs
 * compared. Free of TF.js and of the DOM, so the page, a worker and Node can all write it.
 */
export { runReportHtml, runSections, MAX_REPORTED_RUNS, type ReportContext } from './run-report';
export { escapeHtml, html, raw, Html } from './html';
export {
	compareImportance,
	importanceMetricLabel,
	type ImportanceComparison
} from './compare-importance';
