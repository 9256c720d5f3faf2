/**
 * Steps on the Predict screen shared by the end-to-end specs: load a downloaded model bundle, then score the
 * German credit CSV with it and read back the predictions file the page downloads.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The German credit fixture: 1000 rows, its first column unnamed (the row index), target Risk. */
export const GERMAN_CREDIT_CSV = fileURLToPath(
	new URL('../fixtures/csv/german_credit.csv', import.meta.url)
);

/**
 * Opens the Predict screen and loads the model bundle at `modelPath`; expects it to predict Risk.
 *
 * @example
 * await loadModelOnPredict(page, modelPath);
 */
export async function loadModelOnPredict(page: Page, modelPath: string): Promise<void> {
	await page.getByRole('tab', { name: 'Predict', exact: true }).click();
	await page.getByTestId('model-input').setInputFiles(modelPath);
	await expect(page.getByRole('region', { name: 'Model to predict with' })).toContainText(
		'Predicts “Risk”'
	);
}

/**
 * Scores the German credit CSV with the model loaded on the Predict screen and downloads the predictions
 * (saved as the test's `predictions.csv`). Expects 1000 rows under a header ending in the prediction and
 * one probability per class (bad, good), and the first 50 rows' probabilities to sum to 1.
 *
 * @returns the file's lines (header first) and the data rows split into cells: cells 12 and 13 are
 *   `prob_bad` and `prob_good`.
 * @example
 * const { lines, cells } = await scoreGermanCredit(page);
 */
export async function scoreGermanCredit(
	page: Page
): Promise<{ lines: string[]; cells: string[][] }> {
	await page.getByTestId('predict-input').setInputFiles(GERMAN_CREDIT_CSV);
	const download = page.waitForEvent('download');
	await page.getByTestId('download-predictions').click();
	const path = test.info().outputPath('predictions.csv');
	await (await download).saveAs(path);
	const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
	expect(lines).toHaveLength(1001);
	expect(lines[0].endsWith(',prediction,prob_bad,prob_good')).toBe(true);
	const cells = lines.slice(1).map((l) => l.split(','));
	for (const c of cells.slice(0, 50)) expect(Number(c[12]) + Number(c[13])).toBeCloseTo(1, 5);
	return { lines, cells };
}
