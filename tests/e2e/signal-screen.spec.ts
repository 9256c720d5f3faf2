import { test, expect } from './fixtures';

// tests/fixtures/reference/signal.json (signal_reference.py): on German credit against Risk, Checking account
// has the largest Information Value (0.666), then Duration (0.247); Job has none (IV 0.009, AUC 0.519).
test('the signal screen ranks German credit columns against the target and follows target changes', async ({
	page
}) => {
	await page.goto('/');
	const screen = page.getByTestId('signal-screen');
	const rows = screen.getByTestId('signal-row');
	await test.step('load the sample: Risk is suggested and its columns are screened', async () => {
		await page.getByTestId('sample-german-credit').click();
		await expect(page.getByTestId('target-select')).toHaveValue('Risk');
		await expect(rows).toHaveCount(9);
		await expect(rows.first()).toHaveAttribute('data-column', 'Checking account');
		await expect(rows.first()).toContainText('0.666');
		await expect(rows.nth(1)).toHaveAttribute('data-column', 'Duration');
		await expect(rows.nth(1)).toContainText('higher → more bad');
		await expect(screen.getByTestId('signal-flag-leak')).toHaveCount(0);
		await expect(
			screen.locator('[data-column="Job"]').getByTestId('signal-flag-none')
		).toBeVisible();
		await expect(screen).toContainText('Not screened: row (id column');
	});
	await test.step('a row opens its Weight of Evidence bins', async () => {
		await screen.getByRole('button', { name: 'Bins of Checking account' }).click();
		const bins = screen.getByRole('table', { name: 'Weight of Evidence bins of Checking account' });
		await expect(bins.locator('tbody tr')).toHaveCount(4); // little, moderate, rich, missing
		await expect(bins).toContainText('(missing)');
	});
	await test.step('sorting by column name', async () => {
		await screen.getByRole('button', { name: 'Column', exact: true }).click();
		await expect(rows.first()).toHaveAttribute('data-column', 'Age');
	});
	await test.step('a three-class target: Cramér’s V everywhere, no IV; back to Risk from the cache', async () => {
		await page.getByTestId('target-select').selectOption('Housing');
		await expect(rows).toHaveCount(9);
		await expect(screen.locator('[data-column="Risk"]')).toContainText('Cramér’s V');
		await expect(screen.getByRole('button', { name: /^Bins of/ })).toHaveCount(0);
		await page.getByTestId('target-select').selectOption('Risk');
		await expect(screen.getByRole('progressbar')).toHaveCount(0);
		await expect(rows).toHaveCount(9);
		await expect(screen.locator('[data-column="Checking account"]')).toContainText('0.666');
	});
	await test.step('after a reload the screen is computed again', async () => {
		await page.reload();
		await expect(rows).toHaveCount(9);
		await expect(screen.locator('[data-column="Checking account"]')).toContainText('0.666');
	});
});
