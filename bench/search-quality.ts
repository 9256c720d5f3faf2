/**
 * "Find the best model" quality with the default budget (50 trials or 2 minutes, 5-fold CV, ranked by ROC AUC),
 * wasm backend, per dataset and strategy (TPE, successive halving, random): the best trial's CV ROC AUC
 * (mean ± std over the folds), the refitted best configuration's test ROC AUC on Faro's 70/15/15 split
 * (seed 42), the search's wall-clock time; then scikit-learn's LogisticRegression and
 * HistGradientBoostingClassifier on the same split (bench/reference/search_reference.py, via /usr/bin/python3:
 * fitted on Faro's non-test rows, cross-validated on Faro's own folds, scored on Faro's test rows).
 * Datasets: German credit (1,000 rows, target Risk; issue 8's bar: test ROC AUC ≥ 0.78) and the Austen
 * passages (6,000 texts, 6 books, macro one-vs-rest ROC AUC; bar ≥ 0.92).
 * Run alone: `npx tsx bench/search-quality.ts [german|austen|all] [tpe,halving,random|none]`; over seeds:
 * `npx tsx bench/search-quality.ts german tpe,halving --seeds=1,2,3,4,5 [--trials=N]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openAsBlob, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { parseCsv, profileTable } from '../src/lib/data/index.ts';
import type { Table } from '../src/lib/data/table.ts';
import { defaultSettings, withTarget } from '../src/lib/storage/dataset-record.ts';
import { defaultTrainSettings, TEXT_TERMS } from '../src/lib/runs/default-settings.ts';
import { prepareFolds } from '../src/lib/runs/cross-validate.ts';
import { splitRows } from '../src/lib/runs/split-rows.ts';
import { trainRun } from '../src/lib/runs/train-run.ts';
import type { TrainSettings } from '../src/lib/runs/types.ts';
import {
	applyParams,
	DEFAULT_BUDGET,
	defaultSearchSpace,
	describeTrialModel,
	describeTrialSettings,
	fullEpochs,
	runSearch,
	type SearchOptions,
	type SearchOutcome,
	type SearchStrategy,
	type Trial
} from '../src/lib/runs/search/index.ts';
import type { Bench, BenchRow } from './bench-types.ts';

type DatasetKey = 'german' | 'austen';
type Dataset = { name: string; file: URL; target: string; bar: number; reference: number };

/** `reference`: scikit-learn logistic regression, defaults, 75/25 split (REFERENCE.md), if Python is missing. */
const DATASETS: Record<DatasetKey, Dataset> = {
	german: {
		name: 'German credit',
		file: new URL('../public/samples/german-credit.csv', import.meta.url),
		target: 'Risk',
		bar: 0.78,
		reference: 0.772
	},
	austen: {
		name: 'Austen passages',
		file: new URL('../public/samples/austen.csv', import.meta.url),
		target: 'book',
		bar: 0.92,
		reference: 0.919
	}
};
const STRATEGIES: SearchStrategy[] = ['tpe', 'halving', 'random'];
const K = 5;

type Loaded = { table: Table; base: TrainSettings };

async function load(dataset: Dataset): Promise<Loaded> {
	const parsed = await parseCsv(await openAsBlob(dataset.file), {
		fileName: fileURLToPath(dataset.file)
	});
	const profile = profileTable(parsed.table, parsed.meta);
	const settings = withTarget(defaultSettings(profile, dataset.target), dataset.target);
	return {
		table: parsed.table,
		base: defaultTrainSettings(settings, parsed.table.rowCount, 'logistic')
	};
}

type SearchResult = {
	outcome: SearchOutcome;
	best: Trial;
	searchMs: number;
	/** Test ROC AUC of the best configuration refitted as a run. */
	testAuc: number;
};

/** One search with the given budget, then the best configuration trained as `executeSearch` does. */
async function searchOnce(
	{ table, base }: Loaded,
	strategy: SearchStrategy,
	budget: SearchOptions['budget']
): Promise<SearchResult> {
	const startedMs = performance.now();
	const outcome = await runSearch(table, base, { strategy, budget, k: K });
	const searchMs = performance.now() - startedMs;
	const best = outcome.best;
	if (!best) throw new Error(`${strategy}: no trial succeeded.`);
	const refit = await trainRun(
		table,
		applyParams(base, { ...best.params, maxEpochs: fullEpochs(best.params, base.model.maxEpochs) })
	);
	return { outcome, best, searchMs, testAuc: refit.metrics.rocAuc ?? NaN };
}

