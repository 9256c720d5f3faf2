/**
 * Errors thrown by runs, models and the LLM describer carry catalogue Texts: `.message` stays the English text
 * (logs, the CLI, stored runs, the tests elsewhere), and `localizeError` gives the reader's language, also
 * after the error crossed a worker as plain data.
 */
import { describe, expect, it } from 'vitest';
import type { Table } from '$lib/data';
import { classifyEngineError } from '$lib/llm';
import { defaultModelSpec, validateModelSpec, type ModelSpec } from '$lib/models';
import { validateGbdtArtifacts } from '$lib/models/gbdt';
import { type TrainSettings } from '$lib/runs';
import { splitRows } from '$lib/training';
import { parseRunsExport } from '$lib/runs/export';
import { stratifiedFolds } from '$lib/search/folds';
import { FaroError } from '$lib/shared/errors';
import { createRng } from '$lib/shared/rng';

import { expectTexts, thrown } from './expect-texts';

describe('run and model errors in English and Spanish', () => {
	it('invalid model settings, through the real validator', async () => {
		const spec: ModelSpec = { ...defaultModelSpec('mlp', 1000), dropout: 2 };
		const error = await thrown(() => validateModelSpec(spec));
		expect(error.code).toBe('settings-invalid');
		expectTexts(
			error,
			{
				message: 'The model setting "dropout" must be a number from 0 to 0.95.',
				where: 'model.dropout = 2',
				hint: 'Fix the value in the model settings, or reset them to the defaults.'
			},
			{
				message: 'El ajuste del modelo «dropout» debe ser un número de 0 a 0,95.',
				where: 'model.dropout = 2',
				hint: 'Corrige el valor en los ajustes del modelo, o restablece los valores predeterminados.'
			}
		);
	});

	it("a runs file that is not Faro's, and a run missing a field, through the real importer", async () => {
		const notRuns = await thrown(() => parseRunsExport('{"format":"faro-model"}', 'x.json'));
		expect(notRuns.code).toBe('runs-import-invalid');
		expectTexts(
			notRuns,
			{
				message: 'x.json is not a Faro runs export ("format" is not "faro-runs").',
				where: 'x.json',
				hint: 'A model file (.faro-model.json) is loaded on the Predict screen instead.'
			},
			{
				message:
					'x.json no es una exportación de ejecuciones de Faro («format» no es «faro-runs»).',
				where: 'x.json',
				hint: 'Los archivos de modelo (.faro-model.json) se cargan en la pantalla Predecir.'
			}
		);
		const noId = await thrown(() =>
			parseRunsExport('{"format":"faro-runs","version":1,"runs":[{}]}', 'x.json')
		);
		expectTexts(
			noId,
			{
				message: 'Run x.json, run 1 has no "id".',
				where: 'x.json, run 1.id',
				hint: 'Export the runs again from Faro (Runs → Export selected).'
			},
			{
				message: 'La ejecución 1 de x.json no tiene «id».',
				where: 'x.json, ejecución 1.id',
				hint: 'Vuelve a exportar las ejecuciones desde Faro (Ejecuciones → Exportar seleccionadas).'
			}
		);
	});

	it('a test-rows value that no row has, through the real split', async () => {
		const table: Table = {
			rowCount: 6,
			columns: [
				{ name: 'y', storage: 'text', values: ['p', 'q', 'p', 'q', 'p', 'q'] },
				{ name: 'fold', storage: 'text', values: ['a', 'a', 'a', 'a', 'b', 'b'] }
			]
		};
		const settings = {
			target: 'y',
			columns: [
				{ name: 'y', kind: 'categorical', role: 'target' },
				{ name: 'fold', kind: 'categorical', role: 'ignore' }
			],
			recipe: { columns: [] },
			seed: 7,
			split: { train: 0.7, validation: 0.15, test: 0.15, testColumn: { name: 'fold', value: 'A' } }
		} as unknown as TrainSettings;
		const error = await thrown(() => splitRows(table, settings));
		expect(error.code).toBe('settings-invalid');
		expectTexts(
			error,
			{
				message: 'No row has "fold" = "A", so there would be no test rows.',
				where: 'test rows: "fold" = "A"',
				hint: 'Values must match exactly (case matters). "fold" has: "a", "b".'
			},
			{
				message: 'Ninguna fila tiene «fold» = «A», así que no habría filas de prueba.',
				where: 'filas de prueba: «fold» = «A»',
				hint: 'Los valores deben coincidir exactamente (se distinguen mayúsculas y minúsculas). «fold» tiene: "a", "b".'
			}
		);
	});

	it('a class too small for k-fold cross-validation', async () => {
		const y = Int32Array.from([0, 0, 0, 0, 1, 1]);
		const error = await thrown(() => stratifiedFolds(y, 2, 3, createRng(1), ['good', 'bad']));
		expect(error.code).toBe('class-too-small');
		expectTexts(
			error,
			{
				message:
					'The class "bad" has 2 rows outside the test part; 3-fold cross-validation needs at least 3.',
				where: 'target class "bad"',
				hint: 'Use fewer folds, or add rows of this class.'
			},
			{
				message:
					'La clase «bad» tiene 2 filas fuera de la parte de prueba; la validación cruzada de 3 pliegues necesita al menos 3.',
				where: 'clase «bad» del objetivo',
				hint: 'Usa menos pliegues o añade filas de esta clase.'
			}
		);
	});

	it('a damaged tree model', async () => {
		const error = await thrown(() =>
			validateGbdtArtifacts({ format: 'nope' }, { featureCount: 1, classCount: 2 })
		);
		expect(error.code).toBe('bundle-invalid');
		expectTexts(
			error,
			{
				message: 'This Faro model is damaged: "model.format" must be "faro-gbdt" (found "nope").',
				where: 'model.format',
				hint: 'Download the model again from its run in Faro, or choose another file.'
			},
			{
				message:
					'Este modelo de Faro está dañado: «model.format» debe ser «faro-gbdt» (hay "nope").',
				where: 'model.format',
				hint: 'Vuelve a descargar el modelo desde su ejecución en Faro, o elige otro archivo.'
			}
		);
	});

	it('the LLM files unreachable (what web-llm throws, classified)', async () => {
		const model = 'SmolLM2-360M-Instruct-q4f16_1-MLC';
		const error = classifyEngineError('TypeError: Failed to fetch', model);
		expect(error?.code).toBe('llm-unreachable');
		expectTexts(
			error as FaroError,
			{
				message: `The files of ${model} could not be downloaded: the model host did not answer.`,
				where: undefined,
				hint: 'Check the connection and Retry (files already downloaded are kept); or use the template describer, which works offline.'
			},
			{
				message: `No se pudieron descargar los archivos de ${model}: el servidor del modelo no respondió.`,
				where: undefined,
				hint: 'Comprueba la conexión y pulsa Reintentar (los archivos ya descargados se conservan); o usa el descriptor de plantilla, que funciona sin conexión.'
			}
		);
	});
});
