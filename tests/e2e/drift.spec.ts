import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { GERMAN_CREDIT_CSV } from './predict-steps';

/** German credit with Age + 30 and Credit amount × 3 (the file has no quoted cells). */
function writeShiftedGermanCredit(path: string): void {
	const [header, ...rows] = readFileSync(GERMAN_CREDIT_CSV, 'utf8').trim().split(/\r?\n/);
	const names = header.split(',');
	const age = names.indexOf('Age');
	const amount = names.indexOf('Credit amount');
	const shifted = rows.map((line) => {
		const cells = line.split(',');
		cells[age] = String(Number(cells[age]) + 30);
		cells[amount] = String(Number(cells[amount]) * 3);
		return cells.join(',');
	});
	writeFileSync(path, [header, ...shifted].join('\n') + '\n');
}

test('score the training file (stable) and a shifted one (Age and Credit amount shifted) → stability vs training data', async ({
	page
}) => {
	await page.goto('/');
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible({
		timeout: 30_000
	});

	await test.step('train a logistic regression', async () => {
		await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
		await page.getByRole('combobox', { name: 'Family' }).selectOption('logistic');
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
	});

	await test.step('pick its model on the Predict screen', async () => {
		await page.getByRole('tab', { name: 'Predict', exact: true }).click();
		await page.getByRole('combobox', { name: 'Use the model of a stored run' }).selectOption({
			index: 1
		});
		await expect(page.getByRole('region', { name: 'Model to predict with' })).toContainText(
			'Predicts “Risk”'
		);
	});

	const report = page.getByTestId('drift-report');
	const rows = report.getByTestId('drift-row');

	await test.step('the training file itself is stable, score and every column', async () => {
		await page.getByTestId('predict-input').setInputFiles(GERMAN_CREDIT_CSV);
		await expect(page.getByTestId('download-predictions')).toBeVisible();
		await expect(report).toContainText('Stability vs training data');
		const score = report.getByTestId('drift-score');
		await expect(score).toContainText(/Score p\(bad\): PSI 0\.\d+/);
		await expect(score).toHaveAttribute('data-band', 'stable');
		await expect(rows).toHaveCount(9);
		await expect(report.locator('[data-testid="drift-row"]:not([data-band="stable"])')).toHaveCount(
			0
		);
		await expect(report).toContainText('Every column is stable.');
	});

	await test.step('Age + 30 and Credit amount × 3 show as the shifted columns, largest first', async () => {
		const shiftedPath = test.info().outputPath('german_credit_shifted.csv');
		writeShiftedGermanCredit(shiftedPath);
		await page.getByTestId('predict-input').setInputFiles(shiftedPath);
		await expect(page.getByText(/Scored 1,000 rows of german_credit_shifted\.csv/)).toBeVisible();
		await expect(rows).toHaveCount(9);
		const columns = await rows.evaluateAll((trs) =>
			trs.map((tr) => [tr.getAttribute('data-column'), tr.getAttribute('data-band')])
		);
		expect(
			columns
				.slice(0, 2)
				.map(([c]) => c)
				.sort()
		).toEqual(['Age', 'Credit amount']);
		expect(columns.slice(0, 2).map(([, band]) => band)).toEqual(['shifted', 'shifted']);
		expect(columns.slice(2).every(([, band]) => band === 'stable')).toBe(true);
		await expect(report).toContainText(/Moved most: (Age|Credit amount) \(\d+\.\d+, shifted\)/);
		const age = report.locator('[data-testid="drift-row"][data-column="Age"]');
		await expect(age).toHaveClass(/mover/);
		// the largest change: the oldest training decile fills up
		await expect(age).toContainText(/> \d+: \d+\.\d% → \d+\.\d%/);
	});

	await test.step('opening a row shows training vs new shares per bin', async () => {
		await report.getByRole('button', { name: 'Bins of Age' }).click();
		const bins = report.getByRole('table', { name: 'Bins of Age: training vs new' });
		await expect(bins).toBeVisible();
		await expect(bins.getByRole('row', { name: /^> \d+/ })).toBeVisible();
		await expect(bins.getByRole('row', { name: /^≤ \d+/ })).toHaveCount(1);
		await report.getByRole('button', { name: 'Bins of the score' }).click();
		await expect(
			report.getByRole('table', { name: 'Bins of the score: training vs new' })
		).toBeVisible();
	});
});
