import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { ColumnKind, Table } from '$lib/data';
import { defaultTrainSettings } from '$lib/runs';
import { trainRun } from '$lib/training';
import { createRng } from '$lib/shared/rng';

beforeAll(async () => {
	await tf.setBackend('cpu');
});

/** 120 distinct notes; class A's mention "zebra". */
function notes(): Table {
	const rng = createRng(5);
	const words = ['river', 'stone', 'cloud', 'lamp', 'green', 'window', 'music', 'paper'];
	const texts = Array.from({ length: 120 }, (_, i) => {
		const picked = Array.from({ length: 4 }, () => words[rng.int(words.length)]);
		return `${i % 2 === 0 ? 'zebra ' : ''}${picked.join(' ')} number ${i}`;
	});
	return {
		rowCount: texts.length,
		columns: [
			{ name: 'note', storage: 'text', values: texts },
			{
				name: 'label',
				storage: 'category',
				codes: Int32Array.from(texts, (_, i) => i % 2),
				levels: ['A', 'B']
			}
		]
	};
}

const settingsAs = (kind: ColumnKind, table: Table) => {
	const settings = defaultTrainSettings(
		{
			target: 'label',
			columns: [
				{ name: 'note', kind, role: 'feature' },
				{ name: 'label', kind: 'categorical', role: 'target' }
			]
		},
		table.rowCount,
		'logistic'
	);
	settings.model = { ...settings.model, maxEpochs: 5 };
	return settings;
};

describe('a text column switched between text and categorical', () => {
	it('as text: sparse TF-IDF features, text-tuned defaults, and term weights', async () => {
		const table = notes();
		const settings = settingsAs('text', table);
		expect(settings.recipe.text.maxFeatures).toBe(5000);
		expect(settings.model.l2).toBe(1e-4);
		const result = await trainRun(table, settings);
		expect(result.recipe.text.map((s) => s.column)).toEqual(['note']);
		expect(result.recipe.denseWidth).toBe(0);
		expect(result.termWeights?.map((c) => c.label)).toEqual(['A', 'B']);
		expect(result.termWeights?.[0].terms[0].term).toBe('zebra');
	});

	it('as categorical: a one-hot of the 20 commonest levels plus "other", tabular defaults, no term weights', async () => {
		const table = notes();
		const settings = settingsAs('categorical', table);
		expect(settings.model.l2).toBe(1e-2);
		const result = await trainRun(table, settings);
		expect(result.recipe.text).toEqual([]);
		expect(result.featureCount).toBe(21);
		expect(result.recipe.names.every((n) => n.startsWith('note='))).toBe(true);
		expect(result.termWeights).toBeUndefined();
		expect(result.metrics.rows).toBe(result.splitSizes.test);
	});
});