async function measureSearch(
	dataset: Dataset,
	loaded: Loaded,
	strategy: SearchStrategy
): Promise<BenchRow[]> {
	const { outcome, best, searchMs, testAuc } = await searchOnce(loaded, strategy, DEFAULT_BUDGET);
	const cv = best.cvScores?.rocAuc;
	const failed = outcome.trials.filter((t) => t.status === 'failed');
	const counts = new Map<string, number>();
	for (const t of outcome.trials)
		counts.set(t.params.family, (counts.get(t.params.family) ?? 0) + 1);
	const families = [...counts].map(([family, n]) => `${family} ${n}`).join(', ');
	const reasons = [...new Set(failed.map((t) => t.error?.code))].join(', ');
	const note =
		`${outcome.trials.length} trials (${families}; ${failed.length} failed${reasons ? `: ${reasons}` : ''}` +
		`${outcome.stopped ? `; stopped: ${outcome.stopped}` : ''}); best #${best.id}: ` +
		`${describeTrialModel(best.params)}, ${describeTrialSettings(best.params)}`;
	return [
		{
			name: `${dataset.name} best CV ROC AUC (${strategy}, ${K} folds)`,
			value: cv?.mean ?? NaN,
			unit: 'AUC',
			lowerIsBetter: false,
			note: `± ${cv?.std.toFixed(3)}; ${note}`
		},
		{
			name: `${dataset.name} test ROC AUC of the search's best (${strategy})`,
			value: testAuc,
			unit: 'AUC',
			target: dataset.bar,
			lowerIsBetter: false
		},
		{
			name: `${dataset.name} search wall-clock (${strategy}, default budget)`,
			value: searchMs / 1000,
			unit: 's',
			target: DEFAULT_BUDGET.minutes * 60 + 15
		}
	];
}

type SklearnResult = {
	model: string;
	cvAuc: number;
	cvStd: number;
	testAuc: number;
	seconds: number;
	sklearn: string;
};

/** scikit-learn on Faro's split and folds; empty when /usr/bin/python3 or scikit-learn is missing. */
function measureSklearn(dataset: Dataset, { table, base }: Loaded): SklearnResult[] {
	const { target, split } = splitRows(table, base);
	const prepared = prepareFolds(table, base, K);
	const csvRow = (kept: number) => target.keptRows[kept];
	const nonTest: number[] = [];
	const fold: number[] = [];
	prepared.folds.forEach((plan, k) =>
		plan.heldOut.forEach((kept) => {
			nonTest.push(csvRow(kept));
			fold.push(k);
		})
	);
	const spec = {
		csv: fileURLToPath(dataset.file),
		rowCount: table.rowCount,
		target: base.target,
		features: base.columns
			.filter((c) => c.role === 'feature')
			.map((c) => ({ name: c.name, kind: c.kind })),
		textTerms: TEXT_TERMS,
		nonTest,
		fold,
		test: Array.from(split.test, csvRow)
	};
	const specPath = join(mkdtempSync(join(tmpdir(), 'faro-search-')), 'spec.json');
	writeFileSync(specPath, JSON.stringify(spec));
	const script = fileURLToPath(new URL('./reference/search_reference.py', import.meta.url));
	const result = spawnSync('/usr/bin/python3', [script, specPath], {
		encoding: 'utf8',
		maxBuffer: 1 << 20
	});
	if (result.status !== 0) {
		console.error(`scikit-learn reference failed: ${result.stderr || result.error}`);
		return [];
	}
	return result.stdout
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as SklearnResult);
}

