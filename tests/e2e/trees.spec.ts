import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { loadModelOnPredict, scoreGermanCredit } from './predict-steps';

test('gradient-boosted trees: train → results per iteration → download → load on Predict → score a CSV', async ({
	page
}) => {
	await page.goto('/');
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible({
		timeout: 30_000
	});
	await page.getByRole('tab', { name: 'Train', exact: true }).first().click();

	await test.step('train a tree model with its own settings', async () => {
		await page.getByRole('combobox', { name: 'Family' }).selectOption('gbdt');
		await expect(page.getByRole('spinbutton', { name: 'Leaves' })).toHaveValue('31');
		await expect(page.getByText('no GPU or WebAssembly backend is used')).toBeVisible();
		await page.getByRole('spinbutton', { name: 'Max iterations' }).fill('60');
		await page.getByRole('spinbutton', { name: 'Max iterations' }).blur();
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 120_000 });
		await expect(page.getByText(/\d+ boosting iterations/)).toBeVisible();
		await expect(page.getByText('backend: js')).toBeVisible();
	});

	let modelPath = '';
	await test.step('the model downloads as a version 2 bundle with trees', async () => {
		const download = page.waitForEvent('download');
		await page.getByTestId('download-model').click();
		modelPath = test.info().outputPath('trees.json');
		await (await download).saveAs(modelPath);
		const bundle = JSON.parse(readFileSync(modelPath, 'utf8'));
		expect(bundle.version).toBe(2);
		expect(bundle.model.format).toBe('faro-gbdt');
		expect(bundle.model.trees.length).toBeGreaterThan(0);
		expect(bundle.model.trees.length).toBeLessThanOrEqual(60);
	});

	await test.step('the bundle scores the German credit CSV on the Predict screen', async () => {
		await loadModelOnPredict(page, modelPath);
		const { cells } = await scoreGermanCredit(page);
		// Trees give more than a couple of distinct probabilities on 1,000 rows.
		expect(new Set(cells.map((c) => c[13])).size).toBeGreaterThan(20);
	});
});
