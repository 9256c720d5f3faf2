import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseBackend } from '$lib/models';
import { loadBundle, validateBundle } from '$lib/bundle';
import { FaroError } from '$lib/shared/errors';
import cases from '../../fixtures/bundles/cases.json';

const fixture = (name: string) =>
	readFileSync(fileURLToPath(new URL(`../../fixtures/bundles/${name}`, import.meta.url)), 'utf8');

async function loadError(text: string): Promise<FaroError> {
	const error = await loadBundle(text).then(
		() => null,
		(err: unknown) => err
	);
	expect(error).toBeInstanceOf(FaroError);
	return error as FaroError;
}

describe('loadBundle on the broken-bundle corpus (tests/fixtures/bundles/README.md)', () => {
	beforeAll(async () => {
		await chooseBackend('cpu');
	});

	it('loads the valid bundle the corpus is made from', async () => {
		const loaded = await loadBundle(fixture('valid-small.json'));
		expect(loaded.inputColumns).toEqual([
			{ name: 'Age', kind: 'numeric' },
			{ name: 'Sex', kind: 'categorical' },
			{ name: 'Duration', kind: 'numeric' }
		]);
		loaded.dispose();
	});

	it.each(cases)('$file ($what) → bundle-invalid at $where', async ({ file, where, message }) => {
		const error = await loadError(fixture(file));
		expect(error.code).toBe('bundle-invalid');
		expect(error.message).toContain(message);
		expect(error.detail.where).toBe(where);
		expect(error.detail.hint).toBeTruthy();
	});

	it('gives the line and column of a JSON syntax error in the middle of the file', async () => {
		const error = await loadError('{\n  "format": "faro-model",\n  "version": nope\n}');
		expect(error.code).toBe('bundle-invalid');
		expect(error.message).toBe(
			'This file is not a Faro model: it is not valid JSON (line 3, column 15).'
		);
	});
});

describe('validateBundle', () => {
	const valid = () => JSON.parse(fixture('valid-small.json'));
	const errorOf = (value: unknown): FaroError => {
		try {
			validateBundle(value);
		} catch (err) {
			expect(err).toBeInstanceOf(FaroError);
			return err as FaroError;
		}
		throw new Error('validateBundle accepted the value');
	};

	it('returns the bundle unchanged when it is valid', () => {
		const bundle = valid();
		expect(validateBundle(bundle)).toBe(bundle);
	});

	it.each([null, 42, 'faro-model', true])('refuses the JSON value %j', (value) => {
		const error = errorOf(value);
		expect(error.code).toBe('bundle-invalid');
		expect(error.message).toMatch(/^This file is not a Faro model: it holds .+, not an object\.$/);
	});

	it('names each missing top-level field', () => {
		for (const key of [
			'format',
			'version',
			'createdAt',
			'runId',
			'target',
			'labels',
			'inputSchema',
			'model',
			'metrics',
			'training',
			'dataset'
		]) {
			const bundle = valid();
			delete bundle[key];
			const error = errorOf(bundle);
			expect(error.detail.where).toBe(key);
			expect(error.message).toContain(`"${key}" is missing`);
		}
	});

	it('names nested fields by their path', () => {
		const bundle = valid();
		delete bundle.model.weightSpecs[1].dtype;
		expect(errorOf(bundle).detail.where).toBe('model.weightSpecs[1].dtype');
		const other = valid();
		other.dataset.rows = -1;
		expect(errorOf(other).message).toBe(
			'This Faro model is damaged: "dataset.rows" must be a whole number of at least 0 (found -1).'
		);
	});

	it('refuses a threshold outside [0, 1] and a threshold without a positive label', () => {
		const outside = valid();
		outside.threshold = 1.5;
		expect(errorOf(outside).detail.where).toBe('threshold');
		const noPositive = valid();
		delete noPositive.positiveLabel;
		expect(errorOf(noPositive).detail.where).toBe('positiveLabel');
	});

	it('refuses repeated labels and repeated input columns', () => {
		const labels = valid();
		labels.labels = ['good', 'good'];
		expect(errorOf(labels).message).toContain('"good" is repeated');
		const schema = valid();
		schema.inputSchema.push({ ...schema.inputSchema[0] });
		expect(errorOf(schema).detail.where).toBe('inputSchema[3].name');
	});

	it('refuses an input schema whose kind differs from the recipe', () => {
		const bundle = valid();
		bundle.inputSchema[0].kind = 'text';
		expect(errorOf(bundle).message).toContain('"numeric", as the recipe reads it (found "text")');
	});

	it('refuses a model whose input width differs from the recipe features', () => {
		const bundle = valid();
		bundle.recipe.dense.pop(); // Duration: 1 feature less
		bundle.recipe.denseWidth = 3;
		bundle.recipe.names.pop();
		bundle.recipe.inputs.pop();
		expect(errorOf(bundle).detail.where).toBe(
			'model.modelTopology.config.layers[0].config.batch_input_shape'
		);
	});

	it('refuses a model whose output is not softmax, and quantized weights', () => {
		const sigmoid = valid();
		sigmoid.model.modelTopology.config.layers[0].config.activation = 'sigmoid';
		expect(errorOf(sigmoid).message).toContain('"softmax" on the output layer (found "sigmoid")');
		const quantized = valid();
		quantized.model.weightSpecs[0].quantization = { dtype: 'uint8', scale: 1, min: 0 };
		expect(errorOf(quantized).detail.where).toBe('model.weightSpecs[0].quantization');
	});

	it('refuses a functional model that is not a plain chain', () => {
		const bundle = valid();
		const [dense] = bundle.model.modelTopology.config.layers;
		bundle.model.modelTopology = {
			class_name: 'Model',
			config: {
				name: 'm',
				layers: [
					{
						name: 'in',
						class_name: 'InputLayer',
						config: { name: 'in', batch_input_shape: [null, 5] },
						inbound_nodes: []
					},
					{
						...dense,
						name: dense.config.name,
						config: { ...dense.config, batch_input_shape: undefined },
						inbound_nodes: [[['elsewhere', 0, 0, {}]]]
					}
				],
				input_layers: [['in', 0, 0]],
				output_layers: [[dense.config.name, 0, 0]]
			}
		};
		expect(errorOf(bundle).detail.where).toBe('model.modelTopology.config.layers[1].inbound_nodes');
	});
});
