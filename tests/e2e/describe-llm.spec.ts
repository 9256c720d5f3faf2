/**
 * The LLM describer with the fake engine (project `fake-llm`: the dist-test build made with
 * VITE_FARO_FAKE_LLM=1, opened with `?fake-llm`). The fake models fail the way real ones do, with the texts
 * web-llm and Chromium raise (src/ui/llm/fake-models.ts), so the page's real classification and ways on are
 * what is tested. The fake engine fetches nothing, so the egress guard of ./fixtures still proves that no
 * request leaves the page.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SOURCE = 'german-credit.csv';
const summary = (page: Page) => page.getByRole('region', { name: 'Dataset summary' });
const failure = (page: Page) => page.getByTestId('describe-failure');

async function openSource(page: Page): Promise<void> {
	await page
		.getByRole('region', { name: 'Stored datasets' })
		.getByRole('button', { name: /^german-credit\.csv\s*[\d,]+ rows/ })
		.click();
	await expect(summary(page)).not.toContainText('descriptions');
}

async function describeWith(page: Page, model: string, label = false): Promise<void> {
	await page.getByTestId('describer-llm').check();
	await page.getByTestId('llm-model').selectOption(model);
	await page.getByTestId('llm-ask-label').setChecked(label);
	await page.getByTestId('describe-button').click();
}

async function loadSample(page: Page): Promise<void> {
	await page.goto('/?fake-llm');
	await page.getByTestId('sample-german-credit').click();
	await expect(summary(page)).toContainText(SOURCE);
}

/** Trains one run on the open dataset (defaults) and comes back to the Data screen. */
async function trainRun(page: Page): Promise<void> {
	await page.getByRole('tab', { name: 'Train', exact: true }).first().click();
	await page.getByTestId('train-button').click();
	await expect(page.getByTestId('run-status')).toHaveText(/done$/, { timeout: 150_000 });
	await page.getByRole('tab', { name: 'Data', exact: true }).click();
}

/** What IndexedDB holds: dataset names (sorted) and run statuses, read straight from the store. */
async function stored(page: Page): Promise<{ datasets: string[]; runs: string[] }> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('faro');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const all = (store: string) =>
			new Promise<Record<string, unknown>[]>((resolve, reject) => {
				const request = db.transaction(store).objectStore(store).getAll();
				request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
				request.onerror = () => reject(request.error);
			});
		const [datasets, runs] = [await all('datasets'), await all('runs')];
		db.close();
		return {
			datasets: datasets.map((d) => String(d.name)).sort(),
			runs: runs.map((r) => String(r.status))
		};
	});
}

/** The datasets and the run are all still there: in the list the user sees and in IndexedDB. */
async function expectKept(page: Page, datasets: string[]): Promise<void> {
	const list = page.getByRole('region', { name: 'Stored datasets' }).getByRole('listitem');
	await expect(list).toHaveCount(datasets.length);
	for (const name of datasets) await expect(list.getByText(name, { exact: true })).toHaveCount(1);
	await expect(page.getByRole('tab', { name: /^Runs/ })).toHaveText(/1$/);
	expect(await stored(page)).toEqual({ datasets: [...datasets].sort(), runs: ['done'] });
}

