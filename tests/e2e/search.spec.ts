import { test, expect } from './fixtures';

test('finds the best model for German credit and keeps it as a run', async ({ page }) => {
	await page.goto('/');
	await test.step('load the sample', async () => {
		await page.getByTestId('sample-german-credit').click();
		await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible({
			timeout: 30_000
		});
		await expect(page.getByTestId('target-select')).toHaveValue('Risk');
	});
	await test.step('search 3 trials with 3 folds', async () => {
		await page.getByRole('tab', { name: 'Train', exact: true }).first().click(); // the tab
		const panel = page.getByRole('region', { name: 'Find the best model' });
		await panel.getByLabel('Trials').fill('3');
		await panel.getByLabel('Folds').fill('3');
		await page.getByTestId('search-button').click();
		const rows = page.getByTestId('trial-row');
		await expect(rows).toHaveCount(3, { timeout: 240_000 });
		await expect(page.getByTestId('search-status')).toContainText(
			/(best model|blend of \d+ trials) done/,
			{
				timeout: 240_000
			}
		);
		await expect(page.locator('[data-testid="trial-row"][data-best="true"]')).toHaveCount(1);
		// Trees with scikit-learn's defaults open a table search, then logistic regression and an MLP.
		await expect(rows.nth(0)).toContainText('Trees 31 leaves');
		await expect(rows.nth(0)).toContainText('lr 0.1 ·');
		await expect(rows.nth(1)).toContainText('Logistic');
		await expect(rows.nth(1)).toContainText('L-BFGS · L2');
		await expect(rows.nth(2)).toContainText('MLP 64-32');
		// On CPU / WASM with two or more cores the trials run in parallel trial workers.
		const cores = await page.evaluate(() => navigator.hardwareConcurrency);
		if (cores >= 2) {
			await expect(page.getByTestId('search-status')).toContainText(
				`${Math.min(4, cores)} at a time, in parallel workers`
			);
		}
		await expect(page.getByRole('table', { name: 'Leaderboard' })).toContainText('±');
	});
	await test.step('the best configuration is a finished run with results', async () => {
		await expect(page.getByTestId('run-status')).toHaveText(/done$/);
		await expect(page.getByTestId('metrics-table')).toBeVisible();
		await page.getByRole('tab', { name: /^Runs/ }).click();
		await expect(page.getByTestId('run-row')).toHaveCount(1);
		await expect(page.getByTestId('run-row')).toContainText('done');
	});
	await test.step('the leaderboard is kept with the run after a reload', async () => {
		await page.reload();
		await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
		await expect(page.getByTestId('trial-row')).toHaveCount(3);
	});
});
