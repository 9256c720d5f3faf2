/**
 * The Predict screen's labels: the Texts the predict worker sends (the model in words, its source, a message
 * with its English) and the screen's own numbers, in English and in Spanish. Reasons, cells and drift bins are
 * worded from data by src/lib/explain/words.ts (tests/unit/explain/words.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { text, useLocaleSource } from '$lib/i18n';
import { blendShares, describeBundleModel } from '$lib/bundle';
import type { ModelArtifacts } from '$lib/models/artifacts';
import { formatPsi, formatShare, messageLabel, textLabel } from '../../../src/ui/predict/labels';

afterEach(() => useLocaleSource(() => 'en'));

const trees = (count: number) =>
	({
		format: 'faro-gbdt',
		trees: Array.from({ length: count }, () => ({}))
	}) as unknown as ModelArtifacts;
const dense = (...units: number[]) =>
	({
		modelTopology: {
			config: { layers: units.map((u) => ({ class_name: 'Dense', config: { units: u } })) }
		}
	}) as unknown as ModelArtifacts;
const blend = {
	format: 'faro-ensemble',
	members: [
		{ description: 'Trees 31 leaves', weight: 0.6, model: trees(3) },
		{ description: ' ', weight: 0.4, model: dense(2) }
	]
} as unknown as ModelArtifacts;
const MODELS = [dense(2), dense(64, 32, 2), trees(120), trees(1), blend];

describe('in English', () => {
	it('shows the worker’s Texts as the English they always were', () => {
		expect(MODELS.map((model) => textLabel(describeBundleModel(model)))).toEqual([
			'Logistic regression',
			'MLP 64-32',
			'Gradient-boosted trees, 120 trees',
			'Gradient-boosted trees, 1 tree',
			'Blend of 2 models'
		]);
		expect(
			blendShares(blend).map((b) => [textLabel(b.description), formatShare(b.weight)])
		).toEqual([
			['Trees 31 leaves', '60%'],
			['Logistic regression', '40%']
		]);
		expect(textLabel(text('predict_source_run', { name: 'gbdt 1' }))).toBe('run “gbdt 1”');
		expect(textLabel(text('predict_source_file', { name: 'model.json' }))).toBe('model.json');
	});
	it('writes PSIs and shares as before', () => {
		expect([0.1234, 0.004, 12.34, 0].map(formatPsi)).toEqual(['0.123', '0.0040', '12.3', '0.000']);
		expect(formatShare(0.456)).toBe('46%');
	});
});

describe('in Spanish', () => {
	it('shows the model, its source and a blend’s members in Spanish, stored descriptions as they are', () => {
		useLocaleSource(() => 'es');
		expect(MODELS.map((model) => textLabel(describeBundleModel(model)))).toEqual([
			'Regresión logística',
			'MLP 64-32',
			'Árboles potenciados por gradiente, 120 árboles',
			'Árboles potenciados por gradiente, 1 árbol',
			'Combinación de 2 modelos'
		]);
		expect(blendShares(blend).map((b) => textLabel(b.description))).toEqual([
			'Trees 31 leaves',
			'Regresión logística'
		]);
		expect(textLabel(text('predict_source_run', { name: 'gbdt 1' }))).toBe('la ejecución «gbdt 1»');
		expect(textLabel(text('predict_source_file', { name: 'model.json' }))).toBe('model.json');
		expect(formatPsi(0.1234)).toBe('0,123');
		expect(formatShare(0.456)).toBe('46\u00a0%');
	});
	it('shows a message by its Text, or its English when it has none', () => {
		useLocaleSource(() => 'es');
		expect(messageLabel({ message: 'x', text: text('err_reasons_no_covers') })).toBe(
			'Este modelo de árboles no lleva los recuentos de nodos que necesitan los motivos por fila.'
		);
		expect(messageLabel({ message: 'something else' })).toBe('something else');
	});
});
