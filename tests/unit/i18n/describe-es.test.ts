/**
 * The descriptions src/lib writes for the page (model settings, split, class balancing, a trial, compared
 * metrics, the backend's reason, search-space problems) speak the language in use: Spanish when the page
 * speaks Spanish, and exactly the English of before otherwise (and always English where asked for).
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { useLocaleSource, type Locale } from '$lib/i18n';
import { chooseBackend } from '$lib/models';
import { backendReason } from '$lib/models/backend-reason';
import { describeModelSpec } from '$lib/models/describe-spec';
import { defaultModelSpec, type ModelSpec } from '$lib/models/spec';
import { compareRuns, type RunRecord } from '$lib/runs';
import { describeBalance } from '$lib/runs/describe-balance';
import { describeSplit } from '$lib/runs/describe-split';
import { describeTrialModel, describeTrialSettings } from '$lib/runs/describe-trial';
import type { TrialParams } from '$lib/search/space';
import { searchSpaceProblems } from '$lib/search/space-check';
import { localizeError, type FaroError } from '$lib/shared/errors';

let current: Locale = 'en';
useLocaleSource(() => current);
/** `make()` in English, then in Spanish. */
const both = <T>(make: () => T): [T, T] => {
	current = 'en';
	const en = make();
	current = 'es';
	const es = make();
	current = 'en';
	return [en, es];
};
afterEach(() => {
	current = 'en';
});
afterAll(async () => {
	useLocaleSource(() => 'en');
	await tf.setBackend('cpu');
});

const mlp: ModelSpec = {
	...defaultModelSpec('mlp', 1000),
	hiddenUnits: [64, 32],
	activation: 'relu',
	dropout: 0.3,
	l2: 0.001,
	learningRate: 0.001,
	batchSize: 32,
	maxEpochs: 100,
	patience: 10
};

describe('describeModelSpec', () => {
	it('says every setting in the language in use, numbers with a decimal comma in Spanish', () => {
		expect(both(() => describeModelSpec(defaultModelSpec('gbdt', 1000)))).toEqual([
			'Gradient-boosted trees: ≤ 100 iterations, learning rate 0.1, 31 leaves, no depth limit, ≥ 20 rows per leaf, 255 bins, L2 0, patience 10',
			'Árboles potenciados por gradiente: ≤ 100 iteraciones, tasa de aprendizaje 0,1, 31 hojas, sin límite de profundidad, ≥ 20 filas por hoja, 255 intervalos, L2 0, paciencia 10'
		]);
		expect(both(() => describeModelSpec(defaultModelSpec('logistic', 1000)))).toEqual([
			'Logistic regression, L2 0.01, solved by L-BFGS in ≤ 100 iterations',
			'Regresión logística, L2 0,01, resuelta con L-BFGS en ≤ 100 iteraciones'
		]);
		expect(both(() => describeModelSpec(mlp))).toEqual([
			'MLP (64, 32), relu, dropout 0.3, L2 0.001, Adam lr 0.001, batch 32, ≤ 100 epochs, patience 10',
			'MLP (64, 32), relu, dropout 0,3, L2 0,001, Adam con tasa de aprendizaje 0,001, lote 32, ≤ 100 épocas, paciencia 10'
		]);
	});

	it('answers in an explicit locale whatever the language in use', () => {
		current = 'es';
		expect(describeModelSpec(defaultModelSpec('logistic', 1000), 'en')).toBe(
			'Logistic regression, L2 0.01, solved by L-BFGS in ≤ 100 iterations'
		);
	});
});

describe('describeSplit', () => {
	const chosen = {
		train: 0.7,
		validation: 0.15,
		test: 0.15,
		testColumn: { name: 'holdout', value: 'test' }
	};
	it('words shares and a chosen test part', () => {
		expect(both(() => describeSplit({ train: 0.7, validation: 0.15, test: 0.15 }))).toEqual([
			'70 / 15 / 15 (train / validation / test)',
			'70 / 15 / 15 (entrenamiento / validación / prueba)'
		]);
		expect(both(() => describeSplit(chosen, 12000))).toEqual([
			'test = rows where holdout = test (12000 rows); the other rows 82 / 18 (train / validation)',
			'prueba = filas en las que holdout = test (12.000 filas); las demás filas, 82 / 18 (entrenamiento / validación)'
		]);
		expect(both(() => describeSplit(chosen, 1))[1]).toContain('(1 fila)');
		expect(both(() => describeSplit(chosen))).toEqual([
			'test = rows where holdout = test; the other rows 82 / 18 (train / validation)',
			'prueba = filas en las que holdout = test; las demás filas, 82 / 18 (entrenamiento / validación)'
		]);
	});
});

