/** Test helper: a real German credit run (trainGermanCredit) as the RunRecord the studio stores. */
import type { RunRecord } from '$lib/runs';
import { trainGermanCredit } from '../bundle/train-fixture';

export const CONTEXT = { faroVersion: '9.9.9-test', generatedAt: '2025-02-03T04:05:06.000Z' };

/** Trains a small MLP (3 epochs) and wraps it as a finished run named `name`. */
export async function trainedRun(name = 'credit MLP'): Promise<RunRecord> {
	const { table, settings, result } = await trainGermanCredit({ maxEpochs: 3 });
	return {
		schemaVersion: 1,
		id: 'run-report-1',
		name,
		createdAt: '2025-01-01T00:00:00.000Z',
		finishedAt: '2025-01-01T00:00:01.000Z',
		status: 'done',
		error: null,
		datasetId: 'german-credit',
		dataset: { name: 'german_credit.csv', fingerprint: 'ab12'.repeat(16), rows: table.rowCount },
		settings,
		backend: { name: 'cpu', reason: 'forced' },
		durationMs: 1000,
		result,
		starred: false
	};
}

/** Every place a page could load something from: attributes that fetch, tags that load, CSS that fetches. */
export const LOADING_PATTERNS: RegExp[] = [
	/\s(src|href|srcset|xlink:href|action|formaction|poster|background|data|ping|manifest)\s*=/i,
	/<\s*(script|link|img|iframe|object|embed|video|audio|source|base|meta\s+http-equiv)\b/i,
	/url\s*\(/i,
	/@import/i,
	/:\/\//
];
