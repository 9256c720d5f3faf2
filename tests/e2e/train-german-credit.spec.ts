import { test, expect } from './fixtures';

test('trains on the German credit sample and keeps the run after reload', async ({ page }) => {
	await page.goto('/');
	await test.step('load the sample and see its profile', async () => {
		await page.getByTestId('sample-german-credit').click();
		const profile = page.getByRole('table', { name: 'Column profile' });
		await expect(profile).toBeVisible({ timeout: 30_000 });
		await expect(profile.getByRole('row')).toHaveCount(12); // header + 11 columns (the index column included)
		await expect(page.getByRole('region', { name: 'Dataset summary' })).toContainText('1,000');
	});
	await test.step('the suggested target is Risk', async () => {
		await expect(page.getByTestId('target-select')).toHaveValue('Risk');
	});
	await test.step('train with defaults', async () => {
		await page.getByRole('tab', { name: 'Train', exact: true }).first().click(); // the tab
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
		const metrics = page.getByTestId('metrics-table');
		await expect(metrics).toBeVisible();
		const auc = Number(
			await metrics
				.getByRole('row', { name: /^ROC AUC/ })
				.getByRole('cell')
				.first()
				.textContent()
		);
		expect(auc).toBeGreaterThan(0.6);
		await expect(page.getByRole('table', { name: 'Confusion matrix' })).toBeVisible();
		// credit-risk terms: Gini = 2 · AUC − 1, KS, and ten deciles of the test rows (150 of 1,000)
		const gini = Number(
			await metrics.getByRole('row', { name: /^Gini/ }).getByRole('cell').first().textContent()
		);
		expect(gini).toBeCloseTo(2 * auc - 1, 2);
		const deciles = page.getByRole('table', { name: 'Decile table' });
		await expect(deciles.getByRole('row')).toHaveCount(10 + 1);
		await expect(deciles.getByRole('row').nth(10)).toContainText('100.0%'); // every positive captured by decile 10
		await expect(page.getByRole('img', { name: /Cumulative gains/ })).toBeVisible();
		await expect(page.getByRole('img', { name: 'Lift by decile' })).toBeVisible();
		await expect(page.getByRole('img', { name: 'KS chart' })).toBeVisible();
		// permutation importance of the 9 feature columns (the index column is not a feature), checking account first
		await expect(
			page.getByRole('img', { name: 'Permutation importance per column' })
		).toBeVisible();
		await page.getByText(/^All \d+ columns$/).click();
		const importance = page.getByTestId('importance-table');
		await expect(importance.locator('tbody tr')).toHaveCount(9);
		await expect(importance.locator('tbody tr').first()).toContainText('Checking account');
	});
	await test.step('the dataset, its settings and the run survive a reload', async () => {
		await page.reload();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/); // the Train tab is reopened with its run
		await page.getByRole('tab', { name: 'Data', exact: true }).click();
		await expect(page.getByTestId('target-select')).toHaveValue('Risk');
		await page.getByRole('tab', { name: /^Runs/ }).click();
		await expect(page.getByTestId('run-row')).toHaveCount(1);
		await expect(page.getByTestId('run-row')).toContainText('done');
	});
	await test.step('a threshold for the lowest cost of errors: costs in, expected cost and sweep out', async () => {
		await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
		await page.getByRole('combobox', { name: 'Threshold', exact: true }).selectOption('cost');
		await expect(page.getByLabel('Cost of a false positive')).toHaveValue('1');
		await page.getByLabel('Cost of a false negative').fill('5');
		await page.getByLabel('Cost of a false negative').blur();
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
		await expect(
			page.getByText(/lowest cost of errors: a false positive costs 1, a false negative 5/)
		).toBeVisible();
		await expect(page.getByTestId('expected-cost')).toContainText('per row');
		await expect(
			page.getByRole('img', { name: 'Cost of errors against the threshold' })
		).toBeVisible();
		await page.getByRole('combobox', { name: 'Threshold', exact: true }).selectOption('f1');
	});
	await test.step('a logistic regression is solved by L-BFGS: iterations, no learning rate', async () => {
		await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
		await page.getByLabel('Family').selectOption('logistic');
		await expect(page.getByTestId('logistic-solver')).toHaveValue('lbfgs');
		await expect(page.getByLabel('Learning rate')).toHaveCount(0);
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
		await expect(page.getByText(/solved in \d+ iterations/)).toBeVisible();
	});
});
