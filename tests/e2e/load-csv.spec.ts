import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';

const csvDir = fileURLToPath(new URL('../fixtures/csv/', import.meta.url));

test('a Latin-1 Spanish file with decimal commas reads correctly, and datasets can be reopened and deleted', async ({ page }) => {
	await page.goto('/');
	await test.step('load the Latin-1 file', async () => {
		await page.getByTestId('csv-input').setInputFiles(csvDir + 'spanish-latin1.csv');
		const summary = page.getByRole('region', { name: 'Dataset summary' });
		await expect(summary).toContainText('spanish-latin1.csv');
		await expect(summary).toContainText('semicolon-separated');
		await expect(summary).toContainText('decimal comma');
		const preview = page.getByRole('table', { name: 'Data preview' });
		await expect(preview).toContainText('Núñez');
		await expect(preview).toContainText('Cádiz');
		await expect(page.getByRole('table', { name: 'Column profile' })).toContainText('año');
	});
	await test.step('a second dataset joins the list; the first can be reopened', async () => {
		await page.getByTestId('sample-german-credit').click();
		await expect(page.getByRole('region', { name: 'Dataset summary' })).toContainText('german-credit.csv');
		const list = page.getByRole('region', { name: 'Stored datasets' });
		await expect(list.getByRole('listitem')).toHaveCount(2);
		await list.getByRole('button', { name: /^spanish-latin1\.csv/ }).click();
		await expect(page.getByRole('region', { name: 'Dataset summary' })).toContainText('spanish-latin1.csv');
	});
	await test.step('column kind overrides survive a reload', async () => {
		await page.getByRole('combobox', { name: 'Kind of año' }).selectOption('categorical');
		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Kind of año' })).toHaveValue('categorical');
	});
	await test.step('delete a dataset', async () => {
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Delete dataset spanish-latin1.csv' }).click();
		await expect(page.getByRole('region', { name: 'Stored datasets' }).getByRole('listitem')).toHaveCount(1);
		await expect(page.getByRole('region', { name: 'Dataset summary' })).toContainText('german-credit.csv');
	});
});
