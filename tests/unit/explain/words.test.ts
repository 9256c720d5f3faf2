/**
 * What the explanations say, as data worded in a language (src/lib/explain/words.ts): a row's cells and reasons
 * (reasons.ts), drift bins (drift.ts), the method and the model in words. English is exactly the `text` /
 * `label` the predictions file, the CLI and the package carry; Spanish comes from the same data, so a level
 * named "missing" or "other" stays a level, and numbers are written with decimal commas.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rowsToTable, type Table } from '$lib/data';
import { inEnglish, render, useLocaleSource } from '$lib/i18n';
import { createDriftCounter, type Drift, type DriftReport } from '$lib/explain/drift';
import { methodText, type RowExplanations } from '$lib/explain/explain';
import { trainingReference } from '$lib/explain/reference';
import { cellWords, reasonsFor } from '$lib/explain/reasons';
import { binLabel, renderCell, renderReason, type CellWords } from '$lib/explain/words';

afterEach(() => useLocaleSource(() => 'en'));

/** A table of `columns` (name → cells, all of one length). */
const tableOf = (columns: Record<string, string[]>): Table => {
	const names = Object.keys(columns);
	const rows = columns[names[0]].map((_, r) => names.map((n) => columns[n][r]));
	return rowsToTable(
		rows,
		names.map((name, index) => ({ index, name }))
	);
};

// training rows: Housing has levels named "missing" and "other"; Age numbers; Note text
const TRAIN = tableOf({
	Housing: ['own', 'own', 'own', 'own', 'missing', 'missing', 'other', '', 'own', 'own'],
	Age: ['20', '25', '30', '35', '40', '45', '50', '55', '60', '1500.5'],
	Note: ['a', 'b', '', 'c', 'd', 'e', 'f', 'g', 'h', 'i']
});
const INPUTS = [
	{ name: 'Housing', kind: 'categorical' as const },
	{ name: 'Age', kind: 'numeric' as const },
	{ name: 'Note', kind: 'text' as const }
];
const REFERENCE = trainingReference(TRAIN, INPUTS);
const profileOf = (name: string) => REFERENCE.columns.find((c) => c.name === name);

const reportOf = (drift: Drift): DriftReport => {
	if (!drift.available) throw new Error(drift.message);
	return drift.report;
};

/** The words of the cell of `column` in row `row` of `table`. */
const cell = (table: Table, column: string, row = 0): CellWords =>
	cellWords(table, column, row, profileOf(column));

