import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { loadModelOnPredict, scoreGermanCredit } from './predict-steps';

/** Waits until the service worker has precached everything and controls the page (a reload hands it the page). */
async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'))
		.toBe('activated');
}

test('after one visit the studio loads, trains, compares and downloads a model with the network off', async ({
	page,
	context
}) => {
	await page.goto('/');
	await test.step('the first visit installs the service worker', async () => {
		await waitForServiceWorker(page);
	});

	const failed: string[] = [];
	await test.step('offline, the app shell reloads from the precache', async () => {
		await context.setOffline(true);
		// The network really is off for the page: a file that was never cached cannot be fetched.
		const probe = await page.evaluate(() =>
			fetch(`/not-precached-${Date.now()}.txt`).then(
				() => 'fetched',
				() => 'failed'
			)
		);
		expect(probe).toBe('failed');
		page.on('requestfailed', (request) => failed.push(request.url()));
		await page.reload();
		await expect(page.getByTestId('sample-german-credit')).toBeVisible();
	});

	await test.step('load the German credit sample (from public/samples, precached)', async () => {
		await page.getByTestId('sample-german-credit').click();
		await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible({
			timeout: 30_000
		});
		await expect(page.getByTestId('target-select')).toHaveValue('Risk');
		// The optional LLM says why it cannot run here instead of waiting on web-llm's (uncached) code.
		const llm = page.getByTestId('llm-unavailable');
		await expect(llm).toBeVisible();
		await expect(llm).not.toHaveText(/Checking WebGPU/);
	});

	await test.step('train gradient-boosted trees and a logistic regression in the workers', async () => {
		await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
		await page.getByRole('combobox', { name: 'Family' }).selectOption('gbdt');
		await page.getByRole('spinbutton', { name: 'Max iterations' }).fill('40');
		await page.getByRole('spinbutton', { name: 'Max iterations' }).blur();
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 120_000 });
		// The logistic regression runs on TF.js: its WebAssembly files come from the precache too.
		await page.getByRole('combobox', { name: 'Family' }).selectOption('logistic');
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
		// No real GPU on the test machines (PLATFORM.md): TF.js runs on wasm, whose files came from the precache.
		await expect(page.getByText(/^backend: wasm/)).toBeVisible();
	});

	await test.step('compare the two runs', async () => {
		await page.getByRole('tab', { name: /^Runs/ }).click();
		await expect(page.getByTestId('run-row')).toHaveCount(2);
		for (const box of await page.getByTestId('run-select').all()) await box.check();
		await page.getByTestId('compare-button').click();
		const table = page.getByTestId('metrics-table');
		await expect(table.getByRole('columnheader')).toHaveCount(3);
		await expect(table.getByRole('row', { name: /^ROC AUC/ })).toBeVisible();
		await page.getByRole('button', { name: 'Close' }).click();
	});

	let modelPath = '';
	await test.step('download a model and score the German credit CSV with it', async () => {
		await page.getByRole('button', { name: 'Open' }).first().click();
		const download = page.waitForEvent('download');
		await page.getByTestId('download-model').click();
		modelPath = test.info().outputPath('model.json');
		await (await download).saveAs(modelPath);
		const bundle = JSON.parse(readFileSync(modelPath, 'utf8'));
		expect(bundle.format).toBe('faro-model');
		expect(bundle.labels).toEqual(['bad', 'good']);
		await loadModelOnPredict(page, modelPath);
		await scoreGermanCredit(page); // 1,000 rows scored in the predict worker
	});

	expect(failed, 'requests that failed while offline').toEqual([]);
});