function sklearnRows(dataset: Dataset, results: SklearnResult[]): BenchRow[] {
	return results.flatMap((r) => [
		{
			name: `${dataset.name} CV ROC AUC, scikit-learn ${r.model}`,
			value: r.cvAuc,
			unit: 'AUC',
			lowerIsBetter: false,
			note: `± ${r.cvStd.toFixed(3)}, Faro's ${K} folds; scikit-learn ${r.sklearn}; ${r.seconds.toFixed(1)} s for ${K} CV fits + 1`
		},
		{
			name: `${dataset.name} test ROC AUC, scikit-learn ${r.model}`,
			value: r.testAuc,
			unit: 'AUC',
			lowerIsBetter: false,
			note: "fitted on Faro's training + validation rows, scored on Faro's test rows"
		}
	]);
}

async function measure(keys: DatasetKey[], strategies: SearchStrategy[]): Promise<BenchRow[]> {
	await tf.setBackend('wasm');
	const rows: BenchRow[] = [];
	for (const key of keys) {
		const dataset = DATASETS[key];
		const loaded = await load(dataset);
		const families = defaultSearchSpace(loaded.base).families.join(', ');
		console.error(`▶ ${dataset.name}: searching ${families}`);
		const sklearn = measureSklearn(dataset, loaded);
		const lr = sklearn.find((r) => r.model === 'LogisticRegression')?.testAuc;
		for (const strategy of strategies) {
			const measured = await measureSearch(dataset, loaded, strategy);
			// The test row's reference: scikit-learn's logistic regression on the same split when measured.
			measured[1].reference = lr ?? dataset.reference;
			rows.push(...measured);
			console.error(
				measured.map((r) => `  ${r.name}: ${r.value.toFixed(3)} ${r.note ?? ''}`).join('\n')
			);
		}
		rows.push(...sklearnRows(dataset, sklearn));
	}
	return rows;
}

export const bench: Bench = {
	name: 'search-quality',
	run: () => measure(['german', 'austen'], STRATEGIES)
};

/**
 * Strategies compared over several seeds (each seed gives another split, other folds and other draws):
 * mean best CV and test ROC AUC. The test part of German credit is 150 rows, so one split's test AUC moves
 * by ±0.04 with the split alone.
 */
async function compareOverSeeds(
	key: DatasetKey,
	strategies: SearchStrategy[],
	seeds: number[],
	trials: number
): Promise<void> {
	await tf.setBackend('wasm');
	const loaded = await load(DATASETS[key]);
	const budget = { ...DEFAULT_BUDGET, trials };
	const summary = [];
	for (const strategy of strategies) {
		const runs: SearchResult[] = [];
		for (const seed of seeds) {
			runs.push(await searchOnce({ ...loaded, base: { ...loaded.base, seed } }, strategy, budget));
			const last = runs[runs.length - 1];
			console.error(
				`  ${strategy} seed ${seed}: CV ${last.best.cvScores?.rocAuc?.mean.toFixed(3)}, test ${last.testAuc.toFixed(3)}, ${describeTrialModel(last.best.params)}, ${(last.searchMs / 1000).toFixed(0)} s`
			);
		}
		const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
		summary.push({
			strategy,
			trials,
			'mean best CV': mean(runs.map((r) => r.best.cvScores?.rocAuc?.mean ?? NaN)),
			'mean test': mean(runs.map((r) => r.testAuc)),
			tests: runs.map((r) => r.testAuc.toFixed(3)).join(' '),
			'mean s': mean(runs.map((r) => r.searchMs / 1000))
		});
	}
	console.table(summary);
}

if (process.argv[1]?.endsWith('search-quality.ts')) {
	const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
	const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
	const flag = (name: string) => flags.find((f) => f.startsWith(`--${name}=`))?.split('=')[1];
	const which = args[0] ?? 'all';
	const keys: DatasetKey[] =
		which === 'german' || which === 'austen' ? [which] : ['german', 'austen'];
	const wanted = (args[1] ?? STRATEGIES.join(','))
		.split(',')
		.filter((s): s is SearchStrategy => (STRATEGIES as string[]).includes(s));
	const seeds = flag('seeds');
	if (seeds) {
		// `--seeds=1,2,3 [--trials=N]`: the strategies over several seeds (first dataset named).
		const trials = Number(flag('trials') ?? DEFAULT_BUDGET.trials);
		await compareOverSeeds(keys[0], wanted, seeds.split(',').map(Number), trials);
	} else {
		// `none`: the scikit-learn references only.
		console.table(await measure(keys, args[1] === 'none' ? [] : wanted));
	}
}
