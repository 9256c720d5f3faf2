/**
 * Model quality of the default specs on German credit (1,000 rows, target Risk, positive class "bad"):
 * a 70/15/15 stratified split per seed, a self-contained featurisation fitted on the training rows only
 * (index column dropped, one-hot categoricals with "no info" for blanks, standardised numerics), test ROC
 * AUC (rank-based, ties averaged) over 5 seeds, on wasm. Stand-in until the full pipeline exists.
 * Run alone: `npx tsx bench/german-credit-quality.ts` (add `--grid` to compare candidate defaults).
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import {
	chooseBackend,
	defaultModelSpec,
	predictProba,
	stratifiedSplit,
	trainModel,
	type ModelFamily,
	type ModelSpec
} from '../src/lib/models';
import type { FeatureMatrix } from '../src/lib/shared/feature-matrix';
import { createRng } from '../src/lib/shared/rng';
import type { Bench, BenchRow } from './bench-types';

const CSV = new URL('../public/samples/german-credit.csv', import.meta.url).pathname;
const SEEDS = [1, 2, 3, 4, 5];
const NUMERIC = ['Age', 'Job', 'Credit amount', 'Duration'];
const CATEGORICAL = ['Sex', 'Housing', 'Saving accounts', 'Checking account', 'Purpose'];

type Raw = { header: string[]; rows: string[][]; y: Int32Array };

function readGermanCredit(): Raw {
	const [headerLine, ...lines] = readFileSync(CSV, 'utf8').trim().split('\n');
	const header = headerLine.split(',');
	const rows = lines.map((l) => l.split(','));
	const risk = header.indexOf('Risk');
	return { header, rows, y: Int32Array.from(rows, (r) => (r[risk] === 'bad' ? 1 : 0)) };
}

/** Fits levels, means and standard deviations on `fitRows`, then encodes `rows`. */
function featurise(raw: Raw, fitRows: Int32Array, rows: Int32Array): FeatureMatrix {
	const col = (name: string) => raw.header.indexOf(name);
	const names: string[] = [];
	const encoders: ((r: string[]) => number)[] = [];
	for (const name of NUMERIC) {
		const values = Array.from(fitRows, (i) => Number(raw.rows[i][col(name)]));
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
		names.push(name);
		encoders.push((r) => (Number(r[col(name)]) - mean) / sd);
	}
	for (const name of CATEGORICAL) {
		const level = (r: string[]) => r[col(name)] || 'no info';
		for (const value of [...new Set(Array.from(fitRows, (i) => level(raw.rows[i])))].sort()) {
			names.push(`${name}=${value}`);
			encoders.push((r) => (level(r) === value ? 1 : 0));
		}
	}
	const dense = new Float32Array(rows.length * names.length);
	rows.forEach((i, r) =>
		encoders.forEach((f, j) => (dense[r * names.length + j] = f(raw.rows[i])))
	);
	return { rowCount: rows.length, dense, denseWidth: names.length, sparse: null, names };
}

