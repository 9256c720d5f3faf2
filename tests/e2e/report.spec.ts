import type { Browser, Download } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

/**
 * Opens a downloaded report offline, with every request refused, and returns the page and how many requests
 * it tried: a self-contained report tries none.
 */
async function openOffline(browser: Browser, download: Download, name: string) {
	const path = test.info().outputPath(name);
	await download.saveAs(path);
	const context = await browser.newContext();
	await context.setOffline(true);
	let attempted = 0;
	await context.route('**/*', (route) => {
		attempted++;
		return route.abort();
	});
	const page = await context.newPage();
	await page.setContent(readFileSync(path, 'utf8'));
	return { page, context, attempted: () => attempted };
}

test('a run’s report and a two-run comparison download as self-contained HTML', async ({
	page,
	browser
}) => {
	await page.goto('/');
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible({
		timeout: 30_000
	});
	await page.getByRole('tab', { name: 'Train', exact: true }).first().click();

	let auc = '';
	await test.step('train a run and read its test ROC AUC on the run page', async () => {
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
		const cell = page
			.getByTestId('metrics-table')
			.getByRole('row', { name: /^ROC AUC/ })
			.getByRole('cell')
			.first();
		auc = (await cell.textContent())?.trim() ?? '';
		expect(auc).toMatch(/^0\.\d{3}$/);
	});

	await test.step('download the run’s report and read it offline', async () => {
		const runName =
			(
				await page
					.getByRole('region', { name: 'Run results' })
					.getByRole('heading', { level: 2 })
					.textContent()
			)?.trim() ?? '';
		const downloading = page.waitForEvent('download');
		await page.getByTestId('download-report').click();
		const download = await downloading;
		expect(download.suggestedFilename()).toMatch(/-report\.html$/);
		const report = await openOffline(browser, download, 'run-report.html');
		await expect(report.page).toHaveTitle(`${runName} — Faro model report`);
		const key = report.page.getByTestId('report-key-figures');
		await expect(
			key
				.getByRole('row', { name: /^ROC AUC/ })
				.getByRole('cell')
				.first()
		).toHaveText(auc);
		await expect(report.page.getByRole('img', { name: 'ROC curve' })).toBeVisible();
		await expect(report.page.getByTestId('report-deciles').locator('tbody tr')).toHaveCount(10);
		await expect(report.page.locator('script, link, img, iframe')).toHaveCount(0);
		expect(report.attempted(), 'requests the report tried to make').toBe(0);
		await report.context.close();
	});

	await test.step('train a second run, compare both, download the comparison report', async () => {
		await page.getByRole('combobox', { name: 'Family' }).selectOption('logistic');
		await page.getByTestId('train-button').click();
		await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
		await page.getByRole('tab', { name: /^Runs/ }).click();
		await expect(page.getByTestId('run-row')).toHaveCount(2);
		for (const box of await page.getByTestId('run-select').all()) await box.check();
		await page.getByTestId('compare-button').click();
		await expect(page.getByTestId('compare-importance').getByRole('columnheader')).toHaveCount(3);
		await expect(page.getByTestId('compare-importance')).toContainText('ROC AUC lost');

		const downloading = page.waitForEvent('download');
		await page.getByTestId('download-compare-report').click();
		const download = await downloading;
		expect(download.suggestedFilename()).toMatch(/^faro-compare-2-runs-.*-report\.html$/);
		const report = await openOffline(browser, download, 'compare-report.html');
		await expect(report.page.getByRole('heading', { level: 1 })).toHaveText('Comparison of 2 runs');
		const metrics = report.page.getByTestId('report-compare-metrics');
		await expect(metrics.getByRole('columnheader')).toHaveCount(3);
		await expect(metrics.getByRole('row', { name: /^ROC AUC/ })).toContainText(auc);
		await expect(
			report.page.getByRole('img', { name: 'ROC curves of the compared runs' })
		).toBeVisible();
		await expect(report.page.getByRole('heading', { name: /^Run B:/ })).toBeVisible();
		await expect(report.page.locator('script, link, img, iframe')).toHaveCount(0);
		expect(report.attempted(), 'requests the report tried to make').toBe(0);
		await report.context.close();
	});
});
