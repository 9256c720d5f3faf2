/**
 * Test helper: one small real model trained on German credit with `trainRun` (cpu backend, few epochs),
 * wrapped in a RunRecord literal and written as a bundle, as the studio and the CLI do.
 */
import { openAsBlob } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv, profileTable, type Table } from '$lib/data';
import { defaultSettings, withTarget } from '$lib/storage/dataset-record';
import {
	defaultTrainSettings,
	type RunRecord,
	type RunResult,
	type TrainSettings
} from '$lib/runs';
import { trainRun } from '$lib/training';
import { chooseBackend, type ModelFamily } from '$lib/models';
import { writeRunBundle, type ModelBundle } from '$lib/bundle';

export const GERMAN_CREDIT = fileURLToPath(
	new URL('../../fixtures/csv/german_credit.csv', import.meta.url)
);

export type Trained = {
	table: Table;
	settings: TrainSettings;
	result: RunResult;
	bundle: ModelBundle;
	json: string;
};

/** Trains on German credit (target Risk); `keep` limits the feature columns (others are ignored). */
export async function trainGermanCredit(
	options: { family?: ModelFamily; maxEpochs?: number; keep?: string[] } = {}
): Promise<Trained> {
	await chooseBackend('cpu');
	const { table, meta } = await parseCsv(await openAsBlob(GERMAN_CREDIT), {
		fileName: 'german_credit.csv'
	});
	const profile = profileTable(table, meta);
	const dataset = withTarget(defaultSettings(profile, 'Risk'), 'Risk');
	if (options.keep) {
		const keep = new Set([...options.keep, 'Risk']);
		dataset.columns = dataset.columns.map((c) => (keep.has(c.name) ? c : { ...c, role: 'ignore' }));
	}
	const settings = defaultTrainSettings(dataset, table.rowCount, options.family ?? 'mlp');
	settings.backend = 'cpu';
	settings.model.maxEpochs = options.maxEpochs ?? 3;
	const result = await trainRun(table, settings);
	const run: RunRecord = {
		schemaVersion: 1,
		id: 'run-test-1',
		name: 'test run',
		createdAt: '2025-01-01T00:00:00.000Z',
		finishedAt: '2025-01-01T00:00:01.000Z',
		status: 'done',
		error: null,
		datasetId: 'german-credit',
		dataset: { name: 'german_credit.csv', fingerprint: 'test-fingerprint', rows: table.rowCount },
		settings,
		backend: { name: 'cpu', reason: 'forced' },
		durationMs: 1000,
		result,
		starred: false
	};
	const bundle = writeRunBundle(run);
	return { table, settings, result, bundle, json: JSON.stringify(bundle) };
}
