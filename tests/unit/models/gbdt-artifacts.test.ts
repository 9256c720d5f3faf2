/**
 * Tree models as files: validateGbdtArtifacts names the damaged field of every kind of broken model, a model
 * survives JSON unchanged, and predictGbdt's fast path (8 rows at a time) agrees with its one-row walk.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureMatrix } from '$lib/shared/feature-matrix';
import {
	featureSplitCounts,
	fitGbdt,
	predictGbdt,
	validateGbdtArtifacts,
	type GbdtArtifacts
} from '$lib/models/gbdt';
import { defaultModelSpec, type ModelSpec } from '$lib/models/spec';
import { FaroError } from '$lib/shared/errors';
import { createRng } from '$lib/shared/rng';
import { loadFixture, noRows } from '../../fixtures/gbdt/load-fixture';
import { matrix } from './toy-data';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- free edits of parsed JSON

let model: GbdtArtifacts;
let multi: GbdtArtifacts;
let json: string;
const german = loadFixture('german-credit');
const expectShape = { featureCount: 24, classCount: 2 };

beforeAll(async () => {
	const spec: ModelSpec = { ...defaultModelSpec('gbdt', 750), maxEpochs: 12 };
	const fit = await fitGbdt({
		train: german.train,
		validation: { x: noRows(german.train.x), y: new Int32Array(0) },
		classCount: 2,
		spec,
		seed: 3
	});
	model = fit.model;
	json = JSON.stringify(model);
	const m = loadFixture('multiclass');
	multi = (
		await fitGbdt({
			train: m.train,
			validation: m.test,
			classCount: 4,
			spec: { ...spec, maxEpochs: 6 },
			seed: 3
		})
	).model;
});

/** The error validateGbdtArtifacts gives for the model after `edit`. */
function errorAfter(edit: (m: Json) => void, shape = expectShape): FaroError {
	const value = JSON.parse(json) as Json;
	edit(value);
	try {
		validateGbdtArtifacts(value, shape, 'model');
	} catch (err) {
		expect(err).toBeInstanceOf(FaroError);
		expect((err as FaroError).code).toBe('bundle-invalid');
		return err as FaroError;
	}
	throw new Error('the damaged model passed validation');
}

/** First split node of tree t with a leaf as left child, and first leaf. */
const firstSplit = (m: Json, t: number) => (m.trees[t].left as number[]).findIndex((l) => l !== -1);
const firstLeaf = (m: Json, t: number) => (m.trees[t].left as number[]).indexOf(-1);

describe('validateGbdtArtifacts', () => {
	it('accepts a trained model, also after a JSON round trip, and scores it identically', () => {
		const parsed = validateGbdtArtifacts(JSON.parse(json), expectShape);
		expect(parsed).toEqual(model);
		expect(predictGbdt(parsed, german.test.x)).toEqual(predictGbdt(model, german.test.x));
		expect(
			validateGbdtArtifacts(JSON.parse(JSON.stringify(multi)), { featureCount: 11, classCount: 4 })
		).toEqual(multi);
	});

	const cases: [string, (m: Json) => void, string][] = [
		['trees that are not a list', (m) => (m.trees = 'x'), 'model.trees'],
		['another format', (m) => (m.format = 'faro-mlp'), 'model.format'],
		['an older or missing version', (m) => delete m.version, 'model.version'],
		['more classes than labels', (m) => (m.classCount = 3), 'model.classCount'],
		['more features than the recipe makes', (m) => (m.featureCount = 27), 'model.featureCount'],
		['outputs that do not fit the classes', (m) => (m.outputs = 2), 'model.outputs'],
		['a baseline of the wrong length', (m) => m.baseline.push(0), 'model.baseline'],
		[
			'a baseline that is not a number (NaN in JSON)',
			(m) => (m.baseline[0] = null),
			'model.baseline[0]'
		],
		['a tree that is not an object', (m) => (m.trees[2] = null), 'model.trees[2]'],
		[
			'node arrays of different lengths',
			(m) => m.trees[1].threshold.pop(),
			'model.trees[1].threshold'
		],
		[
			'a child index past the end',
			(m) => (m.trees[3].left[firstSplit(m, 3)] = 10_000),
			'model.trees[3].left[0]'
		],
		[
			'a child pointing back to its parent (a cycle)',
			(m) => (m.trees[4].right[0] = 0),
			'model.trees[4].right[0]'
		],
		[
			'a node reached twice',
			(m) => (m.trees[5].right[0] = m.trees[5].left[0]),
			'model.trees[5].right[0]'
		],
		[
			'a leaf with one child',
			(m) => (m.trees[6].right[firstLeaf(m, 6)] = firstLeaf(m, 6) + 1),
			'model.trees[6].right[LEAF]'
		],
		[
			'a split on a feature that does not exist',
			(m) => (m.trees[7].feature[0] = 24),
			'model.trees[7].feature[0]'
		],
		[
			'a threshold that is not a number',
			(m) => (m.trees[8].threshold[0] = 'high'),
			'model.trees[8].threshold[0]'
		],
		[
			'a leaf value that is not finite (null in JSON)',
			(m) => (m.trees[9].value[firstLeaf(m, 9)] = null),
			'model.trees[9].value[LEAF]'
		],
		[
			'a missing-value direction other than 0 or 1',
			(m) => (m.trees[10].missingLeft[0] = 2),
			'model.trees[10].missingLeft[0]'
		],
		[
			'an empty tree',
			(m) =>
				(m.trees[11] = {
					feature: [],
					threshold: [],
					missingLeft: [],
					left: [],
					right: [],
					value: []
				}),
			'model.trees[11].left'
		]
	];

	it.each(cases)('refuses %s, naming the field', (_what, edit, where) => {
		const leaf = (t: number) => (JSON.parse(json) as Json).trees[t].left.indexOf(-1);
		const expected = where.replace(
			'LEAF',
			String(leaf(Number(/trees\[(\d+)\]/.exec(where)?.[1] ?? 0)))
		);
		const err = errorAfter(edit);
		expect(err.detail.where).toBe(expected);
		expect(err.message).toContain(`"${expected}"`);
		expect(err.detail.hint).toBeTruthy();
	});

	it('refuses a model from a newer Faro with its own message, and a tree count that is not per class', () => {
		const newer = errorAfter((m) => (m.version = 2));
		expect(newer.message).toMatch(/newer Faro/);
		const value = JSON.parse(JSON.stringify(multi)) as Json;
		value.trees.pop();
		expect(() => validateGbdtArtifacts(value, { featureCount: 11, classCount: 4 })).toThrow(
			/multiple of 4 trees/
		);
		expect(() => validateGbdtArtifacts('model', expectShape)).toThrow(FaroError);
	});
});

