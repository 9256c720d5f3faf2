/**
 * Training throughput in Chromium, per backend, through the studio itself: a generated 20,000 × 20 numeric
 * CSV (make_classification-like, 10% minority) is loaded, the MLP (64, 32) is set to exactly 5 epochs at
 * batch 256, and the run's recorded duration gives rows/s/epoch for each backend the browser offers.
 * Chromium runs with the SwiftShader WebGPU flags, so "webgpu" and "webgl" here are SOFTWARE renderers
 * (PLATFORM.md: 30× slower than wasm) — the figures show why automatic choice skips them.
 */
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { makeClassification } from './make-classification';
import type { Bench, BenchRow } from './bench-types';

const ROWS = 20_000;
const EPOCHS = 5;

function writeCsv(): string {
	const path = join(tmpdir(), `faro-bench-train-${ROWS}.csv`);
	if (existsSync(path)) return path;
	const { x, y, width } = makeClassification(ROWS, { features: 20, seed: 0 });
	const header = [...Array.from({ length: width }, (_, j) => `x${j}`), 'label'].join(',');
	const lines = [header];
	for (let i = 0; i < ROWS; i++) {
		const row = Array.from(x.subarray(i * width, (i + 1) * width), (v) => v.toFixed(5));
		lines.push([...row, y[i] === 1 ? 'yes' : 'no'].join(','));
	}
	writeFileSync(path, lines.join('\n') + '\n');
	return path;
}

async function run(): Promise<BenchRow[]> {
	if (!existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'ignore' });
	const server = await preview({ preview: { port: 4178, strictPort: true }, logLevel: 'silent' });
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-background-networking', '--no-first-run', '--enable-unsafe-webgpu', '--enable-unsafe-swiftshader']
	});
	const rows: BenchRow[] = [];
	try {
		const page = await browser.newPage();
		await page.goto('http://localhost:4178/');
		await page.getByTestId('csv-input').setInputFiles(writeCsv());
		await page.getByRole('table', { name: 'Column profile' }).waitFor({ timeout: 120_000 });
		await page.getByTestId('target-select').selectOption('label');
		await page.getByRole('button', { name: 'Train', exact: true }).first().click();
		const field = (name: string) => page.getByRole('spinbutton', { name, exact: true });
		for (const backend of ['wasm', 'webgl', 'webgpu', 'cpu']) {
			await page.getByRole('combobox', { name: 'Backend' }).selectOption(backend);
			await field('Batch size').fill('256');
			await field('Max epochs').fill(String(EPOCHS));
			await field('Early-stopping patience').fill(String(EPOCHS + 1));
			await page.getByTestId('train-button').click();
			const status = page.getByTestId('run-status');
			await status.filter({ hasText: /(done|failed.*)$/ }).waitFor({ timeout: 900_000 });
			const text = (await status.textContent()) ?? '';
			if (!text.endsWith('done')) {
				rows.push({ name: `train MLP (64, 32) in Chromium, ${backend}`, value: NaN, unit: 'rows/s/epoch', note: text });
				continue;
			}
			const facts = await page.getByRole('region', { name: 'Run results' }).textContent();
			const match = /trained in (?:(\d+) min )?([\d.]+) s/.exec(facts ?? '');
			const seconds = match ? Number(match[1] ?? 0) * 60 + Number(match[2]) : NaN;
			const trainRows = Math.round(ROWS * 0.7);
			rows.push({
				name: `train MLP (64, 32), ${EPOCHS} epochs, batch 256, in Chromium on ${backend}`,
				value: Math.round((trainRows * EPOCHS) / seconds),
				unit: 'rows/s/epoch',
				lowerIsBetter: false,
				note: `${seconds} s for ${trainRows} training rows × ${EPOCHS} epochs, including evaluation`
			});
		}
	} finally {
		await browser.close();
		await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
	}
	return rows;
}

export const bench: Bench = { name: 'browser-train', run };
