/**
 * Blends through the whole path: trainEnsembleRun (a tree member and a logistic member, each with its own
 * Recipe) → writeRunBundle (version 3, model.format "faro-ensemble") → JSON → loadBundle → the run's own test
 * probabilities; scoreCsv scores a file with it; damaged blends are refused with the member's field named.
 */
import { openAsBlob } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { parseCsv, profileTable, takeRows, type Table } from '$lib/data';
import { applyRecipe } from '$lib/features';
import { defaultSettings, withTarget } from '$lib/storage/dataset-record';
import { chooseBackend } from '$lib/models';
import {
	isEnsembleArtifacts,
	type EnsembleArtifacts,
	type TfModelArtifacts
} from '$lib/models/artifacts';
import { disposeFitted, loadFitted, predictFitted } from '$lib/models/fitted-model';
import { evaluate } from '$lib/eval';
import {
	defaultTrainSettings,
	type RunRecord,
	type RunResult,
	type TrainSettings
} from '$lib/runs';
import { trainEnsembleRun } from '$lib/search';
import {
	blendShares,
	describeBundleModel,
	formatProbability,
	loadBundle,
	scoreCsv,
	validateBundle,
	writeRunBundle,
	type LoadedBundle
} from '$lib/bundle';
import { FaroError } from '$lib/shared/errors';
import { inEnglish } from '$lib/i18n';
import { GERMAN_CREDIT } from './train-fixture';

let table: Table;
let testTable: Table;
let result: RunResult;
let json: string;
let loaded: LoadedBundle;

beforeAll(async () => {
	await chooseBackend('cpu');
	const { table: parsed, meta } = await parseCsv(await openAsBlob(GERMAN_CREDIT), {
		fileName: 'german_credit.csv'
	});
	table = parsed;
	const dataset = withTarget(defaultSettings(profileTable(table, meta), 'Risk'), 'Risk');
	const logistic: TrainSettings = defaultTrainSettings(dataset, table.rowCount, 'logistic');
	logistic.model.maxEpochs = 20;
	const trees = defaultTrainSettings(dataset, table.rowCount, 'gbdt');
	trees.model.maxEpochs = 30;
	trees.recipe = {
		...trees.recipe,
		categorical: { ...trees.recipe.categorical, encoding: 'ordinal' }
	};
	result = await trainEnsembleRun(table, [
		{ settings: trees, weight: 0.6, trialId: 12, description: 'Trees 31 leaves' },
		{ settings: logistic, weight: 0.4, trialId: 5, description: 'Logistic' }
	]);
	const run: RunRecord = {
		schemaVersion: 1,
		id: 'run-blend-1',
		name: 'blend',
		createdAt: '2025-01-01T00:00:00.000Z',
		finishedAt: '2025-01-01T00:00:01.000Z',
		status: 'done',
		error: null,
		datasetId: 'german-credit',
		dataset: { name: 'german_credit.csv', fingerprint: 'test-fingerprint', rows: table.rowCount },
		settings: trees,
		backend: { name: 'cpu', reason: 'forced' },
		durationMs: 1000,
		result,
		starred: false
	};
	json = JSON.stringify(writeRunBundle(run));
	loaded = await loadBundle(json);
	testTable = takeRows(table, Int32Array.from(result.testRows));
});
afterAll(() => loaded.dispose());

const blendOf = (bundle: { model: unknown }): EnsembleArtifacts => {
	const model = bundle.model as EnsembleArtifacts;
	if (!isEnsembleArtifacts(model)) throw new Error('not a blend');
	return model;
};

/** The run's test probabilities, recomputed member by member from the stored members (not via loadBundle). */
async function runTestProba(): Promise<Float32Array> {
	const members = blendOf(result).members;
	const out = new Float64Array(testTable.rowCount * 2);
	for (const member of members) {
		const fitted = await loadFitted(member.model);
		if (fitted.kind === 'ensemble') throw new Error('nested blend');
		const proba = await predictFitted(fitted, applyRecipe(member.recipe, testTable));
		disposeFitted(fitted);
		proba.forEach((p, i) => (out[i] += member.weight * p));
	}
	return Float32Array.from(out);
}

