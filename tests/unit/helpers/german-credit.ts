/**
 * Test helper: German credit as the runs tests train on it — TF.js on the cpu backend, the fixture parsed and
 * profiled with the real parser, target Risk, and the studio's default training settings per model family.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { parseCsv, profileTable, type Table } from '$lib/data';
import type { ModelFamily } from '$lib/models';
import { defaultTrainSettings, type TrainSettings } from '$lib/runs';
import { defaultSettings, withTarget, type DatasetSettings } from '$lib/storage/dataset-record';

/** The German credit fixture (1000 rows, target Risk: 300 bad, 700 good). */
export const GERMAN_CREDIT_CSV = fileURLToPath(
	new URL('../../fixtures/csv/german_credit.csv', import.meta.url)
);

export type GermanCredit = {
	table: Table;
	/** The profile's default column settings with Risk as the target. */
	dataset: DatasetSettings;
	/** Default training settings for `family`: a fresh object each call, so a test may change it. */
	settingsFor(family: ModelFamily): TrainSettings;
};

/**
 * Sets the TF.js backend to cpu, then parses and profiles German credit; call it in `beforeAll`.
 *
 * @example
 * const credit = await loadGermanCredit();
 * const settings = credit.settingsFor('logistic');
 * settings.model = { ...settings.model, maxEpochs: 5 };
 */
export async function loadGermanCredit(): Promise<GermanCredit> {
	await tf.setBackend('cpu');
	const { table, meta } = await parseCsv(new Blob([readFileSync(GERMAN_CREDIT_CSV)]), {
		fileName: 'german_credit.csv'
	});
	const dataset = withTarget(defaultSettings(profileTable(table, meta), 'Risk'), 'Risk');
	return {
		table,
		dataset,
		settingsFor: (family) => defaultTrainSettings(dataset, table.rowCount, family)
	};
}
