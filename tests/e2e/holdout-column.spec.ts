import { test, expect } from './fixtures';

/**
 * 120 loan rows; `holdout` is "test" on the last 30 (an out-of-time test set), "train" before. Risk is "bad"
 * on rows 0, 3, 6 of every ten (9 of the 30 test rows), and bad loans are larger, so the model has a signal.
 */
function holdoutCsv(): string {
	const lines = ['age,amount,purpose,holdout,Risk'];
	for (let i = 0; i < 120; i++) {
		const bad = [0, 3, 6].includes(i % 10);
		const amount = 1000 + ((i * 37) % 50) * 40 + (bad ? 2500 : 0);
		const purpose = ['car', 'radio/TV', 'education'][i % 3];
		lines.push(
			`${20 + ((i * 13) % 50)},${amount},${purpose},${i >= 90 ? 'test' : 'train'},${bad ? 'bad' : 'good'}`
		);
	}
	return lines.join('\n') + '\n';
}

test('tests on the rows where holdout = test, and says so in the run and after a reload', async ({
	page
}) => {
	await page.goto('/');
	await test.step('load a CSV with a holdout column and pick the target', async () => {
		await page.getByTestId('csv-input').setInputFiles({
			name: 'loans-holdout.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(holdoutCsv())
		});
		await expect(page.getByRole('table', { name: 'Column profile' })).toContainText('holdout');
		await page.getByTestId('target-select').selectOption('Risk');
	});

	await test.step('choose "rows where holdout = test": the column stops being a feature', async () => {
		await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
		await page.getByRole('combobox', { name: 'Family' }).selectOption('logistic');
		const testShare = page.getByRole('spinbutton', { name: 'Test %' });
		await expect(testShare).toBeEnabled();
		await page.getByTestId('test-rows-mode').selectOption('column');
		await page.getByTestId('test-column-select').selectOption('holdout');
		await page.getByTestId('test-value').selectOption('test');
		await expect(testShare).toBeDisabled();
		await expect(page.getByTestId('test-column-note')).toContainText(
			'Testing on the rows where holdout = test'
		);
		await expect(page.getByTestId('test-column-note')).toContainText(
			'“holdout” is ignored, not a feature'
		);
		// Three features are left: age, amount, purpose.
		await expect(page.getByRole('region', { name: 'Training settings' })).toContainText(
			'From 3 feature columns'
		);
	});

	await test.step('train: exactly the 30 holdout rows are the test part', async () => {
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
		const results = page.getByRole('region', { name: 'Run results' });
		await expect(results).toContainText('30 test rows');
		// 90 other rows (27 bad, 63 good), validation 15 / 85 of each class: 5 + 11.
		await expect(results).toContainText('74 train · 16 validation · 30 test rows');
		await results.getByText('Settings and recipe used').click();
		await expect(results.getByTestId('split-summary')).toContainText(
			'test = rows where holdout = test (30 rows)'
		);
	});

	await test.step('after a reload the run and the choice are still there', async () => {
		await page.reload();
		await page.getByRole('tab', { name: /^Runs/ }).click();
		await expect(page.getByTestId('run-row')).toHaveCount(1);
		await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
		await expect(page.getByTestId('test-rows-mode')).toHaveValue('column');
		await expect(page.getByTestId('test-value')).toHaveValue('test');
		await page.getByRole('tab', { name: 'Data', exact: true }).click();
		await expect(page.getByRole('combobox', { name: 'Role of holdout' })).toHaveValue('ignore');
	});
});