describe('a blend in a bundle', () => {
	it('is written as version 3 with the members, heaviest first, and the first member recipe on top', () => {
		const bundle = validateBundle(JSON.parse(json));
		expect(bundle.version).toBe(3);
		const model = blendOf(bundle);
		expect(model.format).toBe('faro-ensemble');
		expect(model.members.map((m) => [m.weight, m.trialId, m.description])).toEqual([
			[0.6, 12, 'Trees 31 leaves'],
			[0.4, 5, 'Logistic']
		]);
		expect(bundle.recipe).toEqual(model.members[0].recipe);
		expect((model.members[0].model as { format?: string }).format).toBe('faro-gbdt');
		expect(inEnglish(describeBundleModel(bundle.model))).toBe('Blend of 2 models');
		expect(
			blendShares(bundle.model).map((b) => ({ ...b, description: inEnglish(b.description) }))
		).toEqual([
			{ description: 'Trees 31 leaves', weight: 0.6 },
			{ description: 'Logistic', weight: 0.4 }
		]);
	});

	it("scores the test rows with the run's own test probabilities (to 1e-6) and metrics", async () => {
		const expected = await runTestProba();
		const { proba, labels } = await loaded.predictTable(testTable);
		let maxDiff = 0;
		for (let i = 0; i < proba.length; i++)
			maxDiff = Math.max(maxDiff, Math.abs(proba[i] - expected[i]));
		expect(proba.length).toBe(testTable.rowCount * 2);
		expect(maxDiff).toBeLessThan(1e-6);
		// The metrics the run recorded come from its test probabilities: the bundle's reproduce them.
		const risk = testTable.columns.find((c) => c.name === 'Risk');
		if (!risk || risk.storage !== 'category') throw new Error('no Risk column');
		const yTrue = Int32Array.from(risk.codes, (c) => result.labels.indexOf(risk.levels[c]));
		const metrics = evaluate(yTrue, proba, {
			labels: result.labels,
			positiveIndex: 0,
			threshold: result.threshold ?? undefined
		});
		expect(metrics.logLoss).toBeCloseTo(result.metrics.logLoss, 6);
		expect(metrics.rocAuc).toBeCloseTo(result.metrics.rocAuc ?? NaN, 6);
		expect(metrics.confusion).toEqual(result.metrics.confusion);
		expect(labels.filter((l) => l === 'bad').length).toBe(
			result.metrics.confusion[0][0] + result.metrics.confusion[1][0]
		);
	});

	it('scores a CSV file with scoreCsv, as the predict worker and `faro predict` do', async () => {
		const chunks: string[] = [];
		const { rowCount } = await scoreCsv(loaded, await openAsBlob(GERMAN_CREDIT), {
			onRows: (t) => void chunks.push(t)
		});
		expect(rowCount).toBe(1000);
		const rows = Papa.parse<string[]>(chunks.join('').trimEnd(), { delimiter: ',' }).data;
		expect(rows[0].slice(-3)).toEqual(['prediction', 'prob_bad', 'prob_good']);
		const { proba, labels } = await loaded.predictTable(table);
		for (const i of [0, 1, 417, 999]) {
			expect(rows[i + 1].slice(-3)).toEqual([
				labels[i],
				formatProbability(proba[i * 2]),
				formatProbability(proba[i * 2 + 1])
			]);
		}
	});

	it('asks for a TF.js backend only when a member needs one, and loads a one-member blend of trees', async () => {
		let prepared = 0;
		const again = await loadBundle(json, { prepareTfjs: async () => prepared++ });
		expect(prepared).toBe(1);
		again.dispose();
		const value = JSON.parse(json);
		value.model.members = [{ ...value.model.members[0], weight: 1 }];
		const treesOnly = await loadBundle(JSON.stringify(value), {
			prepareTfjs: async () => prepared++
		});
		expect(prepared).toBe(1);
		const trees = blendOf(result).members[0];
		const expected = await predictFitted(
			{ kind: 'gbdt', trees: trees.model as never },
			applyRecipe(trees.recipe, testTable)
		);
		const { proba } = await treesOnly.predictTable(testTable);
		expect(Array.from(proba)).toEqual(Array.from(expected));
		treesOnly.dispose();
	});

	it('needs every column any member reads, not only those of the bundle recipe', async () => {
		const value = JSON.parse(json);
		value.inputSchema.push({ name: 'Telephone', kind: 'categorical', role: 'feature' });
		value.model.members[1].recipe.inputs.push({ name: 'Telephone', kind: 'categorical' });
		const blend = await loadBundle(JSON.stringify(value));
		const names = blend.inputColumns.map((c) => c.name);
		expect(names.slice(0, -1)).toEqual(loaded.inputColumns.map((c) => c.name));
		expect(names.at(-1)).toBe('Telephone');
		const row = Object.fromEntries(loaded.inputColumns.map((c) => [c.name, null]));
		await expect(blend.predict([row])).rejects.toMatchObject({ code: 'predict-columns-missing' });
		expect((await blend.predict([{ ...row, Telephone: 'yes' }]))[0].label).toMatch(/^(bad|good)$/);
		blend.dispose();
	});
});

