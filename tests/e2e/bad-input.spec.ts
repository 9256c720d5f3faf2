import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

const badDir = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));
const badFiles = readdirSync(badDir).filter((f) => f !== 'README.md' && f !== 'ragged.csv');

test('every bad file gets a specific message and the loaded dataset stays', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('sample-german-credit').click();
	const summary = page.getByRole('region', { name: 'Dataset summary' });
	await expect(summary).toContainText('german-credit.csv', { timeout: 30_000 });

	for (const file of badFiles) {
		await test.step(file, async () => {
			await page.getByTestId('csv-input').setInputFiles(badDir + file);
			const alert = page.getByRole('alert');
			await expect(alert).toContainText(file, { timeout: 30_000 });
			await expect(alert).not.toContainText('Something went wrong inside Faro');
			await expect(summary).toContainText('german-credit.csv');
			await alert.getByRole('button', { name: 'Dismiss' }).click();
			await expect(alert).toHaveCount(0);
		});
	}
});

test('ragged rows: the user is told which lines, then chooses to skip them', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('csv-input').setInputFiles(badDir + 'ragged.csv');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('ragged.csv');
	await expect(alert).toContainText(/line \d+/i);
	await alert.getByRole('button', { name: 'Skip those rows' }).click();
	await expect(page.getByRole('region', { name: 'Dataset summary' })).toContainText('ragged.csv');
	await expect(page.getByRole('region', { name: 'Notes on reading the file' })).toContainText(
		'skipped'
	);
});

test('invalid quoting: the user is told the line and column, then chooses to skip those rows', async ({
	page
}) => {
	await page.goto('/');
	await page.getByTestId('csv-input').setInputFiles(badDir + 'invalid-quotes.csv');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('text after the closing quote');
	await expect(alert).toContainText('line 3, column 3');
	await expect(alert.getByRole('button', { name: 'Pad them with blanks' })).toHaveCount(0);
	await alert.getByRole('button', { name: 'Skip those rows' }).click();
	const summary = page.getByRole('region', { name: 'Dataset summary' });
	await expect(summary).toContainText('invalid-quotes.csv');
	await expect(summary).toContainText('3 rows');
	await expect(page.getByRole('region', { name: 'Notes on reading the file' })).toContainText(
		'2 rows with text after a closing quote were skipped'
	);
});
