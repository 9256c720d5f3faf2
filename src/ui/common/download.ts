// The report and the run store (`$lib/runs`) are TF.js-free; training (`$lib/training`) is not.
import { runReportHtml } from '$lib/report/run-report';
import type { RunRecord } from '$lib/runs/run-record';
import { version } from '../../../package.json';

/** Saves text as a file through a temporary object URL (same origin: nothing is sent anywhere). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	downloadBlob(fileName, new Blob([text], { type }));
}

/** Saves a Blob as a file through a temporary object URL. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe version of a run or dataset name. */
export const safeFileName = (name: string): string =>
	name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'faro';

/** Today's date as YYYY-MM-DD, for file names. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/**
 * Saves the report of one run, or of 2–6 compared runs, as one self-contained HTML file (nothing in it loads
 * from anywhere): `<run-name>-report.html`, or `faro-compare-<n>-runs-<date>-report.html`.
 */
export function downloadReport(runs: RunRecord[]): void {
	const text = runReportHtml(runs, { faroVersion: version, generatedAt: new Date().toISOString() });
	const name =
		runs.length === 1
			? safeFileName(runs[0].name)
			: `faro-compare-${runs.length}-runs-${todayIso()}`;
	downloadText(`${name}-report.html`, text, 'text/html');
}