describe('damaged blends', () => {
	type Editable = {
		version: number;
		recipe: unknown;
		model: {
			format?: string;
			members: {
				weight: number;
				trialId: unknown;
				recipe: { inputs: { name: string; kind: string }[]; dense: { type: string }[] };
				model: Record<string, unknown>;
			}[];
		};
	};
	const errorOf = async (edit: (b: Editable) => void): Promise<FaroError> => {
		const value = JSON.parse(json);
		edit(value);
		const error = await loadBundle(JSON.stringify(value)).then(
			(l) => (l.dispose(), null),
			(err: unknown) => err
		);
		expect(error).toBeInstanceOf(FaroError);
		expect((error as FaroError).code).toBe('bundle-invalid');
		expect((error as FaroError).detail.hint).toBeTruthy();
		return error as FaroError;
	};

	it('refuses weights that do not sum to 1', async () => {
		const error = await errorOf((b) => (b.model.members[0].weight = 0.7));
		expect(error.detail.where).toBe('model.members');
		expect(error.message).toContain('weights sum to 1 (they sum to 1.1');
	});

	it('refuses a weight of 0 or below, and a trial id that is not a whole number', async () => {
		const negative = await errorOf((b) => {
			b.model.members[0].weight = 1.2;
			b.model.members[1].weight = -0.2;
		});
		expect(negative.detail.where).toBe('model.members[1].weight');
		expect(negative.message).toContain('a number above 0 (found -0.2)');
		const trial = await errorOf((b) => (b.model.members[1].trialId = 1.5));
		expect(trial.detail.where).toBe('model.members[1].trialId');
	});

	it('refuses a blend inside a blend, an empty blend and one of 11 members', async () => {
		const nested = await errorOf(
			(b) => (b.model.members[1].model = { format: 'faro-ensemble', members: [] })
		);
		expect(nested.detail.where).toBe('model.members[1].model.format');
		expect(nested.message).toContain('a blend cannot hold another blend');
		const empty = await errorOf((b) => (b.model.members = []));
		expect(empty.detail.where).toBe('model.members');
		const many = await errorOf((b) => {
			b.model.members = Array.from({ length: 11 }, () => ({
				...b.model.members[0],
				weight: 1 / 11
			}));
		});
		expect(many.message).toContain('1 to 10 models (it has 11)');
	});

	it("refuses a member recipe that reads a column missing from the bundle's inputSchema", async () => {
		const error = await errorOf((b) =>
			b.model.members[1].recipe.inputs.push({ name: 'Telephone', kind: 'categorical' })
		);
		const at = error.detail.where ?? '';
		expect(at).toMatch(/^model\.members\[1\]\.recipe\.inputs\[\d+\]\.name$/);
		expect(error.message).toContain('"Telephone"');
	});

	it('names the member path of a damaged member recipe or model', async () => {
		const step = await errorOf((b) => (b.model.members[1].recipe.dense[0].type = 'spline'));
		expect(step.detail.where).toBe('model.members[1].recipe.dense[0].type');
		const trees = await errorOf(
			(b) =>
				(b.model.members[0].model.featureCount = Number(b.model.members[0].model.featureCount) + 3)
		);
		expect(trees.detail.where).toBe('model.members[0].model.featureCount');
		const weights = await errorOf((b) => {
			const model = b.model.members[1].model;
			model.weightData = String(model.weightData).slice(0, 8);
		});
		expect(weights.detail.where).toBe('model.members[1].model.weightData');
		const missing = await errorOf((b) => delete b.model.members[1].model.modelTopology);
		expect(missing.detail.where).toBe('model.members[1].model.modelTopology');
	});

	it('refuses a blend in a version 1 or 2 bundle, and a single model in a version 3 bundle', async () => {
		const older = await errorOf((b) => (b.version = 2));
		expect(older.detail.where).toBe('version');
		expect(older.message).toContain('3 for a blend of models (found 2)');
		const single = await errorOf((b) => {
			b.recipe = b.model.members[0].recipe;
			b.model = b.model.members[0].model as Editable['model'];
		});
		expect(single.detail.where).toBe('model.format');
		expect(single.message).toContain('"faro-ensemble": a version 3 bundle holds a blend of models');
		// The same single model as version 2 is a valid tree bundle.
		const value = JSON.parse(json);
		value.version = 2;
		value.model = value.model.members[0].model;
		const trees = await loadBundle(JSON.stringify(value));
		expect(inEnglish(describeBundleModel(trees.bundle.model))).toMatch(
			/^Gradient-boosted trees, \d+ trees$/
		);
		trees.dispose();
	});
});

describe('loadFitted of a blend', () => {
	it('disposes the members it loaded when a later member fails', async () => {
		const members = blendOf(result).members;
		const logistic = members[1];
		const before = tf.memory().numTensors;
		// Fails while TF.js reads the topology (a layer class it does not know), before it builds any weight.
		const topology = JSON.parse(JSON.stringify((logistic.model as TfModelArtifacts).modelTopology));
		topology.config.layers[0].class_name = 'Bogus';
		const broken = { ...logistic, model: { ...logistic.model, modelTopology: topology } };
		await expect(
			loadFitted({ format: 'faro-ensemble', members: [logistic, broken] })
		).rejects.toThrow();
		expect(tf.memory().numTensors).toBe(before);
		const fine = await loadFitted({ format: 'faro-ensemble', members: [logistic, logistic] });
		expect(tf.memory().numTensors).toBeGreaterThan(before);
		disposeFitted(fine);
		expect(tf.memory().numTensors).toBe(before);
	});
});
