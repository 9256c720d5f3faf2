import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { loadModelOnPredict, scoreGermanCredit } from './predict-steps';

test('a search ends with a blend of trials: leaderboard → run → version 3 bundle → Predict', async ({
	page
}) => {
	await page.goto('/');
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible({
		timeout: 30_000
	});
	await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
	const panel = page.getByRole('region', { name: 'Find the best model' });

	await test.step('search logistic regression and trees, blending on', async () => {
		await panel.getByText('Search ranges').click();
		await panel.getByLabel('Neural network (MLP)').uncheck();
		await panel.getByLabel('Trials').fill('6');
		await panel.getByLabel('Folds').fill('3');
		await expect(panel.getByLabel('Ensemble: blend the top models')).toBeChecked();
		await page.getByTestId('search-button').click();
		await expect(page.getByTestId('search-status')).toContainText(/blend of \d trials done/, {
			timeout: 240_000
		});
	});

	await test.step('the leaderboard shows the blend above the trials, with its members', async () => {
		const blendRow = page.getByTestId('blend-row');
		await expect(blendRow).toContainText('★ chosen');
		await expect(blendRow).toContainText('±');
		await expect(page.getByTestId('trial-row').filter({ hasText: 'in blend' })).not.toHaveCount(0);
		await expect(page.getByTestId('trial-row').filter({ hasText: 'best single' })).toHaveCount(1);
	});

	let modelPath = '';
	await test.step('the run is the blend and downloads as a version 3 bundle', async () => {
		await expect(page.getByTestId('run-status')).toHaveText(/done$/);
		await expect(page.getByTestId('blend-fact')).toContainText('blend of');
		await page.getByText('Settings and recipe used', { exact: true }).click();
		await expect(page.getByTestId('blend-members').locator('li')).not.toHaveCount(0);
		const download = page.waitForEvent('download');
		await page.getByTestId('download-model').click();
		modelPath = test.info().outputPath('blend.json');
		await (await download).saveAs(modelPath);
		const bundle = JSON.parse(readFileSync(modelPath, 'utf8'));
		expect(bundle.version).toBe(3);
		expect(bundle.model.format).toBe('faro-ensemble');
		expect(bundle.model.members.length).toBeGreaterThanOrEqual(2);
		const total = bundle.model.members.reduce(
			(sum: number, m: { weight: number }) => sum + m.weight,
			0
		);
		expect(total).toBeCloseTo(1, 6);
	});

	await test.step('the blend scores the German credit CSV on the Predict screen', async () => {
		await loadModelOnPredict(page, modelPath);
		await expect(page.getByTestId('loaded-model-kind')).toHaveText(/^Blend of \d models$/);
		await expect(page.getByTestId('loaded-blend')).toContainText('%');
		await scoreGermanCredit(page);
	});

	await test.step('after a reload the leaderboard still shows the blend', async () => {
		await page.reload();
		await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
		await expect(page.getByTestId('blend-row')).toContainText('★ chosen');
	});
});
