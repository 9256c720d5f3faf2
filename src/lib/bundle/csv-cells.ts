/**
 * Writing the predictions file (ARCHITECTURE.md, "Predictions file — Contract"). Cells a spreadsheet would
 * run as a formula are neutralised: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets
 * a single quote `'` in front, as the OWASP "CSV Injection" advice recommends. This applies to input cells
 * (so "-2" is written "'-2": it reads as text in a spreadsheet) and to labels; probabilities are never
 * negative and are written as plain numbers. Quoting follows RFC 4180, exactly as papaparse `unparse` with
 * `escapeFormulae: true` does it (the quote prefix, and double quotes around the cell, as OWASP advises).
 */
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
	// A float32 in (0, 1) almost always needs 8 or 9 significant digits: start at 8 and move one way only
	// (this function was the largest single cost of writing a predictions file when it counted up from 1).
	let digits = 8;
	let text = p.toPrecision(digits);
	if (Math.fround(Number(text)) !== p) return String(Number(p.toPrecision(9)));
	while (digits > 1) {
		const shorter = p.toPrecision(digits - 1);
		if (Math.fround(Number(shorter)) !== p) break;
		text = shorter;
		digits--;
	}
	return String(Number(text));
}

/** papaparse's default `escapeFormulae` pattern (no `s` flag: a cell with a newline after the sign is not matched). */
const FORMULA = /^[=+\-@\t\r].*$/;
/** What makes papaparse quote a cell: its BAD_DELIMITERS (CR, LF, quote, BOM), the delimiter, edge spaces. */
const NEEDS_QUOTES = /[\r\n",\ufeff]|^ | $/;

/**
 * One cell as papaparse `unparse({ escapeFormulae: true, quotes: false })` writes it, without its per-cell
 * overhead (measured: unparse was a third of the time of scoring a CSV).
 */
export function csvCell(text: string): string {
	if (text === '') return '';
	if (FORMULA.test(text)) return `"'${text.replaceAll('"', '""')}"`;
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells → CSV text (formulas neutralised, quoted where needed), each line ending in "\n". */
export function toCsvLines(rows: string[][]): string {
	let out = '';
	for (const row of rows) {
		for (let c = 0; c < row.length; c++) out += (c === 0 ? '' : ',') + csvCell(row[c]);
		out += '\n';
	}
	return out;
}
