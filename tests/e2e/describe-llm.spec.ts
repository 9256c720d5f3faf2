/**
 * The LLM describer with the fake engine (project `fake-llm`: the dist-test build made with
 * VITE_FARO_FAKE_LLM=1, opened with `?fake-llm`). The fake engine fetches nothing, so the egress guard of
 * ./fixtures still proves that no request leaves the page.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const summary = (page: Page) => page.getByRole('region', { name: 'Dataset summary' });

async function openSource(page: Page): Promise<void> {
	await page
		.getByRole('region', { name: 'Stored datasets' })
		.getByRole('button', { name: /^german-credit\.csv\s*[\d,]+ rows/ })
		.click();
	await expect(summary(page)).not.toContainText('descriptions');
}

async function describeWith(page: Page, model: string, label: boolean): Promise<void> {
	await page.getByTestId('describer-llm').check();
	await page.getByTestId('llm-model').selectOption(model);
	await page.getByTestId('llm-ask-label').setChecked(label);
	await page.getByTestId('describe-button').click();
}

test('fake LLM: progress, a described dataset with labels, the cache across a reload, fallbacks, device lost', async ({
	page
}) => {
	await page.goto('/?fake-llm');
	await page.getByTestId('sample-german-credit').click();
	await expect(summary(page)).toContainText('german-credit.csv');

	await test.step('describe with the fake engine, with labels, and watch the progress', async () => {
		await expect(page.getByTestId('describer-llm')).toBeEnabled();
		await page.getByTestId('describer-llm').check();
		await expect(page.getByTestId('llm-download-notice')).toHaveCount(0); // nothing to download
		await page.getByTestId('llm-ask-label').check();
		await expect(page.getByTestId('llm-label-choices')).toHaveValue('stable, risky');
		await page.getByTestId('describe-button').click();
		await expect(page.getByRole('progressbar', { name: 'Describing' })).toBeVisible();
		await expect(summary(page)).toContainText(
			'german-credit.csv + LLM descriptions (fake-engine (test build))',
			{ timeout: 60_000 }
		);
		await expect(page.getByTestId('llm-summary')).toHaveText(
			/1000 rows described: 0 from the cache, 0 written as template sentences.*1000 labelled/s
		);
		await expect(page.getByRole('table', { name: 'Column profile' })).toContainText('llm_label');
		await expect(page.getByRole('table', { name: 'Data preview' })).toContainText('Fake: ');
		await expect(page.getByRole('table', { name: 'Data preview' })).toContainText(/stable|risky/);
	});

	await test.step('after a reload the same job is served from the cache', async () => {
		await page.reload();
		await openSource(page);
		await describeWith(page, 'fake-engine (test build)', true);
		await expect(page.getByTestId('llm-summary')).toHaveText(
			/1000 rows described: 1000 from the cache, 0 written/,
			{ timeout: 30_000 }
		);
	});

	await test.step('malformed answers fall back to template sentences, counted', async () => {
		await openSource(page);
		await describeWith(page, 'fake-engine-malformed (test build)', false);
		await expect(page.getByTestId('llm-summary')).toHaveText(
			/1000 rows described: 0 from the cache, 100 written as template sentences/,
			{ timeout: 60_000 }
		);
		await expect(summary(page)).toContainText('fake-engine-malformed');
		await expect(page.getByRole('table', { name: 'Data preview' })).toContainText('Fake: ');
		await expect(page.getByRole('table', { name: 'Data preview' })).toContainText(
			'in the bottom quarter'
		); // row 0: template
	});

	await test.step('a lost device stops with a clear message; Resume continues from the cache', async () => {
		await openSource(page);
		await describeWith(page, 'fake-engine-device-lost (test build)', false);
		await expect(page.getByRole('alert')).toContainText('device lost');
		await page.getByTestId('describe-retry').click();
		await expect(page.getByTestId('llm-summary')).toHaveText(
			/1000 rows described: 80 from the cache, 0 written/,
			{ timeout: 60_000 }
		);
	});
});

test('a custom model URL is validated, kept across a reload, and named as the only host', async ({
	page
}) => {
	await page.goto('/?fake-llm');
	await page.getByTestId('sample-german-credit').click();
	await page.getByTestId('describer-llm').check();
	await page.getByTestId('custom-model').locator('summary').click();
	await page.getByTestId('custom-model-url').fill('http://models.example.com/Tiny-1B-q4f32_1-MLC/');
	await page.getByTestId('custom-model-lib').fill('https://models.example.com/libs/tiny.wasm');
	await page.getByTestId('custom-model-save').click();
	await expect(page.getByTestId('custom-model').getByRole('alert')).toContainText('https');
	await page
		.getByTestId('custom-model-url')
		.fill('https://models.example.com/Tiny-1B-q4f32_1-MLC/');
	await page.getByTestId('custom-model-save').click();
	await expect(page.getByTestId('llm-model')).toHaveValue('Tiny-1B-q4f32_1-MLC');
	await expect(page.getByTestId('llm-download-notice')).toContainText(
		'from models.example.com — the only request that leaves this page'
	);
	await expect(page.getByTestId('llm-download-notice')).toContainText('~563 MB');
	await page.reload();
	await page.getByTestId('describer-llm').check();
	await page.getByTestId('llm-model').selectOption('Tiny-1B-q4f32_1-MLC');
	await expect(page.getByTestId('llm-download-notice')).toContainText('models.example.com');
});
