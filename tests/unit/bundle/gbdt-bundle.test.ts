/**
 * Tree models through the whole path: trainRun (family gbdt) → writeBundle (version 2, model.format
 * "faro-gbdt") → JSON → loadBundle → the same probabilities as the trained trees, and broken tree bundles
 * refused with the field named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeRows, type Table } from '$lib/data';
import { applyRecipe } from '$lib/features';
import { predictGbdt } from '$lib/models/gbdt';
import type { GbdtArtifacts } from '$lib/models/gbdt/types';
import { loadBundle, validateBundle, type LoadedBundle } from '$lib/bundle';
import { FaroError } from '$lib/shared/errors';
import { trainGermanCredit, type Trained } from './train-fixture';

let trained: Trained;
let loaded: LoadedBundle;
let testTable: Table;

beforeAll(async () => {
	trained = await trainGermanCredit({ family: 'gbdt', maxEpochs: 40 });
	loaded = await loadBundle(trained.json);
	testTable = takeRows(trained.table, Int32Array.from(trained.result.testRows));
});
afterAll(() => loaded.dispose());

type EditableTreeBundle = {
	version: number;
	model: { featureCount: number; trees: { left: number[] }[] };
};

const bundleError = async (edit: (b: EditableTreeBundle) => void): Promise<FaroError> => {
	const value = JSON.parse(trained.json);
	edit(value);
	try {
		await loadBundle(JSON.stringify(value));
	} catch (err) {
		return err as FaroError;
	}
	throw new Error('the bundle loaded');
};

describe('gradient-boosted trees in a bundle', () => {
	it('writes a version 2 bundle whose model is the tree format, and trains a useful model', () => {
		const bundle = validateBundle(JSON.parse(trained.json));
		expect(bundle.version).toBe(2);
		const model = bundle.model as GbdtArtifacts;
		expect(model.format).toBe('faro-gbdt');
		expect(model.outputs).toBe(1);
		expect(model.featureCount).toBe(bundle.recipe.names.length);
		expect(model.trees.length).toBe(trained.result.bestEpoch + 1);
		expect(trained.result.metrics.rocAuc).toBeGreaterThan(0.7);
	});

	it('scores the test rows exactly as the trained trees did (to 1e-6)', async () => {
		const expected = predictGbdt(
			trained.result.model as GbdtArtifacts,
			applyRecipe(trained.result.recipe, testTable)
		);
		const { proba } = await loaded.predictTable(testTable);
		expect(proba.length).toBe(testTable.rowCount * 2);
		let maxDiff = 0;
		for (let i = 0; i < proba.length; i++)
			maxDiff = Math.max(maxDiff, Math.abs(proba[i] - expected[i]));
		expect(maxDiff).toBeLessThan(1e-6);
		const first = await loaded.predict(
			[{ Age: 35, Sex: 'male', 'Credit amount': 2500, Duration: 24 }].map((r) => ({
				...Object.fromEntries(loaded.inputColumns.map((c) => [c.name, null])),
				...r
			}))
		);
		expect(first[0].probabilities.bad + first[0].probabilities.good).toBeCloseTo(1, 6);
	});

	it('loads trees without preparing a TF.js backend', async () => {
		let prepared = 0;
		const again = await loadBundle(trained.json, { prepareTfjs: async () => prepared++ });
		expect(prepared).toBe(0);
		expect((await again.predictTable(testTable)).proba.length).toBe(testTable.rowCount * 2);
		again.dispose();
	});

	it('refuses a tree bundle labelled version 1', async () => {
		const error = await bundleError((b) => (b.version = 1));
		expect(error.code).toBe('bundle-invalid');
		expect(error.detail.where).toBe('version');
	});

	it('names the damaged field of a tampered tree', async () => {
		const error = await bundleError((b) => (b.model.trees[2].left[0] = 10_000));
		expect(error.code).toBe('bundle-invalid');
		expect(`${error.detail.where} ${error.message}`).toContain('trees[2]');
	});

	it('refuses trees that read more features than the recipe makes', async () => {
		const error = await bundleError((b) => (b.model.featureCount = b.model.featureCount + 3));
		expect(error.code).toBe('bundle-invalid');
		expect(`${error.detail.where} ${error.message}`).toContain('featureCount');
	});
});
