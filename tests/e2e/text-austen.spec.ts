import { test, expect } from './fixtures';

test('profiles the Austen passages as text, trains on them and shows the terms behind each class', async ({
	page
}) => {
	await page.goto('/');
	await test.step('load the sample: passage is text, with its top terms', async () => {
		await page.getByTestId('sample-austen').click();
		const profile = page.getByRole('table', { name: 'Column profile' });
		await expect(profile).toBeVisible({ timeout: 30_000 });
		await expect(page.getByRole('combobox', { name: 'Kind of passage' })).toHaveValue('text');
		const terms = page.getByRole('list', { name: 'Top terms of passage' });
		await expect(terms.getByRole('listitem')).toHaveCount(15);
		await expect(terms).toContainText('mrs');
		await expect(page.getByRole('img', { name: 'Length distribution of passage' })).toBeVisible();
		await page.getByTestId('target-select').selectOption('book');
	});
	await test.step('train (fewer epochs than the default, to keep the test short)', async () => {
		await page.getByRole('tab', { name: 'Train', exact: true }).first().click(); // the tab
		const maxEpochs = page.getByLabel('Max epochs');
		await maxEpochs.fill('4');
		await maxEpochs.blur();
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 180_000 });
	});
	await test.step('six classes in the confusion matrix, and the term weights per class', async () => {
		const confusion = page.getByRole('table', { name: 'Confusion matrix' });
		await expect(confusion.getByRole('row')).toHaveCount(6 + 1);
		const weights = page.getByRole('region', { name: 'Term weights' });
		await expect(weights).toBeVisible();
		await expect(weights.getByRole('heading', { name: 'Persuasion' })).toBeVisible();
		await expect(weights.getByRole('listitem').first()).toBeVisible();
	});
});