describe('describeBalance', () => {
	it('names the method and its target', () => {
		expect(both(() => describeBalance(undefined))).toEqual(['none', 'ninguno']);
		expect(
			both(() => describeBalance({ method: 'smote-nc', k: 5, strategy: { kind: 'auto' } }))
		).toEqual([
			'SMOTE-NC, k = 5, every class up to the majority',
			'SMOTE-NC, k = 5, cada clase subida a la mayoritaria'
		]);
		expect(
			both(() =>
				describeBalance({ method: 'random-under', k: 5, strategy: { kind: 'ratio', ratio: 0.5 } })
			)
		).toEqual([
			'random under-sampling, minority / majority ratio 0.5',
			'submuestreo aleatorio, razón minoritaria / mayoritaria 0,5'
		]);
		expect(
			both(() => describeBalance({ method: 'class-weights', k: 5, strategy: { kind: 'auto' } }))
		).toEqual(['class weights ("balanced")', 'pesos de clase ("balanced")']);
	});
});

describe('describeTrialModel and describeTrialSettings', () => {
	const old = {
		family: 'mlp',
		hiddenUnits: [64, 32],
		learningRate: 0.001,
		l2: 0.0001,
		dropout: 0.2,
		batchSize: 32,
		maxEpochs: 100,
		oneHotK: 20,
		scale: 'standard',
		textVocab: null,
		balance: 'random-over'
	} as TrialParams;
	const tree = {
		...old,
		family: 'gbdt',
		hiddenUnits: [],
		learningRate: 0.1,
		l2: 0.01,
		maxEpochs: 300,
		balance: 'none',
		trees: { maxLeafNodes: 31, maxDepth: 5, minSamplesLeaf: 20, maxIterations: 300 }
	} as TrialParams;

	it('names the model and its settings in the language in use', () => {
		expect(both(() => describeTrialModel(tree))).toEqual([
			'Trees 31 leaves',
			'Árboles de 31 hojas'
		]);
		expect(both(() => describeTrialModel({ ...old, family: 'logistic', hiddenUnits: [] }))).toEqual(
			['Logistic', 'Logística']
		);
		expect(both(() => describeTrialModel(old))).toEqual(['MLP 64-32', 'MLP 64-32']);
		expect(both(() => describeTrialSettings(old))).toEqual([
			'lr 0.001 · L2 0.0001 · dropout 0.2 · batch 32 · ≤ 100 epochs · K 20 · standard · random-over',
			'tasa 0,001 · L2 0,0001 · dropout 0,2 · lote 32 · ≤ 100 épocas · K 20 · estándar · sobremuestreo'
		]);
		expect(both(() => describeTrialSettings(tree))).toEqual([
			'lr 0.1 · L2 0.01 · depth ≤ 5 · ≥ 20 rows/leaf · ≤ 300 iterations · K 20',
			'tasa 0,1 · L2 0,01 · profundidad ≤ 5 · ≥ 20 filas/hoja · ≤ 300 iteraciones · K 20'
		]);
	});

	it('stays English when asked for it (the MLflow leaderboard)', () => {
		current = 'es';
		expect(describeTrialModel(tree, 'en')).toBe('Trees 31 leaves');
		expect(describeTrialSettings(old, 'en')).toBe(
			'lr 0.001 · L2 0.0001 · dropout 0.2 · batch 32 · ≤ 100 epochs · K 20 · standard · random-over'
		);
	});
});

describe('compareRuns', () => {
	const run = (id: string, auc: number): RunRecord =>
		({
			id,
			name: id,
			dataset: { name: 'd', fingerprint: 'f', rows: 10 },
			settings: { seed: 42, model: { family: 'mlp', hiddenUnits: [64, 32] }, columns: [] },
			backend: { name: 'wasm', reason: '' },
			result: {
				testRows: [1, 2, 3],
				history: [],
				metrics: {
					rocAuc: auc,
					logLoss: 0.5,
					macro: { f1: 0.5 },
					weighted: { f1: 0.5 },
					accuracy: 0.7
				}
			}
		}) as unknown as RunRecord;
	const labels = () => compareRuns([run('a', 0.8), run('b', 0.7)]).metrics.map((r) => r.label);

	it('labels the metric rows in the language in use', () => {
		const [en, es] = both(labels);
		expect(en).toEqual([
			'ROC AUC',
			'Gini',
			'KS',
			'PR AUC',
			'Accuracy',
			'Balanced accuracy',
			'F1 (macro)',
			'F1 (weighted)',
			'MCC',
			"Cohen's kappa",
			'Log loss',
			'Brier score'
		]);
		expect(es).toEqual([
			'ROC AUC',
			'Gini',
			'KS',
			'PR AUC',
			'Exactitud',
			'Exactitud equilibrada',
			'F1 (macro)',
			'F1 (ponderado)',
			'MCC',
			'Kappa de Cohen',
			'Pérdida logarítmica',
			'Puntuación de Brier'
		]);
	});

	it('words a chosen test part and an empty list in the language in use', () => {
		const withSplit = (split: object, columns: object[]) =>
			({
				...run('x', 0.5),
				settings: { seed: 42, split, columns }
			}) as unknown as RunRecord;
		const shares = { train: 0.7, validation: 0.15, test: 0.15 };
		const chosen = { ...shares, testColumn: { name: 'holdout', value: 'test' } };
		const diff = () =>
			compareRuns([withSplit(shares, []), withSplit(chosen, [{ name: 'a' }])]).settings;
		const [en, es] = both(diff);
		expect(en.find((d) => d.path === 'split.test')?.values).toEqual([
			'0.15',
			'rows where holdout = test'
		]);
		expect(es.find((d) => d.path === 'split.test')?.values).toEqual([
			'0.15',
			'filas en las que holdout = test'
		]);
		expect(en.find((d) => d.path === 'columns')?.values[0]).toBe('(none)');
		expect(es.find((d) => d.path === 'columns')?.values[0]).toBe('(ninguno)');
	});
});