describe('predictGbdt', () => {
	it('scores rows 8 at a time exactly as one at a time, missing values and the last partial group included', () => {
		const x = german.test.x; // 250 rows, NaNs in three columns
		const all = predictGbdt(model, x);
		const missingRows = new Set<number>();
		for (let r = 0; r < x.rowCount; r++) {
			const row = x.dense.subarray(r * x.denseWidth, (r + 1) * x.denseWidth);
			if (row.some(Number.isNaN)) missingRows.add(r);
			const one = predictGbdt(model, { ...x, rowCount: 1, dense: row.slice() });
			expect(all[2 * r + 1]).toBe(one[1]);
		}
		expect(missingRows.size).toBeGreaterThan(10);
		expect(missingRows.size).toBeLessThan(x.rowCount - 50);
	});

	it('scores a sparse matrix as the same values dense, for every class', () => {
		const rng = createRng(9);
		const rows = 40;
		const dense = Float32Array.from({ length: rows * 11 }, () =>
			rng.next() < 0.6 ? 0 : rng.next() * 4 - 2
		);
		const indices: number[] = [];
		const values: number[] = [];
		const rowPtr = [0];
		for (let r = 0; r < rows; r++) {
			for (let j = 0; j < 11; j++) {
				if (dense[r * 11 + j] === 0) continue;
				indices.push(j);
				values.push(dense[r * 11 + j]);
			}
			rowPtr.push(indices.length);
		}
		const sparse: FeatureMatrix = {
			rowCount: rows,
			dense: new Float32Array(0),
			denseWidth: 0,
			sparse: {
				rowPtr: Int32Array.from(rowPtr),
				indices: Int32Array.from(indices),
				values: Float32Array.from(values),
				width: 11
			},
			names: []
		};
		const a = predictGbdt(multi, matrix(dense, rows, 11));
		expect(predictGbdt(multi, sparse)).toEqual(a);
		for (let r = 0; r < rows; r++)
			expect(a[4 * r] + a[4 * r + 1] + a[4 * r + 2] + a[4 * r + 3]).toBeCloseTo(1, 6);
	});

	it('refuses a matrix with other features than the model reads', () => {
		expect(() => predictGbdt(model, matrix(new Float32Array(10), 2, 5))).toThrow(
			/reads 24 features but got 5/
		);
	});

	it('counts each feature’s splits', () => {
		const counts = featureSplitCounts(model);
		const splits = model.trees.reduce((s, t) => s + t.left.filter((l) => l !== -1).length, 0);
		expect(counts.length).toBe(24);
		expect(counts.reduce((s, c) => s + c, 0)).toBe(splits);
	});
});
