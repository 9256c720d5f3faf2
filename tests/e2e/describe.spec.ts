import { test, expect } from './fixtures';

test('template descriptions become a new dataset with a description text column that survives a reload', async ({ page }) => {
	await page.goto('/');
	await test.step('load the German credit sample', async () => {
		await page.getByTestId('sample-german-credit').click();
		await expect(page.getByRole('region', { name: 'Dataset summary' })).toContainText('german-credit.csv');
	});
	await test.step('describe with the template describer', async () => {
		await page.getByTestId('describer-template').check();
		await page.getByTestId('describe-button').click();
		await expect(page.getByRole('region', { name: 'Dataset summary' })).toContainText('german-credit.csv + template descriptions');
		await expect(page.getByRole('table', { name: 'Column profile' })).toContainText('description');
		await expect(page.getByRole('table', { name: 'Data preview' })).toContainText('Credit amount is 1169, in the bottom quarter.');
		await expect(page.getByRole('region', { name: 'Stored datasets' }).getByRole('listitem')).toHaveCount(2);
	});
	await test.step('the described dataset survives a reload', async () => {
		await page.reload();
		await expect(page.getByRole('region', { name: 'Dataset summary' })).toContainText('german-credit.csv + template descriptions');
		await expect(page.getByRole('table', { name: 'Column profile' })).toContainText('description');
	});
});

test('without a usable GPU the LLM describer is disabled and says why', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByRole('region', { name: 'Dataset summary' })).toContainText('german-credit.csv');
	// no-webgpu project: no adapter; webgpu project: SwiftShader, a software fallback adapter. Both say so.
	await expect(page.getByTestId('llm-unavailable')).toHaveText(/WebGPU|adapter|fallback/);
	await expect(page.getByTestId('describer-llm')).toBeDisabled();
	await expect(page.getByTestId('describer-template')).toBeEnabled();
});

test('the production build carries no fake LLM engine, and ignores ?fake-llm', async ({ page }) => {
	const { readdirSync, readFileSync } = await import('node:fs');
	const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
	expect(assets.length).toBeGreaterThan(0);
	for (const file of assets) {
		const code = readFileSync(`dist/assets/${file}`, 'utf8');
		expect(code.includes('fake-engine') || code.includes('Fake: '), `fake engine code in dist/assets/${file}`).toBe(false);
	}
	await page.goto('/?fake-llm');
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByTestId('llm-unavailable')).toHaveText(/WebGPU|adapter|fallback/);
	await expect(page.getByTestId('describer-llm')).toBeDisabled();
});

test('with a hardware GPU on the page, the models come from web-llm in the LLM worker, which checks its own WebGPU before anything downloads', async ({ page }) => {
	// The page sees a hardware adapter; the LLM worker sees the machine's real WebGPU (none, or SwiftShader's
	// fallback), so the real web-llm code path runs in the worker up to its own check, and nothing is fetched.
	await page.addInitScript(() => {
		const adapter = { features: { has: () => true }, info: { vendor: 'test', architecture: 'page-only', isFallbackAdapter: false } };
		Object.defineProperty(Navigator.prototype, 'gpu', { configurable: true, get: () => ({ requestAdapter: async () => adapter }) });
	});
	await page.goto('/');
	await page.getByTestId('sample-german-credit').click();
	await expect(page.getByRole('region', { name: 'Dataset summary' })).toContainText('german-credit.csv');
	await page.getByTestId('describer-llm').check();
	// web-llm's prebuilt list, read in the worker: its small models are offered.
	await expect(page.getByTestId('llm-model').locator('option', { hasText: /SmolLM2|Qwen|Llama/ }).first()).toBeAttached();
	await page.getByTestId('describe-button').click();
	await expect(page.getByTestId('describe-failure')).toContainText(/WebGPU|adapter|fallback/);
	await expect(page.getByTestId('describe-use-template')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Stored datasets' }).getByRole('listitem')).toHaveCount(1);
});
