/**
 * The Predict screen's labels: the English the worker and src/lib write is shown unchanged in English and in
 * the reader's language otherwise (reasons, cells, the model in words, drift messages, bin labels).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleSource } from '$lib/i18n';
import { NO_REFERENCE_MESSAGE } from '$lib/explain/drift';
import {
	binLabels,
	cellLabel,
	driftMessageLabel,
	formatPsi,
	formatShare,
	methodLabel,
	modelLabel,
	reasonLabel,
	sourceLabel
} from '../../../src/ui/predict/labels';

const bins = (...labels: string[]) =>
	labels.map((label) => ({ label, expected: 0.5, actual: 0.5 }));

const ENGLISH = {
	reasons: [
		{ column: 'Credit amount', text: 'Credit amount 8,000 (top 10 %) makes “bad” more likely' },
		{ column: 'Sex', text: 'Sex = male (69 % of training rows) makes “bad” less likely' },
		{ column: 'Purpose', text: 'Purpose missing points to “car”' },
		{ column: 'Job', text: 'Job = chef (not seen in training) makes “bad” more likely' }
	],
	models: [
		'Logistic regression',
		'Gradient-boosted trees, 120 trees',
		'Blend of 3 models',
		'MLP 64-32'
	],
	method: 'Shapley values against a typical training row, sampled over 16 column orders'
};

afterEach(() => useLocaleSource(() => 'en'));

describe('in English', () => {
	it('shows what the worker wrote exactly', () => {
		for (const r of ENGLISH.reasons) expect(reasonLabel(r, 'bad')).toBe(r.text);
		for (const words of ENGLISH.models) expect(modelLabel(words)).toBe(words);
		expect(methodLabel(ENGLISH.method)).toBe(ENGLISH.method);
		expect(sourceLabel('run “gbdt 1”')).toBe('run “gbdt 1”');
		expect(driftMessageLabel(NO_REFERENCE_MESSAGE)).toBe(NO_REFERENCE_MESSAGE);
		expect(binLabels(bins('≤ 1,262', '1,262 – 3,000', '> 3,000', 'missing'))).toEqual([
			'≤ 1,262',
			'1,262 – 3,000',
			'> 3,000',
			'missing'
		]);
	});
	it('writes PSIs and shares as before', () => {
		expect([0.1234, 0.004, 12.34, 0].map(formatPsi)).toEqual(['0.123', '0.0040', '12.3', '0.000']);
		expect(formatShare(0.456)).toBe('46%');
	});
});

describe('in Spanish', () => {
	it('translates reasons, with numbers in Spanish and data as it is', () => {
		useLocaleSource(() => 'es');
		const [amount, sex, purpose, job] = ENGLISH.reasons;
		expect(reasonLabel(amount, 'bad')).toBe(
			'Credit amount 8000 (10 % superior) hace más probable «bad»'
		);
		expect(reasonLabel(sex, 'bad')).toBe(
			'Sex = male (69 % de las filas de entrenamiento) hace menos probable «bad»'
		);
		expect(reasonLabel(purpose, 'car')).toBe('Purpose sin valor apunta a «car»');
		expect(reasonLabel(job, 'bad')).toBe(
			'Job = chef (no visto en el entrenamiento) hace más probable «bad»'
		);
		expect(cellLabel('Age 23.5', 'Age')).toBe('Age 23,5');
		expect(cellLabel('Note “hola”', 'Note')).toBe('Note «hola»');
		// a level holding " (" stays whole
		expect(cellLabel('Purpose = car (new) (12 % of training rows)', 'Purpose')).toBe(
			'Purpose = car (new) (12 % de las filas de entrenamiento)'
		);
		// a string from elsewhere stays as it is
		expect(reasonLabel({ column: 'x', text: 'something else' }, 'bad')).toBe('something else');
	});
	it('translates the model, its source and its method', () => {
		useLocaleSource(() => 'es');
		expect(ENGLISH.models.map(modelLabel)).toEqual([
			'Regresión logística',
			'Árboles potenciados por gradiente, 120 árboles',
			'Combinación de 3 modelos',
			'MLP 64-32'
		]);
		expect(sourceLabel('run “gbdt 1”')).toBe('la ejecución «gbdt 1»');
		expect(sourceLabel('model.json')).toBe('model.json');
		expect(methodLabel(ENGLISH.method)).toBe(
			'valores de Shapley frente a una fila típica de entrenamiento, muestreados sobre 16 órdenes de columnas'
		);
		expect(formatPsi(0.1234)).toBe('0,123');
	});
	it('translates drift messages and the words of bin labels, not the levels', () => {
		useLocaleSource(() => 'es');
		expect(
			driftMessageLabel('"Age" has no training profile, so its stability is not checked.')
		).toBe('«Age» no tiene perfil de entrenamiento, así que no se comprueba su estabilidad.');
		expect(binLabels(bins('≤ 1,262', '1,262 – 3,000', '> 0.1406', 'missing'))).toEqual([
			'≤ 1262',
			'1262 – 3000',
			'> 0,1406',
			'faltante'
		]);
		expect(binLabels(bins('1.5', 'missing value', 'other', 'missing'))).toEqual([
			'1.5',
			'missing value',
			'otro',
			'faltante'
		]);
		expect(binLabels(bins('present', 'missing'))).toEqual(['presente', 'faltante']);
		expect(binLabels(bins('2023-01-01 – 2023-02-01', 'missing'))[0]).toBe(
			'2023-01-01 – 2023-02-01'
		);
		expect(binLabels(bins('bad', 'good'))).toEqual(['bad', 'good']);
	});
});
