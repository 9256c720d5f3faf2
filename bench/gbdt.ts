/**
 * Gradient-boosted trees (src/lib/models/gbdt): fit time for 100 iterations of scikit-learn's default trees
 * (31 leaves, 255 bins, early stopping off) on 100,000 × 20 synthetic rows (bench/make-classification.ts), side
 * by side with scikit-learn 1.2 HistGradientBoostingClassifier on the same rows and settings via /usr/bin/python3
 * (both threads, and one thread: Faro runs on one); scoring rows/s; and German credit test ROC AUC of the default
 * gbdt spec over 5 seeds (70/15/15 stratified split, early stopping on the validation part) next to scikit-learn's
 * defaults on the same training rows. Reference: XGBoost, 1.13 s for 100 trees (REFERENCE.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, openAsBlob, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellAsString, findColumn, parseCsv } from '../src/lib/data';
import { defaultTfidfOptions, fitApplyTfidf, applyTfidf } from '../src/lib/text/tfidf';
import type { FeatureMatrix } from '../src/lib/shared/feature-matrix';
import { fitGbdt, predictGbdt } from '../src/lib/models/gbdt';
import { defaultModelSpec } from '../src/lib/models/spec';
import { stratifiedSplit } from '../src/lib/models/split';
import { createRng } from '../src/lib/shared/rng';
import type { Bench, BenchRow } from './bench-types';
import { makeClassification } from './make-classification';

const ROWS = 100_000;
const TEST_ROWS = 25_000;
const FEATURES = 20;
const ITERATIONS = 100;
const XGBOOST_S = 1.13;
const SEEDS = [1, 2, 3, 4, 5];
const AUSTEN_XGBOOST_AUC = 0.928;

async function run(): Promise<BenchRow[]> {
	const data = makeClassification(ROWS + TEST_ROWS, { features: FEATURES, seed: 0 });
	const x = matrix(data.x.subarray(0, ROWS * FEATURES), ROWS, FEATURES);
	const test = matrix(data.x.subarray(ROWS * FEATURES), TEST_ROWS, FEATURES);
	const y = data.y.subarray(0, ROWS);
	const spec = { ...defaultModelSpec('gbdt', ROWS), maxEpochs: ITERATIONS };
	const fits: number[] = [];
	let model = null;
	for (let i = 0; i < 3; i++) {
		const started = performance.now();
		const fit = await fitGbdt({
			train: { x, y },
			validation: { x: emptyLike(x), y: new Int32Array(0) },
			classCount: 2,
			spec,
			seed: 0
		});
		fits.push((performance.now() - started) / 1000);
		model = fit.model;
	}
	if (!model) throw new Error('no model');
	const seconds = median(fits);
	// once more without the WebAssembly kernels (dense-kernel.ts): the JavaScript loops they replaced
	const plainStarted = performance.now();
	await fitGbdt(
		{
			train: { x, y },
			validation: { x: emptyLike(x), y: new Int32Array(0) },
			classCount: 2,
			spec,
			seed: 0
		},
		{},
		{ wasm: false }
	);
	const plainSeconds = (performance.now() - plainStarted) / 1000;
	const testAuc = auc(positive(predictGbdt(model, test)), data.y.subarray(ROWS));
	const scoring = measureScoring(model, x);
	const reference = sklearnSynthetic(data.x, data.y);
	const german = await germanCredit();
	const austen = await austenText();
	const rows: BenchRow[] = [
		{
			name: `gbdt fit, ${ITERATIONS} iterations, 31 leaves, 100,000 × 20 (Node, 1 thread)`,
			value: seconds,
			unit: 's',
			reference: reference?.seconds ?? XGBOOST_S,
			lowerIsBetter: true,
			note: reference
				? `reference = scikit-learn HGB, same rows, 2 threads; XGBoost (REFERENCE.md) ${XGBOOST_S} s; runs ${fits.map((s) => s.toFixed(2)).join(', ')} s`
				: `reference = XGBoost (REFERENCE.md); scikit-learn unavailable`
		},
		{
			name: 'gbdt fit without the WebAssembly kernels (the JavaScript loops), same rows',
			value: plainSeconds,
			unit: 's',
			reference: seconds,
			lowerIsBetter: true,
			note: 'reference = the same fit with the kernels; identical trees'
		}
	];
	if (reference) {
		rows.push(
			{
				name: 'gbdt fit vs scikit-learn HGB on 1 thread',
				value: seconds,
				unit: 's',
				reference: reference.seconds1,
				lowerIsBetter: true,
				note: 'OMP_NUM_THREADS=1'
			},
			{
				name: 'gbdt fit vs XGBoost (REFERENCE.md)',
				value: seconds,
				unit: 's',
				reference: XGBOOST_S,
				lowerIsBetter: true
			},
			{
				name: 'gbdt test ROC AUC, 25,000 held-out rows',
				value: testAuc,
				unit: 'AUC',
				reference: reference.auc,
				lowerIsBetter: false,
				note: 'reference = scikit-learn HGB, same rows'
			}
		);
	}
	rows.push({
		name: 'gbdt scoring, 100 trees × 31 leaves × 20 dense features (1 thread)',
		value: scoring,
		unit: 'rows/s',
		reference: reference?.rowsPerSecond1,
		target: 1_000_000,
		lowerIsBetter: false,
		note: `predictGbdt on the 100,000 training rows, median of 5; reference = scikit-learn predict_proba on 1 thread${reference ? ` (2 threads: ${Math.round(reference.rowsPerSecond)} rows/s)` : ''}`
	});
	rows.push({
		name: `German credit test ROC AUC, default gbdt, mean of ${SEEDS.length} seeds`,
		value: german.faro,
		unit: 'AUC',
		reference: german.sklearn ?? undefined,
		lowerIsBetter: false,
		note: `per seed ${german.perSeed.map((a) => a.toFixed(3)).join(', ')}; reference = scikit-learn HGB defaults on the same training rows (no early stopping); iterations kept ${german.bestEpochs.join(', ')}`
	});
	rows.push({
		name: `Austen TF-IDF (${austen.terms.toLocaleString('en')} sparse terms, 6 classes): gbdt fit`,
		value: austen.seconds,
		unit: 's',
		lowerIsBetter: true,
		note: `${austen.trainRows} training rows, early stopping after ${austen.iterations} iterations (${(austen.seconds / austen.iterations).toFixed(2)} s each, 6 trees)`
	});
	rows.push({
		name: 'Austen TF-IDF: gbdt test macro ROC AUC',
		value: austen.macroAuc,
		unit: 'AUC',
		reference: AUSTEN_XGBOOST_AUC,
		lowerIsBetter: false,
		note: 'reference = XGBoost (REFERENCE.md, its own split); 70/15/15 stratified split, seed 42'
	});
	return rows;
}

export const bench: Bench = { name: 'gbdt', run };

function matrix(dense: Float32Array, rowCount: number, width: number): FeatureMatrix {
	return {
		rowCount,
		dense,
		denseWidth: width,
		sparse: null,
		names: Array.from({ length: width }, (_, j) => `x${j}`)
	};
}

const emptyLike = (x: FeatureMatrix): FeatureMatrix => ({
	...x,
	rowCount: 0,
	dense: new Float32Array(0)
});

function measureScoring(model: Parameters<typeof predictGbdt>[0], x: FeatureMatrix): number {
	predictGbdt(model, x); // compile and warm up
	const rates: number[] = [];
	for (let i = 0; i < 5; i++) {
		const started = performance.now();
		predictGbdt(model, x);
		rates.push(x.rowCount / ((performance.now() - started) / 1000));
	}
	return median(rates);
}

/** scikit-learn HGB on the same rows: fit seconds (2 threads, then 1) and held-out AUC; null without Python. */
function sklearnSynthetic(
	x: Float32Array,
	y: Int32Array
): {
	seconds: number;
	seconds1: number;
	auc: number;
	rowsPerSecond: number;
	rowsPerSecond1: number;
} | null {
	const dir = mkdtempSync(join(tmpdir(), 'faro-gbdt-'));
	try {
		writeFileSync(join(dir, 'x.f32'), new Uint8Array(x.buffer, x.byteOffset, x.byteLength));
		writeFileSync(join(dir, 'y.i32'), new Uint8Array(y.buffer, y.byteOffset, y.byteLength));
		const script = `
import json, sys, time
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score
y = np.fromfile(sys.argv[1] + '/y.i32', dtype=np.int32)
X = np.fromfile(sys.argv[1] + '/x.f32', dtype=np.float32).reshape(len(y), ${FEATURES})
times = []
for _ in range(3):
    clf = HistGradientBoostingClassifier(max_iter=${ITERATIONS}, early_stopping=False, random_state=0)
    t = time.perf_counter(); clf.fit(X[:${ROWS}], y[:${ROWS}]); times.append(time.perf_counter() - t)
rates = []
for _ in range(5):
    t = time.perf_counter(); clf.predict_proba(X[:${ROWS}]); rates.append(${ROWS} / (time.perf_counter() - t))
print(json.dumps({"seconds": float(np.median(times)), "auc": float(roc_auc_score(y[${ROWS}:], clf.predict_proba(X[${ROWS}:])[:, 1])), "rowsPerSecond": float(np.median(rates))}))
`;
		const runWith = (threads: string) =>
			JSON.parse(
				execFileSync('/usr/bin/python3', ['-c', script, dir], {
					encoding: 'utf8',
					env: { ...process.env, OMP_NUM_THREADS: threads }
				})
			) as { seconds: number; auc: number; rowsPerSecond: number };
		const both = runWith('2');
		const one = runWith('1');
		return {
			seconds: both.seconds,
			seconds1: one.seconds,
			auc: both.auc,
			rowsPerSecond: both.rowsPerSecond,
			rowsPerSecond1: one.rowsPerSecond
		};
	} catch {
		return null;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * German credit: raw numerics (trees need no scaling), one-hot categoricals with "no info" for blanks; per seed a
 * 70/15/15 stratified split, Faro's default gbdt (early stopping on the validation part) and scikit-learn's
 * defaults fitted on the training rows, both scored on the test rows.
 */
async function germanCredit(): Promise<{
	faro: number;
	sklearn: number | null;
	perSeed: number[];
	bestEpochs: number[];
}> {
	const text = readFileSync(
		new URL('../public/samples/german-credit.csv', import.meta.url),
		'utf8'
	);
	const [headerLine, ...lines] = text.trim().split('\n');
	const header = headerLine.split(',');
	const rows = lines.map((l) => l.split(','));
	const col = (name: string) => header.indexOf(name);
	const y = Int32Array.from(rows, (r) => (r[col('Risk')] === 'bad' ? 1 : 0));
	const encoders: ((r: string[]) => number)[] = ['Age', 'Job', 'Credit amount', 'Duration'].map(
		(name) => (r) => Number(r[col(name)])
	);
	for (const name of ['Sex', 'Housing', 'Saving accounts', 'Checking account', 'Purpose']) {
		const level = (r: string[]) => r[col(name)] || 'no info';
		for (const value of [...new Set(rows.map(level))].sort())
			encoders.push((r) => (level(r) === value ? 1 : 0));
	}
	const width = encoders.length;
	const dense = Float32Array.from({ length: rows.length * width }, (_, k) =>
		encoders[k % width](rows[Math.floor(k / width)])
	);
	const take = (idx: Int32Array) => ({
		x: matrix(
			Float32Array.from(
				{ length: idx.length * width },
				(_, k) => dense[idx[Math.floor(k / width)] * width + (k % width)]
			),
			idx.length,
			width
		),
		y: Int32Array.from(idx, (i) => y[i])
	});
	const perSeed: number[] = [];
	const bestEpochs: number[] = [];
	const splits: { train: number[]; test: number[] }[] = [];
	for (const seed of SEEDS) {
		const split = stratifiedSplit(
			y,
			2,
			{ train: 0.7, validation: 0.15, test: 0.15 },
			createRng(seed)
		);
		const spec = defaultModelSpec('gbdt', split.train.length);
		const fit = await fitGbdt({
			train: take(split.train),
			validation: take(split.validation),
			classCount: 2,
			spec,
			seed
		});
		const test = take(split.test);
		perSeed.push(auc(positive(predictGbdt(fit.model, test.x)), test.y));
		bestEpochs.push(fit.bestEpoch + 1);
		splits.push({ train: Array.from(split.train), test: Array.from(split.test) });
	}
	return {
		faro: mean(perSeed),
		sklearn: sklearnGerman(dense, y, width, splits),
		perSeed,
		bestEpochs
	};
}

function sklearnGerman(
	dense: Float32Array,
	y: Int32Array,
	width: number,
	splits: { train: number[]; test: number[] }[]
): number | null {
	const dir = mkdtempSync(join(tmpdir(), 'faro-gbdt-german-'));
	try {
		writeFileSync(
			join(dir, 'x.f32'),
			new Uint8Array(dense.buffer, dense.byteOffset, dense.byteLength)
		);
		writeFileSync(join(dir, 'y.i32'), new Uint8Array(y.buffer, y.byteOffset, y.byteLength));
		writeFileSync(join(dir, 'splits.json'), JSON.stringify(splits));
		const script = `
import json, sys
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score
y = np.fromfile(sys.argv[1] + '/y.i32', dtype=np.int32)
X = np.fromfile(sys.argv[1] + '/x.f32', dtype=np.float32).reshape(len(y), ${width})
aucs = []
for s in json.load(open(sys.argv[1] + '/splits.json')):
    clf = HistGradientBoostingClassifier(random_state=0).fit(X[s['train']], y[s['train']])
    aucs.append(roc_auc_score(y[s['test']], clf.predict_proba(X[s['test']])[:, 1]))
print(float(np.mean(aucs)))
`;
		return Number.parseFloat(
			execFileSync('/usr/bin/python3', ['-c', script, dir], { encoding: 'utf8' })
		);
	} catch {
		return null;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * The Austen passages through Faro's TF-IDF defaults ((1, 2)-grams, 20,000 terms, sublinear tf, fitted on the
 * training rows), then the default gbdt spec with early stopping: the sparse path at text scale.
 */
async function austenText(): Promise<{
	seconds: number;
	iterations: number;
	macroAuc: number;
	terms: number;
	trainRows: number;
}> {
	const parsed = await parseCsv(
		await openAsBlob(new URL('../public/samples/austen.csv', import.meta.url)),
		{ fileName: 'austen.csv' }
	);
	const table = parsed.table;
	const passage = findColumn(table, 'passage');
	const book = findColumn(table, 'book');
	if (!passage || !book) throw new Error('austen.csv: passage and book columns expected');
	const texts = Array.from({ length: table.rowCount }, (_, r) => cellAsString(passage, r));
	const labels = Array.from({ length: table.rowCount }, (_, r) => cellAsString(book, r));
	const books = [...new Set(labels)].sort();
	const y = Int32Array.from(labels, (l) => books.indexOf(l));
	const split = stratifiedSplit(
		y,
		books.length,
		{ train: 0.7, validation: 0.15, test: 0.15 },
		createRng(42)
	);
	const pick = (rows: Int32Array) =>
		rows.reduce<string[]>((out, r) => (out.push(texts[r]), out), []);
	const { fitted, rows: trainRows } = fitApplyTfidf(pick(split.train), defaultTfidfOptions());
	const matrixOf = (sparse: ReturnType<typeof applyTfidf>): FeatureMatrix => ({
		rowCount: sparse.rowPtr.length - 1,
		dense: new Float32Array(0),
		denseWidth: 0,
		sparse,
		names: fitted.terms
	});
	const part = (rows: Int32Array, x: FeatureMatrix) => ({
		x,
		y: Int32Array.from(rows, (r) => y[r])
	});
	const train = part(split.train, matrixOf(trainRows));
	const validation = part(split.validation, matrixOf(applyTfidf(fitted, pick(split.validation))));
	const test = part(split.test, matrixOf(applyTfidf(fitted, pick(split.test))));
	const spec = defaultModelSpec('gbdt', split.train.length, { hasText: true });
	const started = performance.now();
	const fit = await fitGbdt({ train, validation, classCount: books.length, spec, seed: 42 });
	const seconds = (performance.now() - started) / 1000;
	const proba = predictGbdt(fit.model, test.x);
	const k = books.length;
	const aucs = books.map((_, c) =>
		auc(
			Float64Array.from({ length: test.y.length }, (_, i) => proba[i * k + c]),
			Int32Array.from(test.y, (v) => +(v === c))
		)
	);
	return {
		seconds,
		iterations: fit.history.length,
		macroAuc: mean(aucs),
		terms: fitted.terms.length,
		trainRows: split.train.length
	};
}

const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

function positive(proba: Float32Array): Float32Array {
	return Float32Array.from({ length: proba.length / 2 }, (_, i) => proba[2 * i + 1]);
}

/** ROC AUC by ranks, ties averaged (scikit-learn `roc_auc_score`). */
function auc(scores: ArrayLike<number>, y: ArrayLike<number>): number {
	const order = Array.from({ length: scores.length }, (_, i) => i).sort(
		(a, b) => scores[a] - scores[b]
	);
	let rankSum = 0;
	let positives = 0;
	for (let start = 0; start < order.length;) {
		let end = start;
		while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end++;
		for (let k = start; k <= end; k++) {
			if (y[order[k]]) {
				rankSum += (start + end) / 2 + 1;
				positives++;
			}
		}
		start = end + 1;
	}
	const negatives = order.length - positives;
	return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