/** ROC AUC by ranks (Mann–Whitney U), ties averaged: matches scikit-learn `roc_auc_score`. */
export function rankAuc(scores: ArrayLike<number>, positive: ArrayLike<number>): number {
	const order = Array.from({ length: scores.length }, (_, i) => i).sort(
		(a, b) => scores[a] - scores[b]
	);
	let rankSum = 0;
	let positives = 0;
	for (let start = 0; start < order.length;) {
		let end = start;
		while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end++;
		const rank = (start + end) / 2 + 1;
		for (let k = start; k <= end; k++) {
			if (!positive[order[k]]) continue;
			rankSum += rank;
			positives++;
		}
		start = end + 1;
	}
	const negatives = order.length - positives;
	return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

async function testAuc(
	raw: Raw,
	spec: ModelSpec,
	seed: number
): Promise<{ auc: number; epochs: number }> {
	const split = stratifiedSplit(
		raw.y,
		2,
		{ train: 0.7, validation: 0.15, test: 0.15 },
		createRng(seed),
		['good', 'bad']
	);
	const part = (rows: Int32Array) => ({
		x: featurise(raw, split.train, rows),
		y: Int32Array.from(rows, (i) => raw.y[i])
	});
	const test = part(split.test);
	const trained = await trainModel(
		{ train: part(split.train), validation: part(split.validation), classCount: 2, spec, seed },
		{}
	);
	const proba = await predictProba(trained.model, test.x);
	trained.model.dispose();
	const scores = Array.from(test.y, (_, i) => proba[2 * i + 1]);
	return { auc: rankAuc(scores, test.y), epochs: trained.history.length };
}

async function meanAuc(
	raw: Raw,
	spec: ModelSpec
): Promise<{ mean: number; aucs: number[]; epochs: number[] }> {
	const results = [];
	for (const seed of SEEDS) results.push(await testAuc(raw, spec, seed));
	const aucs = results.map((r) => r.auc);
	return {
		mean: aucs.reduce((a, b) => a + b, 0) / aucs.length,
		aucs,
		epochs: results.map((r) => r.epochs)
	};
}

async function run(): Promise<BenchRow[]> {
	await chooseBackend('wasm');
	const raw = readGermanCredit();
	const rows: BenchRow[] = [];
	for (const family of ['logistic', 'mlp'] as ModelFamily[]) {
		const { mean, aucs, epochs } = await meanAuc(raw, defaultModelSpec(family, 700));
		rows.push({
			name: `German credit test ROC AUC, ${family} defaults, mean of 5 seeds (wasm)`,
			value: mean,
			unit: 'AUC',
			reference: family === 'logistic' ? 0.772 : undefined,
			target: 0.75,
			lowerIsBetter: false,
			note: `per seed ${aucs.map((a) => a.toFixed(3)).join(', ')}; epochs ${epochs.join(', ')}`
		});
	}
	return rows;
}

export const bench: Bench = { name: 'german-credit-quality', run };

/** `--grid`: candidate defaults side by side (used to choose those in src/lib/models/spec.ts). */
async function grid(): Promise<void> {
	await chooseBackend('wasm');
	const raw = readGermanCredit();
	const candidates: ModelSpec[] = [];
	// L-BFGS: only the penalty matters (1 / 700 ≈ 1.4e-3 is scikit-learn's C = 1 on 700 training rows)
	for (const l2 of [3e-4, 1 / 700, 3e-3, 1e-2, 3e-2])
		candidates.push({ ...defaultModelSpec('logistic', 700), solver: 'lbfgs', l2 });
	for (const learningRate of [0.005, 0.01, 0.02]) {
		for (const l2 of [3e-3, 1e-2, 3e-2])
			candidates.push({ ...defaultModelSpec('logistic', 700), learningRate, l2 });
	}
	for (const [hiddenUnits, dropout, l2, patience] of [
		[[64, 32], 0.1, 1e-4, 10],
		[[64, 32], 0.3, 1e-3, 10],
		[[64, 32], 0.3, 1e-3, 20],
		[[64, 32], 0.3, 3e-3, 10],
		[[64, 32], 0.5, 1e-3, 10]
	] as [number[], number, number, number][]) {
		candidates.push({ ...defaultModelSpec('mlp', 700), hiddenUnits, dropout, l2, patience });
	}
	// `--lbfgs`: the L-BFGS candidates alone
	for (const spec of process.argv.includes('--lbfgs') ? candidates.slice(0, 5) : candidates) {
		const { mean, epochs } = await meanAuc(raw, spec);
		const label = `${spec.family}${spec.solver === 'lbfgs' ? ' L-BFGS' : ''} ${spec.hiddenUnits.join('-')} lr ${spec.learningRate} l2 ${spec.l2} dropout ${spec.dropout} patience ${spec.patience}`;
		console.log(`${label.padEnd(50)} AUC ${mean.toFixed(4)}  epochs ${epochs.join(',')}`);
	}
}

if (process.argv[1]?.endsWith('german-credit-quality.ts')) {
	if (process.argv.includes('--grid')) await grid();
	else console.table(await run());
	await tf.ready();
}