test('fake LLM: progress, a described dataset with labels, the cache across a reload, fallbacks', async ({
	page
}) => {
	await loadSample(page);

	await test.step('describe with the fake engine, with labels, and watch the progress', async () => {
		await expect(page.getByTestId('describer-llm')).toBeEnabled();
		await page.getByTestId('describer-llm').check();
		await expect(page.getByTestId('llm-download-notice')).toHaveCount(0); // nothing to download
		await page.getByTestId('llm-ask-label').check();
		await expect(page.getByTestId('llm-label-choices')).toHaveValue('stable, risky');
		await page.getByTestId('describe-button').click();
		await expect(page.getByRole('progressbar', { name: 'fake-engine (test build)' })).toBeVisible();
		await expect(summary(page)).toContainText(
			'german-credit.csv + LLM descriptions (fake-engine (test build))',
			{ timeout: 60_000 }
		);
		await expect(page.getByTestId('llm-summary')).toHaveText(
			/1,000 rows described: 0 from the cache, 0 written as template sentences.*1,000 labelled/s
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
			/1,000 rows described: 1,000 from the cache, 0 written/,
			{ timeout: 30_000 }
		);
	});

	await test.step('malformed answers fall back to template sentences, counted', async () => {
		await openSource(page);
		await describeWith(page, 'fake-engine-malformed (test build)');
		await expect(page.getByTestId('llm-summary')).toHaveText(
			/1,000 rows described: 0 from the cache, 100 written as template sentences/,
			{ timeout: 60_000 }
		);
		await expect(summary(page)).toContainText('fake-engine-malformed');
		await expect(page.getByRole('table', { name: 'Data preview' })).toContainText('Fake: ');
		await expect(page.getByRole('table', { name: 'Data preview' })).toContainText(
			'in the bottom quarter'
		); // row 0: template
	});
});

test('failures: files unreachable, out of GPU memory, device lost — each says so, offers a way on, and keeps datasets and runs', async ({
	page
}) => {
	const described = (model: string) => `${SOURCE} + LLM descriptions (${model})`;
	const kept = [SOURCE];
	await loadSample(page);
	await trainRun(page);
	await expectKept(page, kept);

	await test.step('model files unreachable: says the host did not answer; Retry downloads again', async () => {
		await describeWith(page, 'fake-unreachable (test build)');
		await expect(failure(page).getByRole('alert')).toContainText(
			'The files of fake-unreachable (test build) could not be downloaded: the model host did not answer.'
		);
		await expect(failure(page)).toContainText('Check the connection and Retry');
		await expect(failure(page).getByTestId('describe-use-template')).toBeVisible();
		await expectKept(page, kept);
		await failure(page).getByTestId('describe-retry').click();
		await expect(summary(page)).toContainText(described('fake-unreachable (test build)'), {
			timeout: 60_000
		});
		kept.push(described('fake-unreachable (test build)'));
		await expectKept(page, kept);
	});

	await test.step('out of GPU memory: says so and offers a smaller model, which then describes', async () => {
		await openSource(page);
		await describeWith(page, 'fake-oom (test build)');
		await expect(failure(page).getByRole('alert')).toContainText(
			'The GPU ran out of memory loading fake-oom (test build).'
		);
		await expectKept(page, kept);
		const smaller = failure(page).getByTestId('describe-smaller');
		await expect(smaller).toHaveText('Describe with fake-engine (test build) (500 MB VRAM)');
		await smaller.click();
		await expect(summary(page)).toContainText(described('fake-engine (test build)'), {
			timeout: 60_000
		});
		kept.push(described('fake-engine (test build)'));
		await expectKept(page, kept);
	});

	await test.step('device lost mid-generation: says so and keeps the rows; Resume asks only for the rest', async () => {
		await openSource(page);
		await describeWith(page, 'fake-device-lost-after-20 (test build)');
		await expect(failure(page).getByRole('alert')).toContainText(
			'The GPU stopped responding while the model was writing (the WebGPU device was lost).'
		);
		// 20 requests of 4 rows answered before the loss: 80 rows, written to the cache in chunks of 16.
		await expect(failure(page)).toContainText(
			'Stopped after 80 of 1,000 rows. Resume continues where it stopped: finished rows are cached.'
		);
		await expectKept(page, kept);
		await failure(page).getByTestId('describe-retry').click();
		await expect(page.getByTestId('llm-summary')).toHaveText(
			/1,000 rows described: 80 from the cache, 0 written/,
			{ timeout: 60_000 }
		);
		kept.push(described('fake-device-lost-after-20 (test build)'));
		await expectKept(page, kept);
	});

	await test.step('the template describer is always a way on', async () => {
		await openSource(page);
		await describeWith(page, 'fake-oom (test build)');
		await failure(page).getByTestId('describe-use-template').click();
		await expect(failure(page)).toHaveCount(0);
		await expect(page.getByTestId('describer-template')).toBeChecked();
		await expectKept(page, kept);
	});
});

