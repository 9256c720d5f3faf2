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
	await expect(page.getByRole('region', { name: 'Notes on reading the file' })).toContainText('skipped');
});
