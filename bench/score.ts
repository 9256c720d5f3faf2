/**
 * Scoring throughput of a German-credit-sized bundle (the default MLP, trained here on the sample), on
 * 1,000,000 rows made by repeating the sample's rows: (a) `predictTable` on an in-memory Table, (b) the
 * streaming `scoreCsv` path that the CLI and the Predict screen use (parse + recipe + model + CSV out),
 * (c) the same on a file where every 20th row has a quoted cell (the reader's per-record quote path).
 * Target: ≥ 200,000 rows/s. Backend: wasm.
 */
import { openAsBlob } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { parseCsv, profileTable } from '../src/lib/data/index.ts';
import { defaultSettings, withTarget } from '../src/lib/storage/dataset-record.ts';
import { defaultTrainSettings } from '../src/lib/runs/default-settings.ts';
import { trainRun } from '../src/lib/training/train-run.ts';
import { loadBundle, scoreCsv, writeRunBundle } from '../src/lib/bundle/index.ts';
import type { RunRecord } from '../src/lib/runs/run-record.ts';
import type { Bench, BenchRow } from './bench-types.ts';
import { pandasSeconds } from './pandas-io.ts';
import { SCORE_BENCH_SAMPLE, writeScoreBenchCsv } from './score-data.ts';

async function run(): Promise<BenchRow[]> {
	await tf.setBackend('wasm');
	const parsed = await parseCsv(await openAsBlob(SCORE_BENCH_SAMPLE), {
		fileName: 'german-credit.csv'
	});
	const profile = profileTable(parsed.table, parsed.meta);
	const settings = defaultTrainSettings(withTarget(defaultSettings(profile, 'Risk'), 'Risk'), 1000);
	const result = await trainRun(parsed.table, settings);
	const record = {
		id: 'bench',
		name: 'bench',
		status: 'done',
		settings,
		result,
		backend: { name: 'wasm', reason: '' },
		durationMs: 0,
		dataset: { name: 'german', rows: 1000, fingerprint: '' }
	} as unknown as RunRecord;
	const loaded = await loadBundle(JSON.stringify(writeRunBundle(record)));

	const path = await writeScoreBenchCsv();
	const table = (await parseCsv(await openAsBlob(path), { fileName: path })).table;
	const started = performance.now();
	await loaded.predictTable(table);
	const tableSeconds = (performance.now() - started) / 1000;

	const plain = await scoreFile(loaded, path);
	const quoted = await scoreFile(loaded, await writeScoreBenchCsv(true));
	loaded.dispose();
	const pandas = pandasSeconds(path, 'write');
	const pandasRow: BenchRow[] =
		pandas === null
			? []
			: [
					{
						name: 'pandas read_csv + to_csv of the same file (I/O only, no model)',
						value: Math.round(table.rowCount / pandas),
						unit: 'rows/s',
						lowerIsBetter: false,
						note: `${pandas.toFixed(2)} s, median of 3`
					}
				];
	return [
		{
			name: 'score 1,000,000 rows in memory (recipe + MLP, wasm)',
			value: Math.round(table.rowCount / tableSeconds),
			unit: 'rows/s',
			target: 200_000,
			lowerIsBetter: false,
			note: `${tableSeconds.toFixed(2)} s`
		},
		{ name: 'score a 1,000,000-row CSV → predictions CSV (streaming, wasm)', ...plain },
		{ name: 'same, 5% of the rows with a quoted cell', ...quoted },
		...pandasRow
	];
}

/** `scoreCsv` on a file, output counted and dropped (its UTF-8 encoding included, as a file stream would). */
async function scoreFile(loaded: Awaited<ReturnType<typeof loadBundle>>, path: string) {
	const started = performance.now();
	let bytes = 0;
	const { rowCount } = await scoreCsv(loaded, await openAsBlob(path), {
		onRows: (t) => void (bytes += Buffer.byteLength(t))
	});
	const seconds = (performance.now() - started) / 1000;
	return {
		value: Math.round(rowCount / seconds),
		unit: 'rows/s',
		target: 200_000,
		lowerIsBetter: false,
		note: `${seconds.toFixed(2)} s, ${(bytes / 1e6).toFixed(0)} MB out`
	};
}

export const bench: Bench = { name: 'score', run };
