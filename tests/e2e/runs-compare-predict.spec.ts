import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { GERMAN_CREDIT_CSV, loadModelOnPredict, scoreGermanCredit } from './predict-steps';

test('two runs → reload → compare → download the model → load it → score a CSV → download predictions', async ({
	page
}) => {
	await page.goto('/');
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible({
		timeout: 30_000
	});
	await page.getByRole('tab', { name: 'Train', exact: true }).first().click();

	await test.step('train an MLP and a logistic regression', async () => {
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
		await page.getByRole('combobox', { name: 'Family' }).selectOption('logistic');
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
	});

	await test.step('both runs survive a reload', async () => {
		await page.reload();
		await page.getByRole('tab', { name: /^Runs/ }).click();
		await expect(page.getByTestId('run-row')).toHaveCount(2);
	});

	await test.step('compare shows both, with the best value of each metric marked', async () => {
		for (const box of await page.getByTestId('run-select').all()) await box.check();
		await page.getByTestId('compare-button').click();
		const table = page.getByTestId('metrics-table');
		await expect(table.getByRole('columnheader')).toHaveCount(3);
		const aucRow = table.getByRole('row', { name: /^ROC AUC/ });
		await expect(aucRow.getByText('★')).toHaveCount(1);
		await expect(page.getByRole('table', { name: 'Settings that differ' })).toContainText(
			'model.family'
		);
		await expect(table.getByRole('row', { name: /^Gini/ })).toBeVisible();
		// both runs' column importance side by side
		const importance = page.getByTestId('compare-importance');
		await expect(importance.getByRole('columnheader')).toHaveCount(3);
		await expect(importance.locator('tbody tr').first()).toBeVisible();
	});

	await test.step('export both runs, delete one, import the file back', async () => {
		await page.getByRole('button', { name: 'Close' }).click();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export selected' }).click();
		const exportPath = test.info().outputPath('runs.json');
		await (await download).saveAs(exportPath);
		page.once('dialog', (dialog) => dialog.accept());
		await page
			.getByRole('button', { name: /^Delete run/ })
			.first()
			.click();
		await expect(page.getByTestId('run-row')).toHaveCount(1);
		await page.getByLabel('Import runs').setInputFiles(exportPath);
		await expect(page.getByRole('status').filter({ hasText: 'Imported 1 run' })).toBeVisible();
		await expect(page.getByTestId('run-row')).toHaveCount(2);
	});

	let modelPath = '';
	await test.step('download the model of a run', async () => {
		await page.getByRole('button', { name: 'Open' }).first().click();
		const download = page.waitForEvent('download');
		await page.getByTestId('download-model').click();
		modelPath = test.info().outputPath('model.json');
		await (await download).saveAs(modelPath);
		const bundle = JSON.parse(readFileSync(modelPath, 'utf8'));
		expect(bundle.format).toBe('faro-model');
		expect(bundle.labels).toEqual(['bad', 'good']);
	});

	await test.step('load it on the Predict screen and score the German credit CSV', async () => {
		await loadModelOnPredict(page, modelPath);
		const { lines } = await scoreGermanCredit(page);
		expect(lines[0]).toBe(
			',Age,Sex,Job,Housing,Saving accounts,Checking account,Credit amount,Duration,Purpose,Risk,prediction,prob_bad,prob_good'
		);
		const first = lines[1].split(',');
		expect(first.slice(0, 11)).toEqual([
			'0',
			'67',
			'male',
			'2',
			'own',
			'',
			'little',
			'1169',
			'6',
			'radio/TV',
			'good'
		]);
		expect(['bad', 'good']).toContain(first[11]);
		expect(Number(first[12]) + Number(first[13])).toBeCloseTo(1, 5);
	});

	await test.step('score one row by hand', async () => {
		await page.getByRole('spinbutton', { name: /^Age/ }).fill('35');
		await page.getByRole('button', { name: 'Predict', exact: true }).last().click();
		await expect(page.getByRole('region', { name: 'Score one row' })).toContainText(
			/Prediction: (bad|good)/
		);
	});

	await test.step('a file that is not a model is refused and the loaded model stays', async () => {
		await page.getByTestId('model-input').setInputFiles(GERMAN_CREDIT_CSV);
		await expect(page.getByRole('alert')).toContainText('not a Faro model');
		await expect(page.getByRole('region', { name: 'Model to predict with' })).toContainText(
			'Predicts “Risk”'
		);
	});
});
