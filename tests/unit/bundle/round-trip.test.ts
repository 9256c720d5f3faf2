import type { TfModelArtifacts } from '$lib/runs/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { columnAsStrings, findColumn, takeRows, type Column, type Table } from '$lib/data';
import { applyRecipe, denseBatch, featureWidth } from '$lib/features';
import { predictProba } from '$lib/models';
import { deserializeModel } from '$lib/training';
import { evaluate } from '$lib/eval';
import { loadBundle, validateBundle, type LoadedBundle } from '$lib/bundle';
import { FaroError } from '$lib/shared/errors';
import { trainGermanCredit, type Trained } from './train-fixture';
import { GERMAN_CREDIT_FEATURES } from '../../fixtures/german-credit-columns';

let trained: Trained;
let loaded: LoadedBundle;
let testTable: Table;

beforeAll(async () => {
	trained = await trainGermanCredit({ family: 'mlp', maxEpochs: 3 });
	loaded = await loadBundle(trained.json);
	testTable = takeRows(trained.table, Int32Array.from(trained.result.testRows));
});
afterAll(() => loaded.dispose());

describe('bundle round trip: trainRun → writeBundle → JSON → loadBundle', () => {
	it('writes a bundle that passes validation, with the contract fields', () => {
		const bundle = validateBundle(JSON.parse(trained.json));
		expect(bundle.format).toBe('faro-model');
		expect(bundle.labels).toEqual(['bad', 'good']);
		expect(bundle.target).toBe('Risk');
		expect(loaded.inputColumns.map((c) => c.name)).toEqual(GERMAN_CREDIT_FEATURES);
	});

	it('scores the test rows with the same probabilities as the trained model (to 1e-6)', async () => {
		const reference = await deserializeModel(trained.result.model as TfModelArtifacts); // the trained weights, before JSON
		const expected = await predictProba(reference, applyRecipe(trained.result.recipe, testTable));
		reference.dispose();
		const { proba } = await loaded.predictTable(testTable);
		expect(proba.length).toBe(testTable.rowCount * 2);
		let maxDiff = 0;
		for (let i = 0; i < proba.length; i++)
			maxDiff = Math.max(maxDiff, Math.abs(proba[i] - expected[i]));
		expect(maxDiff).toBeLessThan(1e-6);
	});

	it("reproduces the run's test metrics (log loss, ROC AUC, confusion) from the loaded bundle", async () => {
		const { labels, proba } = await loaded.predictTable(testTable);
		const risk = columnAsStrings(findColumn(testTable, 'Risk') as Column);
		const y = Int32Array.from(risk, (r) => trained.bundle.labels.indexOf(r as string));
		const { bundle } = loaded;
		const positiveIndex = bundle.labels.indexOf(bundle.positiveLabel as string);
		const metrics = evaluate(y, proba, {
			labels: bundle.labels,
			positiveIndex,
			threshold: bundle.threshold
		});
		expect(Math.abs(metrics.logLoss - trained.result.metrics.logLoss)).toBeLessThan(1e-6);
		expect(metrics.rocAuc).toBe(trained.result.metrics.rocAuc);
		expect(metrics.confusion).toEqual(trained.result.metrics.confusion);
		// Labels follow the run's threshold rule: positive when p(positive) ≥ threshold.
		labels.forEach((label, i) => {
			const positive = proba[i * 2 + positiveIndex] >= (bundle.threshold as number);
			expect(label).toBe(positive ? bundle.positiveLabel : bundle.labels[1 - positiveIndex]);
		});
	});

	it('loads bundle.model with tf.loadLayersModel(tf.io.fromMemory(...)) alone, with the same outputs', async () => {
		const { modelTopology, weightSpecs, weightData } = trained.bundle.model as TfModelArtifacts;
		const bytes = Buffer.from(weightData, 'base64');
		const model = await tf.loadLayersModel(
			tf.io.fromMemory({
				modelTopology: modelTopology as object,
				weightSpecs: weightSpecs as tf.io.WeightsManifestEntry[],
				weightData: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
			})
		);
		const x = applyRecipe(trained.bundle.recipe, testTable);
		const rows = Int32Array.from({ length: 5 }, (_, i) => i);
		const out = model.predict(tf.tensor2d(denseBatch(x, rows), [5, featureWidth(x)])) as tf.Tensor;
		const direct = await out.data();
		const { proba } = await loaded.predictTable(takeRows(testTable, rows));
		// Faro scores a Dense chain in JavaScript (float64 sums): equal to TF.js's float32 kernels within 1e-6.
		expect(proba).toHaveLength(direct.length);
		direct.forEach((p, i) => expect(Math.abs(p - proba[i])).toBeLessThan(1e-6));
		out.dispose();
		model.dispose();
	});

	it('predict(rows) takes raw values as a CSV gives them and returns a label and one probability per label', async () => {
		const [first] = trained.result.testRows;
		const row = Object.fromEntries(
			trained.table.columns.map((c) => [c.name, columnAsStrings(c)[first]])
		);
		const [prediction] = await loaded.predict([row]);
		const { proba, labels } = await loaded.predictTable(
			takeRows(trained.table, Int32Array.of(first))
		);
		expect(prediction.label).toBe(labels[0]);
		expect(prediction.probabilities).toEqual({ bad: proba[0], good: proba[1] });
		expect(prediction.probabilities.bad + prediction.probabilities.good).toBeCloseTo(1, 6);
		expect(await loaded.predict([])).toEqual([]);
	});

	it('prepares the TF.js backend before building a TF.js model', async () => {
		let prepared = 0;
		const again = await loadBundle(trained.json, { prepareTfjs: async () => prepared++ });
		expect(prepared).toBe(1);
		again.dispose();
	});

	it('lists all missing columns, and accepts null, numbers and extra keys', async () => {
		const error = await loaded
			.predict([{ Age: 30, Sex: 'male', Extra: 'x' }])
			.catch((err: unknown) => err);
		expect(error).toBeInstanceOf(FaroError);
		expect((error as FaroError).code).toBe('predict-columns-missing');
		expect((error as FaroError).detail.data).toEqual({
			missing: [
				'Job',
				'Housing',
				'Saving accounts',
				'Checking account',
				'Credit amount',
				'Duration',
				'Purpose'
			]
		});
		const all = Object.fromEntries(loaded.inputColumns.map((c) => [c.name, null]));
		const [missingEverywhere] = await loaded.predict([{ ...all, Extra: 'ignored', Age: 40 }]);
		expect(Object.keys(missingEverywhere.probabilities)).toEqual(['bad', 'good']);
	});

	it('refuses a table whose numeric input holds words, naming the column', async () => {
		const words = {
			...Object.fromEntries(loaded.inputColumns.map((c) => [c.name, null])),
			'Credit amount': 'a lot'
		};
		const error = await loaded.predict([words]).catch((err: unknown) => err);
		expect((error as FaroError).code).toBe('predict-columns-wrong-kind');
		expect((error as FaroError).message).toContain('"Credit amount" (e.g. "a lot")');
	});
});
