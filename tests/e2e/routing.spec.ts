/**
 * The URL keeps the place: screen changes and opened runs are history entries (Back and Forward walk them),
 * a reload stays where it was, a copied link opens the same run in another tab of the same browser, and a
 * link to something that is not stored says so and falls back to the list.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const hash = (page: Page) => new URL(page.url()).hash;
const tab = (page: Page, name: string | RegExp) =>
	page.getByRole('tab', typeof name === 'string' ? { name, exact: true } : { name });

async function trainTrees(page: Page, iterations: string): Promise<void> {
	await page.getByRole('combobox', { name: 'Family' }).selectOption('gbdt');
	await page.getByRole('spinbutton', { name: 'Max iterations' }).fill(iterations);
	await page.getByRole('spinbutton', { name: 'Max iterations' }).blur();
	await page.getByTestId('train-button').click();
	await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 120_000 });
}

test('Back/Forward, reload, a copied run link and a bad link', async ({ page, context }) => {
	await page.goto('/');
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible({
		timeout: 30_000
	});
	await expect.poll(() => hash(page)).toMatch(/^#\/data\/[\w-]+$/);
	const datasetId = hash(page).split('/')[2];

	let firstRun = '';
	let secondRun = '';
	await test.step('each screen is a history entry; Back and Forward walk them', async () => {
		await tab(page, 'Train').click();
		expect(hash(page)).toBe(`#/train/${datasetId}`);
		await trainTrees(page, '20');
		await trainTrees(page, '30');
		await tab(page, /^Runs/).click();
		await expect(page.getByTestId('run-row')).toHaveCount(2);
		[secondRun, firstRun] = await page
			.getByTestId('run-row')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-run-id') ?? ''));
		await expect.poll(() => hash(page)).toBe(`#/runs/${secondRun}`);
		await tab(page, 'Predict').click();
		expect(hash(page)).toBe('#/predict');

		await page.goBack();
		await expect(tab(page, /^Runs/)).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByRole('region', { name: 'Run results' })).toBeVisible();
		await page.goBack();
		await expect(tab(page, 'Train')).toHaveAttribute('aria-selected', 'true');
		expect(hash(page)).toBe(`#/train/${datasetId}`);
		await page.goForward();
		await expect(tab(page, /^Runs/)).toHaveAttribute('aria-selected', 'true');
		expect(hash(page)).toBe(`#/runs/${secondRun}`);
	});

	await test.step('opening a run is a history entry and moves focus to its name', async () => {
		await page
			.locator(`[data-testid="run-row"][data-run-id="${firstRun}"]`)
			.getByRole('button', { name: /^Open run/ })
			.click();
		await expect.poll(() => hash(page)).toBe(`#/runs/${firstRun}`);
		const heading = page
			.getByRole('region', { name: 'Run results' })
			.getByRole('heading', { level: 2 });
		await expect(heading).toBeFocused();
		const firstName = await heading.textContent();
		await page.goBack();
		await expect(heading).not.toHaveText(firstName ?? '');
		expect(hash(page)).toBe(`#/runs/${secondRun}`);
		await page.goForward();
		await expect(heading).toHaveText(firstName ?? '');
	});

	await test.step('a reload keeps the screen and the open run', async () => {
		const name = await page
			.getByRole('region', { name: 'Run results' })
			.getByRole('heading', { level: 2 })
			.textContent();
		await page.reload();
		await expect(tab(page, /^Runs/)).toHaveAttribute('aria-selected', 'true');
		await expect(
			page.getByRole('region', { name: 'Run results' }).getByRole('heading', { level: 2 })
		).toHaveText(name ?? '');
		expect(hash(page)).toBe(`#/runs/${firstRun}`);
	});

	await test.step('a copied link opens the same run, and a comparison, in another tab', async () => {
		const other = await context.newPage();
		await other.goto(`/#/runs/${firstRun}`);
		await expect(other.locator(`[data-testid="run-row"][data-run-id="${firstRun}"]`)).toHaveClass(
			/open/
		);
		await expect(other.getByRole('region', { name: 'Run results' })).toBeVisible();
		await other.goto(`/#/runs/compare/${firstRun},${secondRun}`);
		await expect(other.getByTestId('metrics-table').getByRole('columnheader')).toHaveCount(3);
		await other.close();
	});

	await test.step('a link to a run or dataset that is not stored says so and shows the list', async () => {
		await page.goto('/#/runs/no-such-run');
		await expect(page.getByTestId('route-notice')).toContainText('not stored in this browser');
		await expect(page.getByTestId('run-row')).toHaveCount(2);
		await expect(page.getByRole('region', { name: 'Run results' })).toHaveCount(0);
		expect(hash(page)).toBe('#/runs');
		await page.goto('/#/data/no-such-dataset');
		await expect(page.getByTestId('route-notice')).toContainText('not stored in this browser');
		await expect(page.getByRole('table', { name: 'Column profile' })).toBeVisible();
		await expect.poll(() => hash(page)).toBe(`#/data/${datasetId}`);
		await page.goto('/#/nowhere');
		await expect(page.getByTestId('route-notice')).toContainText('There is no screen');
		await expect(tab(page, 'Data')).toHaveAttribute('aria-selected', 'true');
	});

	await test.step('the tab list follows the arrow keys, Home and End', async () => {
		await tab(page, 'Data').focus();
		await page.keyboard.press('ArrowRight');
		await expect(tab(page, 'Train')).toBeFocused();
		await expect(tab(page, 'Train')).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('End');
		await expect(tab(page, 'Predict')).toBeFocused();
		expect(hash(page)).toBe('#/predict');
		await page.keyboard.press('ArrowRight');
		await expect(tab(page, 'Data')).toHaveAttribute('aria-selected', 'true');
		await expect(tab(page, 'Train')).toHaveAttribute('tabindex', '-1');
	});
});
