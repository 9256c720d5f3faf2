/**
 * Accessibility: axe-core on every screen of the main journey (Data with a target, Train, a finished run's
 * results, Runs comparing two runs, Predict with a model and a scored row). Fails on any serious or critical
 * violation and prints each one with the elements it found. Collapsed <details> are opened first, so the
 * tables behind the charts are checked too. Light and dark mode (prefers-color-scheme) both: contrast differs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { GERMAN_CREDIT_CSV } from './predict-steps';

const BLOCKING = new Set(['serious', 'critical']);

/** Runs axe on the page as it is and expects no serious or critical violations. */
async function expectAccessible(page: Page, where: string): Promise<void> {
	await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
	const { violations } = await new AxeBuilder({ page }).analyze();
	const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
	if (blocking.length > 0) {
		const name = `axe-${where.replace(/\W+/g, '-')}.json`;
		await test
			.info()
			.attach(name, { body: JSON.stringify(blocking, null, 1), contentType: 'application/json' });
	}
	const report = blocking
		.map((v) => {
			const nodes = v.nodes
				.slice(0, 8)
				.map(
					(n) =>
						`    - ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`
				)
				.join('\n');
			return `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n  ${v.helpUrl}\n${nodes}`;
		})
		.join('\n\n');
	expect(
		blocking.map((v) => v.id),
		`axe on ${where}:\n\n${report}`
	).toEqual([]);
}

/** Trains a small gradient-boosted model (a few seconds) and waits for it to finish. */
async function trainTrees(page: Page, iterations: string): Promise<void> {
	await page.getByRole('combobox', { name: 'Family' }).selectOption('gbdt');
	await page.getByRole('spinbutton', { name: 'Max iterations' }).fill(iterations);
	await page.getByRole('spinbutton', { name: 'Max iterations' }).blur();
	await page.getByTestId('train-button').click();
	await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 120_000 });
}

for (const colorScheme of ['light', 'dark'] as const) {
	test(`no serious or critical axe violations on any screen (${colorScheme} mode)`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');

		await test.step('Data, with the German credit sample and its target chosen', async () => {
			await expectAccessible(page, 'the welcome screen');
			await page.getByTestId('sample-german-credit').click();
			await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible({
				timeout: 30_000
			});
			await page.getByTestId('target-select').selectOption('Risk');
			await expect(page.getByRole('tab', { name: 'Data', exact: true })).toHaveAttribute(
				'aria-selected',
				'true'
			);
			await expectAccessible(page, 'the Data screen');
		});

		await test.step('Train, then a finished run’s results', async () => {
			await page.getByRole('tab', { name: 'Train', exact: true }).click();
			await expect(page.getByTestId('train-button')).toBeVisible();
			await expectAccessible(page, 'the Train screen');
			await trainTrees(page, '20');
			await expect(page.getByRole('region', { name: 'Run results' })).toBeVisible();
			await expectAccessible(page, 'a finished run on the Train screen');
		});

		await test.step('Runs: an opened run, then two runs compared', async () => {
			await trainTrees(page, '30');
			await page.getByRole('tab', { name: /^Runs/ }).click();
			await expect(page.getByTestId('run-row')).toHaveCount(2);
			await expect(page.getByRole('region', { name: 'Run results' })).toBeVisible();
			await expectAccessible(page, 'the Runs screen with a run open');
			for (const box of await page.getByTestId('run-select').all()) await box.check();
			await page.getByTestId('compare-button').click();
			await expect(page.getByTestId('metrics-table')).toBeVisible();
			await expectAccessible(page, 'the compare view');
		});

		await test.step('Predict, with a stored run’s model, a CSV and one row scored', async () => {
			await page.getByRole('tab', { name: 'Predict', exact: true }).click();
			const stored = page.getByRole('combobox', { name: 'Use the model of a stored run' });
			await stored.selectOption({ index: 1 });
			await expect(page.getByRole('region', { name: 'Model to predict with' })).toContainText(
				'Predicts “Risk”'
			);
			await page.getByTestId('predict-input').setInputFiles(GERMAN_CREDIT_CSV);
			await expect(page.getByTestId('download-predictions')).toBeVisible({ timeout: 60_000 });
			const row = page.getByRole('region', { name: 'Score one row' });
			await row.getByRole('button', { name: 'Predict' }).click();
			await expect(row.getByText(/^Prediction:/)).toBeVisible();
			await expectAccessible(page, 'the Predict screen');
		});
	});
}
