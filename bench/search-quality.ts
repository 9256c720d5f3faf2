/**
 * "Find the best model" quality on German credit (1,000 rows, target Risk), wasm backend: the default search
 * (successive halving as in the UI, 20 trials or 2 minutes, 5-fold CV, ranked by ROC AUC) against `trainRun` with the untuned defaults,
 * on the same 70/15/15 split (seed 42). Reports the best trial's CV ROC AUC (mean ± std over the folds), the
 * refitted best configuration's test ROC AUC, the defaults' test ROC AUC, and the search's wall-clock time.
 * Issue 8's bar: test ROC AUC ≥ 0.78. Run alone: `npx tsx bench/search-quality.ts [halving|random]`.
 */
import { openAsBlob } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { parseCsv, profileTable } from '../src/lib/data/index.ts';
import { defaultSettings, withTarget } from '../src/lib/storage/dataset-record.ts';
import { defaultTrainSettings } from '../src/lib/runs/default-settings.ts';
import { trainRun } from '../src/lib/runs/train-run.ts';
import {
	applyParams,
	DEFAULT_BUDGET,
	runSearch,
	type SearchStrategy
} from '../src/lib/runs/search/index.ts';
import type { Bench, BenchRow } from './bench-types.ts';

const sample = new URL('../public/samples/german-credit.csv', import.meta.url);

async function measure(strategy: SearchStrategy): Promise<BenchRow[]> {
	await tf.setBackend('wasm');
	const parsed = await parseCsv(await openAsBlob(sample), { fileName: 'german-credit.csv' });
	const profile = profileTable(parsed.table, parsed.meta);
	const dataset = withTarget(defaultSettings(profile, 'Risk'), 'Risk');
	const base = defaultTrainSettings(dataset, parsed.table.rowCount, 'logistic');
	const startedMs = performance.now();
	const outcome = await runSearch(parsed.table, base, { strategy, budget: DEFAULT_BUDGET, k: 5 });
	const searchMs = performance.now() - startedMs;
	const best = outcome.best;
	if (!best) throw new Error('No trial succeeded.');
	const refit = await trainRun(
		parsed.table,
		applyParams(base, { ...best.params, maxEpochs: base.model.maxEpochs })
	);
	const defaults = await Promise.all(
		(['logistic', 'mlp'] as const).map(async (family) => {
			const settings = defaultTrainSettings(dataset, parsed.table.rowCount, family);
			return (await trainRun(parsed.table, settings)).metrics.rocAuc ?? NaN;
		})
	);
	const cv = best.cvScores?.rocAuc;
	const failed = outcome.trials.filter((t) => t.status === 'failed').length;
	const note = `${outcome.trials.length} trials (${failed} failed${outcome.stopped ? `, stopped: ${outcome.stopped}` : ''}); best #${best.id}: ${JSON.stringify(best.params)}`;
	return [
		{
			name: `German credit best CV ROC AUC (${strategy} search, 5 folds)`,
			value: cv?.mean ?? NaN,
			unit: 'AUC',
			lowerIsBetter: false,
			note: `± ${cv?.std.toFixed(3)}; ${note}`
		},
		{
			name: `German credit test ROC AUC of the search's best (${strategy})`,
			value: refit.metrics.rocAuc ?? NaN,
			unit: 'AUC',
			reference: 0.772,
			target: 0.78,
			lowerIsBetter: false
		},
		{
			name: 'German credit test ROC AUC, trainRun logistic defaults',
			value: defaults[0],
			unit: 'AUC',
			reference: 0.772,
			lowerIsBetter: false
		},
		{
			name: 'German credit test ROC AUC, trainRun MLP defaults',
			value: defaults[1],
			unit: 'AUC',
			lowerIsBetter: false
		},
		{
			name: `German credit search wall-clock (${strategy}, default budget)`,
			value: searchMs / 1000,
			unit: 's',
			target: DEFAULT_BUDGET.minutes * 60 + 15
		}
	];
}

export const bench: Bench = { name: 'search-quality', run: () => measure('halving') };

if (process.argv[1]?.endsWith('search-quality.ts')) {
	const strategy = process.argv[2] === 'random' ? 'random' : 'halving';
	console.table(await measure(strategy));
}