describe('the backend reason', () => {
	it('is stored in English and shown in the language in use', async () => {
		const choice = await chooseBackend('auto');
		expect(choice.reason).toBe(
			'wasm; webgpu skipped: not registered in this build; webgl skipped: not registered in this build'
		);
		expect(choice.tried[0].whyText).toEqual({ key: 'train_backend_why_not_registered' });
		expect(both(() => backendReason(choice))).toEqual([
			choice.reason,
			'wasm; webgpu omitido: no está incluido en esta compilación; webgl omitido: no está incluido en esta compilación'
		]);
		// What a record keeps after structured cloning (a worker to the page, IndexedDB).
		expect(backendReason(structuredClone(choice), 'es')).toMatch(/^wasm; webgpu omitido: /);

		const forced = await chooseBackend('cpu');
		expect(both(() => backendReason(forced))).toEqual([
			'cpu, as chosen in the settings',
			'cpu, elegido en los ajustes'
		]);
	});

	it('shows records it cannot rebuild as stored, and the trees’ reason in Spanish', () => {
		current = 'es';
		expect(backendReason({ name: 'cpu', reason: 'forced' })).toBe('forced');
		expect(
			backendReason({ name: 'wasm', reason: 'other words', tried: [{ name: 'wasm', ok: true }] })
		).toBe('other words');
		expect(
			backendReason({
				name: 'js',
				reason: 'Gradient-boosted trees train and score in plain JavaScript.'
			})
		).toBe('Los árboles potenciados por gradiente se entrenan y puntúan en JavaScript puro.');
		// A record made before the Texts existed: English reasons of its attempts inside Spanish words.
		expect(
			backendReason({
				name: 'wasm',
				reason: 'wasm; webgpu skipped: WebGPU has no adapter (no GPU, or WebGPU is disabled)',
				tried: [
					{
						name: 'webgpu',
						ok: false,
						why: 'WebGPU has no adapter (no GPU, or WebGPU is disabled)'
					},
					{ name: 'wasm', ok: true }
				]
			})
		).toBe('wasm; webgpu omitido: WebGPU has no adapter (no GPU, or WebGPU is disabled)');
	});

	it('fails in English with a hint the page shows in Spanish', async () => {
		const error = (await chooseBackend('webgpu').catch((e: unknown) => e)) as FaroError;
		expect(error.message).toBe(
			'The webgpu backend is not available: not registered in this build.'
		);
		expect(error.detail.hint).toBe('Choose "auto" to let Faro pick one that works.');
		current = 'es';
		const shown = localizeError(error);
		expect(shown.message).toMatch(/^El backend webgpu no está disponible: /);
		expect(shown.hint).toBe('Elige «automático» para que Faro escoja uno que funcione.');
	});
});

describe('searchSpaceProblems', () => {
	it('says what is expected in the language in use', () => {
		const space = {
			families: ['gbdt'],
			treeL2: { min: 0, max: 1 },
			treeLearningRate: { min: 0.1, max: 0.01 },
			treeLeaves: [],
			treeDepths: [null],
			treeMinLeafRows: [20],
			treeIterations: [100],
			oneHotK: [10]
		} as never;
		const [en, es] = both(() => searchSpaceProblems(space).map((p) => p.message));
		expect(en).toEqual([
			'Trees: learning rate: the lowest value is above the highest.',
			'Trees: L2: values must lie between 0.000001 and 10.',
			'Keep at least one of the leaf counts.'
		]);
		expect(es).toEqual([
			'Árboles: tasa de aprendizaje: el valor mínimo es mayor que el máximo.',
			'Árboles: L2: los valores deben estar entre 0,000001 y 10.',
			'Conserva al menos una opción de números de hojas.'
		]);
		expect(both(() => searchSpaceProblems({ families: [] } as never)[0].message)).toEqual([
			'Choose at least one model family.',
			'Elige al menos una familia de modelos.'
		]);
	});
});
