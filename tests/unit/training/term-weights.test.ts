import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { Table } from '$lib/data';
import { applyRecipe, defaultRecipeSpec, fitRecipe, type RecipeColumn } from '$lib/features';
import { buildModel, defaultModelSpec } from '$lib/models';
import { defaultTrainSettings } from '$lib/runs';
import { computeTermWeights, trainRun } from '$lib/training';
import { createRng } from '$lib/shared/rng';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

const columns: RecipeColumn[] = [
	{ name: 'n', kind: 'numeric', role: 'feature' },
	{ name: 'note', kind: 'text', role: 'feature' }
];

/** Words only (no pairs), so the vocabulary of `smallTable` is ["apple", "banana", "cherry", "plum"]. */
function unigramRecipe(table: Table, recipeColumns = columns) {
	const spec = defaultRecipeSpec(recipeColumns);
	spec.text = { ...spec.text, ngramRange: [1, 1] };
	return fitRecipe(spec, table);
}

/** Four rows of a numeric and a text column. */
function smallTable(): Table {
	return {
		rowCount: 4,
		columns: [
			{ name: 'n', storage: 'number', values: Float64Array.from([1, 2, 3, 4]) },
			{
				name: 'note',
				storage: 'text',
				values: ['apple plum', 'banana', 'cherry apple', 'plum banana']
			}
		]
	};
}

describe('computeTermWeights for logistic regression', () => {
	it('gives the text rows of the kernel, centred across classes, positive ones largest first', async () => {
		const table = smallTable();
		const recipe = unigramRecipe(table);
		const x = applyRecipe(recipe, table);
		expect(recipe.text[0].tfidf.terms).toEqual(['apple', 'banana', 'cherry', 'plum']);
		const { model } = buildModel(defaultModelSpec('logistic', 4), 5, 3, createRng(1));
		// Kernel rows: n, apple, banana, cherry, plum (× 3 classes).
		const kernel = [9, -9, 0, 3, 0, 0, 0, 3, 0, 1, 1, 1, 0, 0, -3];
		model.setWeights([tf.tensor2d(kernel, [5, 3]), tf.tensor1d([5, -5, 0])]);
		const weights = await computeTermWeights(model, recipe, x, Int32Array.from([0, 1, 2, 0]), [
			'A',
			'B',
			'C'
		]);
		// Centred: apple [2, −1, −1], banana [−1, 2, −1], cherry [0, 0, 0], plum [1, 1, −2]; n is not a term.
		expect(weights).toEqual([
			{
				label: 'A',
				terms: [
					{ term: 'apple', weight: 2 },
					{ term: 'plum', weight: 1 }
				]
			},
			{
				label: 'B',
				terms: [
					{ term: 'banana', weight: 2 },
					{ term: 'plum', weight: 1 }
				]
			},
			{ label: 'C', terms: [] }
		]);
		const top1 = await computeTermWeights(
			model,
			recipe,
			x,
			Int32Array.from([0, 1, 2, 0]),
			['A', 'B', 'C'],
			{
				top: 1
			}
		);
		expect(top1?.map((c) => c.terms.map((t) => t.term))).toEqual([['apple'], ['banana'], []]);
		model.dispose();
	});

	it('is undefined without text features', async () => {
		const table = smallTable();
		const recipe = unigramRecipe(table, [columns[0]]);
		const { model } = buildModel(defaultModelSpec('logistic', 4), 1, 2, createRng(1));
		const x = applyRecipe(recipe, table);
		expect(
			await computeTermWeights(model, recipe, x, Int32Array.from([0, 1, 0, 1]), ['a', 'b'])
		).toBeUndefined();
		model.dispose();
	});
});

