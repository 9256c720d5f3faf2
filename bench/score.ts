/**
 * Scoring throughput of a German-credit-sized bundle (the default MLP, trained here on the sample), on
 * 1,000,000 rows made by repeating the sample's rows: (a) `predictTable` on an in-memory Table, (b) the
 * streaming `scoreCsv` path that the CLI and the Predict screen use (parse + recipe + model + CSV out).
 * Target: ≥ 200,000 rows/s. Backend: wasm.
 */
import { createWriteStream, existsSync, openAsBlob, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { parseCsv, profileTable } from '../src/lib/data/index.ts';
import { defaultSettings, withTarget } from '../src/lib/storage/dataset-record.ts';
import { defaultTrainSettings } from '../src/lib/runs/default-settings.ts';
import { trainRun } from '../src/lib/runs/train-run.ts';
import { loadBundle, scoreCsv, writeBundle } from '../src/lib/bundle/index.ts';
import type { RunRecord } from '../src/lib/runs/run-record.ts';
import type { Bench, BenchRow } from './bench-types.ts';

const ROWS = 1_000_000;
const sample = new URL('../public/samples/german-credit.csv', import.meta.url);

async function bigCsv(): Promise<string> {
	const path = join(tmpdir(), `faro-bench-score-${ROWS}.csv`);
	if (existsSync(path)) return path;
	const [header, ...rows] = readFileSync(sample, 'utf8').trim().split('\n');
	const out = createWriteStream(path);
	out.write(header + '\n');
	for (let i = 0; i < ROWS; i += rows.length) {
		if (!out.write(rows.slice(0, Math.min(rows.length, ROWS - i)).join('\n') + '\n')) await once(out, 'drain');
	}
	out.end();
	await once(out, 'finish');
	return path;
}

async function run(): Promise<BenchRow[]> {
	await tf.setBackend('wasm');
	const parsed = await parseCsv(await openAsBlob(sample), { fileName: 'german-credit.csv' });
	const profile = profileTable(parsed.table, parsed.meta);
	const settings = defaultTrainSettings(withTarget(defaultSettings(profile, 'Risk'), 'Risk'), 1000);
	const result = await trainRun(parsed.table, settings);
	const record = { id: 'bench', name: 'bench', status: 'done', settings, result, backend: { name: 'wasm', reason: '' }, durationMs: 0, dataset: { name: 'german', rows: 1000, fingerprint: '' } } as unknown as RunRecord;
	const loaded = await loadBundle(JSON.stringify(writeBundle(record)));

	const path = await bigCsv();
	const table = (await parseCsv(await openAsBlob(path), { fileName: path })).table;
	let started = performance.now();
	await loaded.predictTable(table);
	const tableSeconds = (performance.now() - started) / 1000;

	started = performance.now();
	let bytes = 0;
	const { rowCount } = await scoreCsv(loaded, await openAsBlob(path), { onRows: (t) => void (bytes += t.length) });
	const csvSeconds = (performance.now() - started) / 1000;
	loaded.dispose();
	return [
		{ name: 'score 1,000,000 rows in memory (recipe + MLP, wasm)', value: Math.round(table.rowCount / tableSeconds), unit: 'rows/s', target: 200_000, lowerIsBetter: false, note: `${tableSeconds.toFixed(2)} s` },
		{ name: 'score a 1,000,000-row CSV → predictions CSV (streaming, wasm)', value: Math.round(rowCount / csvSeconds), unit: 'rows/s', target: 200_000, lowerIsBetter: false, note: `${csvSeconds.toFixed(2)} s, ${(bytes / 1e6).toFixed(0)} MB out` }
	];
}

export const bench: Bench = { name: 'score', run };
