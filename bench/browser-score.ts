/**
 * Scoring throughput in Chromium, through the studio itself: a German credit model (the default MLP, trained
 * in Node with the CLI, as a user would download it) is loaded on the Predict screen (`model-input`), then
 * the 1,000,000-row CSV of the Node score bench (German credit's rows repeated) is chosen in `predict-input`.
 * Timed from the file being set to `download-predictions` showing (the predict worker has parsed, scored
 * and written the whole predictions file as a Blob). Target: ≥ 200,000 rows/s.
 *
 * The production build goes to its own folder (/tmp/faro-dist-score, rebuilt on every run, so the figure is
 * for the code as it is and nobody else's `dist/` is touched), served by `vite preview` on port 4181.
 * Chromium: CHROMIUM_PATH or /usr/bin/chromium, headless, without WebGPU flags (the worker picks wasm).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { SCORE_BENCH_ROWS, SCORE_BENCH_SAMPLE, writeScoreBenchCsv } from './score-data';
import type { Bench, BenchRow } from './bench-types';

const OUT_DIR = process.env.FARO_BENCH_DIST ?? join(tmpdir(), 'faro-dist-score');
const PORT = 4181;

/** A German credit bundle made by `faro train` (cached in the temp folder). */
function trainBundle(): string {
	const path = join(tmpdir(), 'faro-bench-score-german-mlp.json');
	if (existsSync(path)) return path;
	const sample = SCORE_BENCH_SAMPLE.pathname;
	execFileSync(
		process.execPath,
		['src/cli/faro.mjs', 'train', sample, '--target', 'Risk', '--out', path],
		{ stdio: 'pipe' } // its progress stays quiet; a failure throws with its stderr
	);
	return path;
}

async function run(): Promise<BenchRow[]> {
	const bundle = trainBundle();
	const csv = await writeScoreBenchCsv();
	execFileSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], { stdio: 'ignore' });
	const server = await preview({
		build: { outDir: OUT_DIR },
		preview: { port: PORT, strictPort: true },
		logLevel: 'silent'
	});
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});
	try {
		const page = await browser.newPage();
		await page.goto(`http://localhost:${PORT}/`);
		await page.getByRole('button', { name: 'Predict', exact: true }).click();
		await page.getByTestId('model-input').setInputFiles(bundle);
		const model = page.getByRole('region', { name: 'Model to predict with' });
		await model.filter({ hasText: 'Predicts “Risk”' }).waitFor({ timeout: 120_000 });

		const started = Date.now();
		await page.getByTestId('predict-input').setInputFiles(csv);
		const download = page.getByTestId('download-predictions');
		await download.or(page.getByRole('alert')).first().waitFor({ timeout: 900_000 });
		const seconds = (Date.now() - started) / 1000;
		if (!(await download.isVisible())) throw new Error(await page.getByRole('alert').innerText());
		const summary = await page.getByRole('region', { name: 'Score a CSV' }).innerText();
		const scored = Number(/Scored ([\d,]+) rows/.exec(summary)?.[1].replaceAll(',', '') ?? NaN);
		if (scored !== SCORE_BENCH_ROWS)
			throw new Error(`expected ${SCORE_BENCH_ROWS} rows: ${summary}`);
		const chrome = await page.evaluate(() => /Chrome\/[\d.]+/.exec(navigator.userAgent)?.[0] ?? '');
		return [
			{
				name: 'score a 1,000,000-row CSV → predictions file in Chromium (Predict screen, worker)',
				value: Math.round(scored / seconds),
				unit: 'rows/s',
				target: 200_000,
				lowerIsBetter: false,
				note: `${seconds.toFixed(2)} s from file chosen to download ready, ${chrome}`
			}
		];
	} finally {
		await browser.close();
		await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
	}
}

export const bench: Bench = { name: 'browser-score', run };
