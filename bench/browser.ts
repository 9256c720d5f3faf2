/**
 * Benchmarks in Chromium against the production build (built first when dist/ is missing):
 * - loading the 1,000,000-row mixed CSV through the file input: seconds until the profile shows, and the
 *   longest main-thread task seen by a PerformanceObserver('longtask') meanwhile (target: none over 100 ms);
 * - German credit sample → run done, with default settings (target ≤ 5 s).
 * Chromium: CHROMIUM_PATH or /usr/bin/chromium, launched headless without WebGPU flags (software WebGPU would
 * never be picked automatically anyway).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { writeBenchCsv } from './parse';
import type { Bench, BenchRow } from './bench-types';

async function run(): Promise<BenchRow[]> {
	if (!existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'ignore' });
	const server = await preview({ preview: { port: 4179, strictPort: true }, logLevel: 'silent' });
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run']
	});
	const rows: BenchRow[] = [];
	try {
		const page = await browser.newPage();
		await page.addInitScript(() => {
			const w = window as unknown as { __longTasks: number[] };
			w.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto('http://localhost:4179/');

		// German credit: sample click → run done.
		const started = Date.now();
		await page.getByTestId('sample-german-credit').click();
		await page.getByRole('table', { name: 'Column profile' }).waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Train', exact: true }).first().click();
		await page.getByTestId('train-button').click();
		await page.getByTestId('run-status').filter({ hasText: /(done|failed.*)$/ }).waitFor({ timeout: 300_000 });
		const status = await page.getByTestId('run-status').textContent();
		rows.push({
			name: 'German credit: sample click → run done (Chromium, defaults)',
			value: (Date.now() - started) / 1000,
			unit: 's',
			target: 5,
			lowerIsBetter: true,
			note: status ?? ''
		});

		// 1M-row CSV through the file input.
		const csv = process.env.FARO_BENCH_CSV ?? join(tmpdir(), 'faro-bench-mixed-1000000.csv');
		if (!existsSync(csv)) await writeBenchCsv(csv);
		await page.getByRole('button', { name: 'Data', exact: true }).click();
		await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []));
		const loadStarted = Date.now();
		await page.getByTestId('csv-input').setInputFiles(csv);
		await page.getByRole('region', { name: 'Dataset summary' }).filter({ hasText: '1,000,000' }).waitFor({ timeout: 600_000 });
		const loadSeconds = (Date.now() - loadStarted) / 1000;
		const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
		rows.push({
			name: 'load 1,000,000 × 12 CSV in Chromium: file chosen → profile shown',
			value: loadSeconds,
			unit: 's',
			lowerIsBetter: true
		});
		rows.push({
			name: 'longest main-thread task while loading it',
			value: Math.max(0, ...longTasks),
			unit: 'ms',
			target: 100,
			lowerIsBetter: true,
			note: `${longTasks.length} tasks over 50 ms`
		});
	} finally {
		await browser.close();
		await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
	}
	return rows;
}

export const bench: Bench = { name: 'browser', run };
