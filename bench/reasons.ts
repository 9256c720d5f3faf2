/**
 * Scoring with per-row reasons (issue #17): the streaming `scoreCsv` path on German credit's rows repeated to
 * 20,000, with and without `reason_1 … reason_3`, for each family's explainer — logistic regression (exact
 * linear contributions), gradient-boosted trees (TreeSHAP), an MLP and a blend of the three (Shapley values over
 * the 9 input columns, 16 sampled orders: 130 model rows per scored row). Backend: wasm.
 */
import { openAsBlob, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { parseCsv, profileTable } from '../src/lib/data/index.ts';
import { defaultSettings, withTarget } from '../src/lib/storage/dataset-record.ts';
import { defaultTrainSettings } from '../src/lib/runs/default-settings.ts';
import { trainRun } from '../src/lib/training/train-run.ts';
import { trainEnsembleRun } from '../src/lib/search/ensemble-run.ts';
import { loadBundle, scoreCsv, writeRunBundle } from '../src/lib/bundle/index.ts';
import type { RunRecord, RunResult } from '../src/lib/runs/index.ts';
import type { ModelFamily } from '../src/lib/models/index.ts';
import type { Bench, BenchRow } from './bench-types.ts';
import { SCORE_BENCH_SAMPLE } from './score-data.ts';

const ROWS = 20_000;

async function run(): Promise<BenchRow[]> {
	await tf.setBackend('wasm');
	const parsed = await parseCsv(await openAsBlob(SCORE_BENCH_SAMPLE), {
		fileName: 'german-credit.csv'
	});
	const dataset = withTarget(
		defaultSettings(profileTable(parsed.table, parsed.meta), 'Risk'),
		'Risk'
	);
	const settingsOf = (family: ModelFamily) => defaultTrainSettings(dataset, 1000, family);
	const results: [string, RunResult, ReturnType<typeof settingsOf>][] = [];
	for (const family of ['logistic', 'gbdt', 'mlp'] as const) {
		const settings = settingsOf(family);
		results.push([family, await trainRun(parsed.table, settings), settings]);
	}
	const members = results.map(([family, , settings]) => ({
		settings,
		weight: 1,
		trialId: null,
		description: family
	}));
	results.push(['blend of 3', await trainEnsembleRun(parsed.table, members), results[0][2]]);

	const [header, ...lines] = readFileSync(SCORE_BENCH_SAMPLE, 'utf8').trim().split('\n');
	const path = join(tmpdir(), `faro-bench-reasons-${ROWS}.csv`);
	writeFileSync(
		path,
		[header, ...Array.from({ length: ROWS }, (_, i) => lines[i % lines.length])].join('\n') + '\n'
	);

	const rows: BenchRow[] = [];
	for (const [name, result, settings] of results) {
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
		const plain = await rate(loaded, path, false);
		const withReasons = await rate(loaded, path, true);
		loaded.dispose();
		rows.push(
			{
				name: `score ${ROWS.toLocaleString('en-US')} rows, ${name}`,
				value: plain,
				unit: 'rows/s',
				lowerIsBetter: false
			},
			{
				name: `same with reason_1…3, ${name}`,
				value: withReasons,
				unit: 'rows/s',
				lowerIsBetter: false,
				note: `${(plain / withReasons).toFixed(1)}× slower`
			}
		);
	}
	return rows;
}

async function rate(
	loaded: Awaited<ReturnType<typeof loadBundle>>,
	path: string,
	reasons: boolean
): Promise<number> {
	const started = performance.now();
	const { rowCount } = await scoreCsv(loaded, await openAsBlob(path), {
		reasons,
		onRows: () => undefined
	});
	return Math.round(rowCount / ((performance.now() - started) / 1000));
}

export const bench: Bench = { name: 'reasons', run };
