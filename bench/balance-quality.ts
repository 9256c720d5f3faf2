/**
 * Class balancing on German credit (1,000 rows, target Risk, 30 % "bad"): test ROC AUC, balanced accuracy
 * and F1 of "bad" for every balance method, the full `trainRun` pipeline (70/15/15 split, default Recipe,
 * default model, F1 threshold on validation), mean ± sd over 5 seeds, on wasm.
 * Run alone: `npx tsx bench/balance-quality.ts [logistic|mlp]`.
 */
import { readFileSync } from 'node:fs';
import '@tensorflow/tfjs-backend-wasm';
import { parseCsv, profileTable } from '../src/lib/data/index.ts';
import { chooseBackend } from '../src/lib/models/index.ts';
import { defaultTrainSettings, type BalanceMethod } from '../src/lib/runs/index.ts';
import { trainRun } from '../src/lib/training/index.ts';
import { defaultSettings, withTarget } from '../src/lib/storage/dataset-record.ts';

const METHODS: BalanceMethod[] = [
	'none',
	'class-weights',
	'random-over',
	'random-under',
	'smote',
	'smote-nc',
	'borderline'
];
const SEEDS = [1, 2, 3, 4, 5];

async function main(): Promise<void> {
	const family = process.argv[2] === 'mlp' ? 'mlp' : 'logistic';
	await chooseBackend('wasm');
	const path = new URL('../tests/fixtures/csv/german_credit.csv', import.meta.url);
	const parsed = await parseCsv(new Blob([readFileSync(path)]), { fileName: 'german_credit.csv' });
	const profile = profileTable(parsed.table, parsed.meta);
	const base = defaultTrainSettings(
		withTarget(defaultSettings(profile, 'Risk'), 'Risk'),
		1000,
		family
	);
	const stats = (xs: number[]) => {
		const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
		const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
		return `${mean.toFixed(3)} ± ${sd.toFixed(3)}`;
	};
	console.log(
		`German credit, ${family}, 5 seeds (mean ± sd): method | ROC AUC | balanced acc | F1(bad) | ms/run`
	);
	for (const method of METHODS) {
		const auc: number[] = [];
		const bacc: number[] = [];
		const f1: number[] = [];
		const started = performance.now();
		for (const seed of SEEDS) {
			const r = await trainRun(parsed.table, {
				...base,
				seed,
				balance: { method, k: 5, strategy: { kind: 'auto' } }
			});
			auc.push(r.metrics.rocAuc ?? NaN);
			bacc.push(r.metrics.balancedAccuracy);
			f1.push(r.metrics.perClass[r.labels.indexOf('bad')].f1);
		}
		const ms = (performance.now() - started) / SEEDS.length;
		console.log(
			`${method.padEnd(14)} | ${stats(auc)} | ${stats(bacc)} | ${stats(f1)} | ${ms.toFixed(0)}`
		);
	}
}

await main();