describe('computeTermWeights for an MLP (gradient × input)', () => {
	it('matches central finite differences of the own-class probability, averaged per class', async () => {
		const table = smallTable();
		const recipe = unigramRecipe(table);
		const x = applyRecipe(recipe, table);
		const y = Int32Array.from([0, 1, 1, 0]);
		const spec = {
			...defaultModelSpec('mlp', 4),
			hiddenUnits: [6],
			activation: 'tanh' as const,
			dropout: 0
		};
		const { model } = buildModel(spec, 5, 2, createRng(3));
		const weights = await computeTermWeights(model, recipe, x, y, ['A', 'B'], {
			top: 4,
			batchSize: 3
		});
		// Finite differences on each present term of each row, in float32 (h = 1e-2).
		const h = 1e-2;
		const expected = [new Map<string, number>(), new Map<string, number>()];
		const probability = (row: number[], c: number) =>
			tf.tidy(() => (model.predict(tf.tensor2d(row, [1, 5])) as tf.Tensor).dataSync()[c]);
		const sparse = x.sparse as NonNullable<typeof x.sparse>;
		for (let i = 0; i < 4; i++) {
			const row = [x.dense[i], 0, 0, 0, 0];
			for (let k = sparse.rowPtr[i]; k < sparse.rowPtr[i + 1]; k++)
				row[1 + sparse.indices[k]] = sparse.values[k];
			for (let k = sparse.rowPtr[i]; k < sparse.rowPtr[i + 1]; k++) {
				const j = sparse.indices[k];
				const up = row.slice();
				const down = row.slice();
				up[1 + j] += h;
				down[1 + j] -= h;
				const slope = (probability(up, y[i]) - probability(down, y[i])) / (2 * h);
				const term = recipe.text[0].tfidf.terms[j];
				expected[y[i]].set(term, (expected[y[i]].get(term) ?? 0) + (slope * sparse.values[k]) / 2);
			}
		}
		for (const [c, perClass] of (weights ?? []).entries()) {
			expect(perClass.terms.length).toBeGreaterThan(0);
			for (const { term, weight } of perClass.terms) {
				expect(weight, `${perClass.label} ${term}`).toBeCloseTo(expected[c].get(term) ?? NaN, 3);
			}
			const positives = [...expected[c].values()].filter((v) => v > 1e-3).length;
			expect(perClass.terms.length).toBeGreaterThanOrEqual(positives);
		}
		model.dispose();
	});

	it('puts the word that means class A on top of A, and not in B, after training', async () => {
		const rng = createRng(11);
		const filler = [
			'river',
			'stone',
			'cloud',
			'lamp',
			'green',
			'window',
			'music',
			'paper',
			'garden',
			'table'
		];
		const texts: string[] = [];
		const labels: number[] = [];
		for (let i = 0; i < 240; i++) {
			const words = Array.from({ length: 4 }, () => filler[Math.floor(rng.next() * filler.length)]);
			const isA = i % 2 === 0;
			if (isA) words.splice(Math.floor(rng.next() * 4), 0, 'zebra');
			texts.push(words.join(' '));
			labels.push(isA ? 0 : 1);
		}
		const table: Table = {
			rowCount: texts.length,
			columns: [
				{ name: 'note', storage: 'text', values: texts },
				{ name: 'label', storage: 'category', codes: Int32Array.from(labels), levels: ['A', 'B'] }
			]
		};
		const settings = defaultTrainSettings(
			{
				target: 'label',
				columns: [
					{ name: 'note', kind: 'text', role: 'feature' },
					{ name: 'label', kind: 'categorical', role: 'target' }
				]
			},
			table.rowCount,
			'mlp'
		);
		settings.model = { ...settings.model, maxEpochs: 15 };
		const result = await trainRun(table, settings);
		const [a, b] = result.termWeights ?? [];
		expect(a.label).toBe('A');
		expect(a.terms[0].term).toBe('zebra');
		expect(a.terms[0].weight).toBeGreaterThan(0);
		expect(b.terms.map((t) => t.term)).not.toContain('zebra');
		expect(b.terms.every((t) => t.weight > 0)).toBe(true);
	});
});
