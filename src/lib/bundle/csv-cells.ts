/**
 * Writing the predictions file (ARCHITECTURE.md, "Predictions file — Contract"). Cells a spreadsheet would
 * run as a formula are neutralised: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets
 * a single quote `'` in front, as the OWASP "CSV Injection" advice recommends. This applies to input cells
 * (so "-2" is written "'-2": it reads as text in a spreadsheet) and to labels; probabilities are never
 * negative and are written as plain numbers. Quoting follows RFC 4180. Both are papaparse `unparse`
 * (`escapeFormulae: true` prefixes the quote and also wraps the cell in double quotes, as OWASP advises).
 */
import Papa from 'papaparse';

/** The predictions file's header: the input header unchanged, `prediction`, then `prob_<label>` per label. */
export const predictionsHeader = (inputHeader: string[], labels: string[]): string[] => [
	...inputHeader,
	'prediction',
	...labels.map((label) => `prob_${label}`)
];

/**
 * The shortest decimal that reads back as the same float32: the model's probability exactly, without the
 * noise digits of its float64 widening (0.3f is written "0.3", not "0.30000001192092896").
 */
export function formatProbability(p: number): string {
	for (let digits = 1; digits < 9; digits++) {
		const text = p.toPrecision(digits);
		if (Math.fround(Number(text)) === p) return String(Number(text));
	}
	return String(Number(p.toPrecision(9)));
}

/** Rows of cells → CSV text (formulas neutralised, quoted where needed), each line ending in "\n". */
export function toCsvLines(rows: string[][]): string {
	if (rows.length === 0) return '';
	return (
		Papa.unparse(rows, { newline: '\n', quotes: false, header: false, escapeFormulae: true }) + '\n'
	);
}
