import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { test, expect } from './fixtures';
import { GERMAN_CREDIT_CSV, loadModelOnPredict } from './predict-steps';
import { GERMAN_CREDIT_FEATURES } from '../fixtures/german-credit-columns';

test('per-row reasons: a tree model explains a hand-typed row and writes reason_1…3 into the predictions file', async ({
	page
}) => {
	await page.goto('/');
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible({
		timeout: 30_000
	});
	await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
	await page.getByRole('combobox', { name: 'Family' }).selectOption('gbdt');
	await page.getByTestId('train-button').click();
	await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 120_000 });
	await expect(page.getByTestId('tree-importance')).toBeAttached();

	await test.step('trying a threshold shows the test rows at that point, the run unchanged', async () => {
		const confusion = page.getByTestId('threshold-test-confusion');
		const [tp, fp, fn, tn] = ((await confusion.textContent()) ?? '')
			.split('·')
			.map((x) => Number(x.trim()));
		expect(tp + fp + fn + tn).toBe(150); // German credit's 15 % test part
		await page.getByTestId('threshold-slider').fill('0');
		await expect(confusion).toHaveText(`${tp + fn} · ${fp + tn} · 0 · 0`);
		await page.getByTestId('threshold-slider').fill('1');
		await expect(page.getByTestId('threshold-tried')).toHaveText(/^1(\.0+)?$/);
		await page.getByRole('button', { name: "Back to the run's threshold" }).click();
		await expect(confusion).toHaveText(`${tp} · ${fp} · ${fn} · ${tn}`);
	});

	const download = page.waitForEvent('download');
	await page.getByTestId('download-model').click();
	const modelPath = test.info().outputPath('trees.json');
	await (await download).saveAs(modelPath);
	const bundle = JSON.parse(readFileSync(modelPath, 'utf8'));
	expect(bundle.reference.columns.map((c: { name: string }) => c.name)).toEqual(
		GERMAN_CREDIT_FEATURES
	);
	expect(bundle.model.trees[0].cover[0]).toBeGreaterThan(0);

	await loadModelOnPredict(page, modelPath);

	await test.step('one row typed by hand gets its reasons and every column’s push', async () => {
		const row = page.getByRole('region', { name: 'Score one row' });
		const fill = (name: string, value: string) =>
			row.getByLabel(new RegExp(`^${name} `)).fill(value);
		await fill('Age', '23');
		await fill('Sex', 'male');
		await fill('Job', '2');
		await fill('Housing', 'rent');
		await fill('Saving accounts', 'little');
		await fill('Checking account', 'little');
		await fill('Credit amount', '9000');
		await fill('Duration', '48');
		await fill('Purpose', 'business');
		await row.getByRole('button', { name: 'Predict' }).click();
		const reasons = page.getByTestId('row-reasons').getByRole('listitem');
		await expect(reasons.first()).toBeVisible();
		const texts = await reasons.allTextContents();
		expect(texts.length).toBeGreaterThan(0);
		expect(texts.length).toBeLessThanOrEqual(3);
		const label = (await row.getByText(/^Prediction:/).textContent())
			?.replace('Prediction: ', '')
			.trim();
		for (const text of texts) {
			expect(GERMAN_CREDIT_FEATURES.some((c) => text.startsWith(c))).toBe(true);
			expect(text).toMatch(
				label === 'bad' ? /makes “bad” more likely$/ : /makes “bad” less likely$/
			);
		}
		// a long, large loan to a young applicant with little savings: the reasons say where its values sit
		expect(texts.join(' ')).toMatch(/\((top|bottom) (10|25) %\)|% of training rows/);
		await row.getByText('Every column’s push').click();
		await expect(page.getByTestId('row-contributions').locator('tbody tr')).toHaveCount(
			GERMAN_CREDIT_FEATURES.length
		);
		await expect(page.getByTestId('row-contributions')).toContainText('TreeSHAP');
	});

	await test.step('the predictions file carries reason_1…3 when asked', async () => {
		await page.getByTestId('predict-reasons').check();
		await page.getByTestId('predict-input').setInputFiles(GERMAN_CREDIT_CSV);
		const file = page.waitForEvent('download');
		await page.getByTestId('download-predictions').click();
		const path = test.info().outputPath('predictions.csv');
		await (await file).saveAs(path);
		const { data, meta } = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
			header: true,
			skipEmptyLines: true
		});
		expect(meta.fields?.slice(-3)).toEqual(['reason_1', 'reason_2', 'reason_3']);
		expect(data).toHaveLength(1000);
		for (const r of data.slice(0, 100)) {
			expect(GERMAN_CREDIT_FEATURES.some((c) => r.reason_1.startsWith(c))).toBe(true);
			expect(r.reason_1).toContain(r.prediction === 'bad' ? 'more likely' : 'less likely');
		}
	});
});
