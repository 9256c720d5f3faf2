import { test, expect } from './fixtures';

test('SMOTE on German credit: expected counts, the before/after chart of the run, and the method in compare', async ({
	page
}) => {
	await page.goto('/');
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible({
		timeout: 30_000
	});
	await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
	await page.getByRole('combobox', { name: 'Family' }).selectOption('logistic');

	await test.step('a run without balancing (300 bad vs 700 good is not flagged as imbalanced)', async () => {
		await expect(page.getByTestId('balance-method')).toHaveValue('none');
		await expect(page.getByTestId('balance-suggestion')).toHaveCount(0);
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
	});

	await test.step('choose SMOTE: the expected counts before and after are drawn before training', async () => {
		await page.getByTestId('balance-method').selectOption('smote');
		const settings = page.getByRole('region', { name: 'Training settings' });
		await expect(settings.getByTestId('balance-chart')).toContainText('synthetic');
		// 70 % of 300 bad and 700 good: 210 → 490 bad rows, so 280 synthetic
		await expect(settings.getByTestId('balance-chart')).toContainText('280 synthetic rows');
	});

	await test.step('train with SMOTE: the results show the measured before/after chart', async () => {
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
		const results = page.getByRole('region', { name: 'Run results' });
		const balancing = results.getByRole('region', { name: 'Class balancing' });
		await expect(balancing).toContainText('SMOTE, k = 5');
		const chart = balancing.getByTestId('balance-chart');
		await expect(chart).toContainText('280 synthetic rows added');
		await expect(
			chart.getByRole('img', {
				name: 'Training rows per class before and after balancing: bad 210 → 490, good 490 → 490'
			})
		).toBeVisible();
	});

	await test.step('compare the two runs: the balancing method is a setting that differs', async () => {
		await page.getByRole('tab', { name: /^Runs/ }).click();
		await expect(page.getByTestId('run-row')).toHaveCount(2);
		for (const box of await page.getByTestId('run-select').all()) await box.check();
		await page.getByTestId('compare-button').click();
		const differ = page.getByRole('table', { name: 'Settings that differ' });
		await expect(differ).toContainText('balance.method');
		await expect(differ.getByRole('row', { name: /balance\.method/ })).toContainText('smote');
	});
});