describe('cells and reasons', () => {
	const row = tableOf({
		Housing: ['missing', 'other', '', 'castle'],
		Age: ['23.5', '1500.5', 'NA', '40'],
		Note: ['a rather long note that goes on for more than forty characters', 'hola', '', 'x']
	});

	it('keep a level named "missing" or "other" apart from a missing cell', () => {
		expect(cell(row, 'Housing', 0)).toEqual({
			kind: 'level',
			column: 'Housing',
			value: 'missing',
			share: 0.2
		});
		expect(cell(row, 'Housing', 2)).toEqual({ kind: 'missing', column: 'Housing' });
		expect([0, 1, 2, 3].map((r) => renderCell(cell(row, 'Housing', r), 'en'))).toEqual([
			'Housing = missing (20 % of training rows)',
			'Housing = other (10 % of training rows)',
			'Housing missing',
			'Housing = castle (not seen in training)'
		]);
		expect([0, 1, 2, 3].map((r) => renderCell(cell(row, 'Housing', r), 'es'))).toEqual([
			'Housing = missing (20 % de las filas de entrenamiento)',
			'Housing = other (10 % de las filas de entrenamiento)',
			'Housing faltante',
			'Housing = castle (no visto en el entrenamiento)'
		]);
	});

	it('carry numbers as numbers: en-US in English, decimal commas in Spanish', () => {
		expect(cell(row, 'Age', 0)).toEqual({
			kind: 'number',
			column: 'Age',
			value: 23.5,
			position: 'bottom-10'
		});
		expect(renderCell(cell(row, 'Age', 0), 'en')).toBe('Age 23.5 (bottom 10 %)');
		expect(renderCell(cell(row, 'Age', 0), 'es')).toBe('Age 23,5 (10 % inferior)');
		expect(renderCell(cell(row, 'Age', 1), 'en')).toBe('Age 1,500.5 (top 10 %)');
		expect(renderCell(cell(row, 'Age', 1), 'es')).toBe('Age 1500,5 (10 % superior)');
		expect(
			renderCell({ kind: 'number', column: 'x', value: 12345.678, position: null }, 'es')
		).toBe('x 12.345,68');
		expect(renderCell(cell(row, 'Age', 2), 'es')).toBe('Age faltante');
	});

	it('cut text to 40 characters and quote it as the language does', () => {
		expect(renderCell(cell(row, 'Note', 0), 'en')).toBe(
			'Note “a rather long note that goes on for mor…”'
		);
		expect(renderCell(cell(row, 'Note', 1), 'es')).toBe('Note «hola»');
	});

	it('show a cell as written when the model file has no profile of its column', () => {
		const words = cellWords(row, 'Housing', 0);
		expect(words).toEqual({ kind: 'value', column: 'Housing', value: 'missing' });
		expect(renderCell(words, 'es')).toBe('Housing missing');
		expect(renderCell(cellWords(row, 'Age', 0), 'es')).toBe('Age 23.5');
	});

	it('word a reason in the language in use by default, its English kept in `text`', () => {
		const explanations: RowExplanations = {
			method: 'linear',
			explained: ['bad'],
			scale: 'log-odds',
			columns: ['Housing', 'Age', 'Note'],
			contributions: Float64Array.from([0.5, 0.8, -0.1]),
			base: new Float64Array(1),
			margin: new Float64Array(1)
		};
		const table = tableOf({ Housing: ['missing'], Age: ['23.5'], Note: [''] });
		const reasons = reasonsFor(explanations, table, 0, 'bad', REFERENCE);
		expect(reasons.map((r) => r.text)).toEqual([
			'Age 23.5 (bottom 10 %) makes “bad” more likely',
			'Housing = missing (20 % of training rows) makes “bad” more likely'
		]);
		expect(reasons.map((r) => renderReason(r.words, 'en'))).toEqual(reasons.map((r) => r.text));
		useLocaleSource(() => 'es');
		expect(reasons.map((r) => renderReason(r.words))).toEqual([
			'Age 23,5 (10 % inferior) hace más probable «bad»',
			'Housing = missing (20 % de las filas de entrenamiento) hace más probable «bad»'
		]);
		// predicted "good": what pushed away from "bad", in Spanish too
		const away = reasonsFor(explanations, table, 0, 'good', REFERENCE);
		expect(away.map((r) => renderReason(r.words))).toEqual([
			'Note faltante hace menos probable «bad»'
		]);
		expect(
			renderReason({
				cell: { kind: 'missing', column: 'Purpose' },
				effect: 'points-to',
				label: 'car'
			})
		).toBe('Purpose faltante apunta a «car»');
		// the words are plain data: they cross a worker as they are
		expect(structuredClone(reasons)).toEqual(reasons);
	});
});

