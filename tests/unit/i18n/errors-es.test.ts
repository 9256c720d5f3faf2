/**
 * Errors from reading CSV files, opening model bundles, encoding targets, balancing and evaluating carry
 * catalogue Texts: `.message` (and `detail.where` / `detail.hint`) stay the English text that logs, the CLI,
 * stored runs and the other tests read, and `localizeError` gives the reader's language, also after the error
 * crossed a worker as plain data.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv, rowsToTable } from '$lib/data';
import { validateBundle, loadBundle } from '$lib/bundle';
import { encodeTarget } from '$lib/features/target';
import { targetCounts } from '$lib/balance/strategy';
import { assertScores } from '$lib/eval/validate';

import { expectTexts, thrown } from './expect-texts';

const csv = (text: string) => new Blob([text]);

describe('errors in English and Spanish', () => {
	it('an empty CSV file', async () => {
		const error = await thrown(() => parseCsv(csv(''), { fileName: 'vacío.csv' }));
		expect(error.code).toBe('csv-empty');
		expectTexts(
			error,
			{
				message: '"vacío.csv" is empty.',
				where: 'vacío.csv',
				hint: 'Choose a CSV file with a header line and at least one row of data.'
			},
			{
				message: '«vacío.csv» está vacío.',
				where: 'vacío.csv',
				hint: 'Elige un archivo CSV con una línea de encabezado y al menos una fila de datos.'
			}
		);
	});

	it('a CSV file with rows of the wrong width (the other rows and their lines, the delimiter)', async () => {
		const error = await thrown(() =>
			parseCsv(csv('a;b;c\n1;2;3\n1;2\n4;5;6\n7\n8;9\n'), { fileName: 'g.csv' })
		);
		expect(error.code).toBe('csv-ragged');
		expectTexts(
			error,
			{
				message:
					'Row 2 of "g.csv" has 2 fields but the header has 3. 2 more rows have the wrong number of fields (lines 5, 6).',
				where: 'g.csv, line 3',
				hint: 'Look for an unquoted semicolon inside a value, or choose to skip or pad the 3 uneven rows.'
			},
			{
				message:
					'La fila 2 de «g.csv» tiene 2 campos, pero el encabezado tiene 3. Otras 2 filas tienen un número de campos incorrecto (líneas 5, 6).',
				where: 'g.csv, línea 3',
				hint: 'Busca un punto y coma sin entrecomillar dentro de un valor, o elige omitir o rellenar las 3 filas irregulares.'
			}
		);
	});

	it('a model file that is not valid JSON, and one with a damaged field', async () => {
		const notJson = await thrown(() => loadBundle('{\n  "format": "faro-model",\n  oops'));
		expectTexts(
			notJson,
			{
				message: 'This file is not a Faro model: it is not valid JSON (line 3, column 3).',
				where: 'line 3, column 3 (character 30)',
				hint: 'Choose the .json file Faro downloads from a run; a file cut short by an interrupted download fails here.'
			},
			{
				message: 'Este archivo no es un modelo de Faro: no es JSON válido (línea 3, columna 3).',
				where: 'línea 3, columna 3 (carácter 30)',
				hint: 'Elige el archivo .json que Faro descarga desde una ejecución; un archivo cortado por una descarga interrumpida falla aquí.'
			}
		);
		const damaged = await thrown(() => validateBundle({ format: 'faro-model', version: 1.5 }));
		expectTexts(
			damaged,
			{
				message:
					'This Faro model is damaged: "version" must be a whole number of at least 1 (found 1.5).',
				where: 'version',
				hint: 'Download the model again from its run in Faro, or choose another file.'
			},
			{
				message:
					'Este modelo de Faro está dañado: «version» debe ser un número entero mayor o igual que 1 (se encontró 1.5).',
				where: 'version',
				hint: 'Vuelve a descargar el modelo desde su ejecución en Faro o elige otro archivo.'
			}
		);
	});

	it('a target with a single class', async () => {
		const table = rowsToTable([['yes'], ['yes'], ['']], [{ index: 0, name: 'Approved' }]);
		const error = await thrown(() => encodeTarget(table.columns[0]));
		expect(error.code).toBe('target-single-class');
		expectTexts(
			error,
			{
				message: 'The target "Approved" has one class ("yes").',
				where: 'Approved',
				hint: 'A classifier needs at least two classes: pick another target, or add rows of another class.'
			},
			{
				message: 'El objetivo «Approved» tiene una sola clase («yes»).',
				where: 'Approved',
				hint: 'Un clasificador necesita al menos dos clases: elige otro objetivo o añade filas de otra clase.'
			}
		);
	});

	it('a balance ratio that asks for no new rows', async () => {
		const error = await thrown(() => targetCounts([9, 10], { kind: 'ratio', ratio: 0.5 }, 'over'));
		expectTexts(
			error,
			{
				message: 'A ratio of 0.5 asks for no new rows: the minority already has 9 of 10.',
				where: 'balance ratio',
				hint: 'Raise the ratio, or turn balancing off.'
			},
			{
				message: 'Una razón de 0.5 no pide filas nuevas: la clase minoritaria ya tiene 9 de 10.',
				where: 'razón de equilibrado',
				hint: 'Sube la razón o desactiva el equilibrado.'
			}
		);
	});

	it('scores that are not finite', async () => {
		const error = await thrown(() => assertScores('evaluate', [0.2, NaN], [0, 1]));
		expectTexts(
			error,
			{
				message: 'Row 1 has a non-finite score (NaN).',
				where: 'evaluate',
				hint: 'The model produced NaN or infinite outputs; it probably diverged: lower the learning rate.'
			},
			{
				message: 'La fila 1 tiene una puntuación no finita (NaN).',
				where: 'evaluate',
				hint: 'El modelo produjo salidas NaN o infinitas; probablemente divergió: baja la tasa de aprendizaje.'
			}
		);
	});
});