test('a job cut short by a reload is offered for resume, and asks the model only for the missing rows', async ({
	page
}) => {
	const model = 'fake-engine-slow (test build)';
	await loadSample(page);
	await trainRun(page);
	await expectKept(page, [SOURCE]);

	await test.step('reload while the slow model is describing', async () => {
		await describeWith(page, model);
		// reload once at least 5% (50 rows: three 16-row chunks cached) and at most 49% are done
		await expect(page.getByRole('progressbar', { name: model })).toHaveAttribute(
			'aria-valuenow',
			/^([5-9]|[1-4]\d)$/,
			{ timeout: 30_000 }
		);
		await page.reload();
	});

	let doneBefore = 0;
	await test.step('the panel says the job was cut short, and nothing was lost', async () => {
		const notice = page.getByTestId('describe-unfinished');
		await expect(notice).toContainText('Describing was cut short.');
		await expect(notice).toContainText(`${model} was describing ${SOURCE}`);
		const text = (await notice.textContent())?.replace(/\s+/g, ' ') ?? '';
		doneBefore = Number(/after about ([\d,]+) of 1,000 rows/.exec(text)?.[1].replace(',', ''));
		expect(doneBefore).toBeGreaterThanOrEqual(48);
		await expectKept(page, [SOURCE]);
	});

	await test.step('Resume: the cached rows are not asked for again', async () => {
		await page.getByTestId('describe-resume').click();
		await expect(page.getByTestId('describe-unfinished')).toHaveCount(0);
		await expect(summary(page)).toContainText(`${SOURCE} + LLM descriptions (${model})`, {
			timeout: 90_000
		});
		const text = (await page.getByTestId('llm-summary').textContent())?.replace(/\s+/g, ' ') ?? '';
		const fromCache = Number(/: ([\d,]+) from the cache/.exec(text)?.[1].replace(',', ''));
		// Whole 16-row chunks reach the cache; the count of rows done is written as rows finish.
		expect(fromCache % 16).toBe(0);
		expect(fromCache).toBeGreaterThanOrEqual(48);
		expect(fromCache).toBeGreaterThan(doneBefore - 16);
		expect(fromCache).toBeLessThan(1000);
		await expect(page.getByTestId('llm-summary')).toContainText('0 written as template sentences');
		await expectKept(page, [SOURCE, `${SOURCE} + LLM descriptions (${model})`]);
	});

	await test.step('after it finished, a reload offers nothing to resume', async () => {
		await page.reload();
		await expect(summary(page)).toContainText('LLM descriptions');
		await expect(page.getByTestId('describe-unfinished')).toHaveCount(0);
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

test('a job still running in another tab is not offered for resume; once that tab is gone, it is', async ({
	page
}) => {
	const model = 'fake-engine-slow (test build)';
	await loadSample(page);
	await describeWith(page, model);
	await expect(page.getByRole('progressbar', { name: model })).toHaveAttribute(
		'aria-valuenow',
		/^([1-9]|[1-4]\d)$/,
		{
			timeout: 30_000
		}
	);
	const other = await page.context().newPage();
	await test.step('a second tab opened mid-job offers nothing to resume', async () => {
		await other.goto('/?fake-llm');
		await expect(summary(other)).toContainText(SOURCE);
		await expect(other.getByTestId('describe-unfinished')).toHaveCount(0);
	});
	await test.step('after the first tab closes and its heartbeat goes stale, the second tab offers the resume', async () => {
		await page.close();
		await other.waitForTimeout(16_000);
		await other.reload();
		await expect(other.getByTestId('describe-unfinished')).toContainText(
			'Describing was cut short.'
		);
	});
	await other.close();
});