describe('drift bins', () => {
	const next = tableOf({
		Housing: ['own', 'missing', 'other', 'castle', '', ''],
		Age: ['21', '33', '41', '58', '2000', ''],
		Note: ['x', '', '', 'y', 'z', 'w']
	});
	const counter = createDriftCounter(REFERENCE, INPUTS, ['bad', 'good']);
	counter.add(next, new Float32Array(next.rowCount * 2));
	const report = reportOf(counter.result());
	const binsOf = (column: string) => {
		const found = report.columns.find((c) => c.column === column);
		if (!found) throw new Error(`no ${column}`);
		return found.bins;
	};

	it('say what they hold: levels named "missing" and "other" are levels, not the bins', () => {
		const housing = binsOf('Housing');
		expect(housing.map((b) => b.kind)).toEqual(['level', 'level', 'level', 'other', 'missing']);
		expect(housing.map((b) => b.label)).toEqual(['own', 'missing', 'other', 'other', 'missing']);
		expect(housing.map((b) => binLabel(b, 'es'))).toEqual([
			'own',
			'missing',
			'other',
			'otro',
			'faltante'
		]);
		// the levels' shares are the rows holding them; "castle" is in the other bin, blanks in missing
		expect(housing.map((b) => b.actual)).toEqual([1 / 6, 1 / 6, 1 / 6, 1 / 6, 2 / 6]);
	});

	it('carry range edges as numbers, worded with the language’s separators', () => {
		const age = binsOf('Age');
		expect(age[0]).toMatchObject({ kind: 'range', low: null, date: false });
		expect(age.at(-2)).toMatchObject({ kind: 'range', high: null });
		expect(age.at(-1)?.kind).toBe('missing');
		expect(age.map((b) => b.label)).toEqual(age.map((b) => binLabel(b, 'en')));
		const range = { kind: 'range', date: false } as const;
		expect(binLabel({ ...range, low: 1262, high: 3000.4 }, 'en')).toBe('1,262 – 3,000');
		expect(binLabel({ ...range, low: 1262, high: 3000.4 }, 'es')).toBe('1262 – 3000');
		expect(binLabel({ ...range, low: null, high: 33.5 }, 'es')).toBe('≤ 33,5');
		expect(binLabel({ ...range, low: 0.140625, high: null }, 'es')).toBe('> 0,1406');
		expect(binLabel({ ...range, low: 12345.6, high: null }, 'es')).toBe('> 12.346');
		const day = Date.UTC(2023, 2, 1);
		expect(binLabel({ kind: 'range', low: null, high: day, date: true }, 'es')).toBe(
			'≤ 2023-03-01'
		);
		expect(binLabel({ kind: 'any' }, 'es')).toBe('cualquier valor');
	});

	it('compare only present vs missing for text, with the note as a Text', () => {
		const note = report.columns.find((c) => c.column === 'Note');
		expect(note?.bins.map((b) => binLabel(b, 'es'))).toEqual(['presente', 'faltante']);
		expect(note?.note).toBe('Text: only the share of missing cells is compared.');
		expect(note?.noteText && render(note.noteText, 'es')).toBe(
			'Texto: solo se compara la proporción de celdas faltantes.'
		);
	});

	it('say why there is no report, and what was not compared, in either language', () => {
		const old = createDriftCounter(undefined, INPUTS, ['bad', 'good']).result();
		if (old.available) throw new Error('a report without a reference');
		expect(old.message).toBe(inEnglish(old.text));
		expect(render(old.text, 'es')).toMatch(/^Sin comprobación de estabilidad/);
		const partial = createDriftCounter(
			REFERENCE,
			[...INPUTS, { name: 'Job', kind: 'numeric' }],
			['bad', 'good']
		);
		partial.add(next, new Float32Array(next.rowCount * 2));
		const { notes, noteTexts } = reportOf(partial.result());
		expect(notes).toEqual(['"Job" has no training profile, so its stability is not checked.']);
		expect(noteTexts.map((t) => render(t, 'es'))).toEqual([
			'«Job» no tiene perfil de entrenamiento, así que no se comprueba su estabilidad.'
		]);
	});
});

describe('the method', () => {
	it('is a Text: the same English as before, and Spanish', () => {
		expect(inEnglish(methodText('shapley-sampled'))).toBe(
			'Shapley values against a typical training row, sampled over 16 column orders'
		);
		expect(render(methodText('shapley-sampled'), 'es')).toBe(
			'valores de Shapley frente a una fila típica de entrenamiento, muestreados sobre 16 órdenes de columnas'
		);
		expect(inEnglish(methodText('tree-shap'))).toBe(
			'TreeSHAP (exact Shapley values of the trees, path-dependent)'
		);
		expect(render(methodText('linear'), 'es')).toBe(
			'contribuciones exactas de la regresión logística, medidas desde la fila media de entrenamiento'
		);
	});
});
