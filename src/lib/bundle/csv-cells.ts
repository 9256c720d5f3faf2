/**
 * Writing the predictions file (ARCHITECTURE.md, "Predictions file — Contract"). Input cells are carried
 * through as they were read, except cells a spreadsheet would run as a formula: a cell that starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return and is not a plain numeric literal (`-2`, `+1`, `-1.5e3`, `-0,5`
 * stay as they are: a number is not a formula) gets a single quote `'` in front, as the OWASP "CSV
 * Injection" advice recommends. This applies to input cells and to labels; probabilities are never negative
 * and are written as plain numbers. Quoting follows RFC 4180 as papaparse `unparse` does it (double quotes
 * around a cell holding a comma, quote, line break, BOM or an edge space; inner quotes doubled), so papaparse
 * and pandas read every cell back as it was.
 */
/** The predictions file's header: the input header unchanged, `prediction`, then `prob_<label>` per label. */
export const predictionsHeader = (
	inputHeader: string[],
	labels: string[],
	reasons = 0
): string[] => [
	...inputHeader,
	'prediction',
	...labels.map((label) => `prob_${label}`),
	...Array.from({ length: reasons }, (_, i) => `reason_${i + 1}`)
];

/** Exact powers of ten (every one up to 10^22 is a double). */
const POW10 = Array.from({ length: 13 }, (_, i) => 10 ** i);
/** "", "0", "00", …: the zeros after "0." in front of a small probability's digits. */
const ZEROS = Array.from({ length: 13 }, (_, i) => '0'.repeat(i));

/**
 * The shortest decimal that reads back as the same float32: the model's probability exactly, without the
 * noise digits of its float64 widening (0.3f is written "0.3", not "0.30000001192092896"). Precisely:
 * `p.toPrecision(8)`, then one digit fewer while the result still reads back as `p` (9 digits when 8 do not
 * suffice), written as `String(Number(text))`.
 *
 * For 1e-4 ≤ p < 1 this is computed with integers (two probabilities per row made `toPrecision` the
 * largest cost of writing a predictions file after parsing): a float32 has a 24-bit significand, so
 * p × 10^k is an exact double for k ≤ 12 and `Math.round` of it is exactly the n `toPrecision` picks
 * (ties to the larger, as the spec says), and n / 10^k is the correctly rounded double `Number(text)` gives.
 * Other values (0, 1, tiny probabilities, NaN) take `toPrecision` itself.
 */
export function formatProbability(p: number): string {
	if (!(p >= 1e-4 && p < 1)) return formatByPrecision(p);
	// 10^-j ≤ p < 10^(1-j): toPrecision(d) rounds p × 10^(j + d - 1) to an integer.
	let j = 1;
	while (p * POW10[j] < 1) j++;
	let k = j + 7; // 8 digits
	let n = Math.round(p * POW10[k]);
	if (Math.fround(n / POW10[k]) !== p) {
		k++;
		n = Math.round(p * POW10[k]);
	} else {
		while (k > j) {
			const shorter = Math.round(p * POW10[k - 1]);
			if (Math.fround(shorter / POW10[k - 1]) !== p) break;
			n = shorter;
			k--;
		}
	}
	return decimalText(n, k);
}

/** n / 10^k as `String` writes it, for 0 < n / 10^k ≤ 1 and k ≤ 12 (no exponent form in that range). */
function decimalText(n: number, k: number): string {
	while (k > 0 && n % 10 === 0) {
		n /= 10;
		k--;
	}
	if (k === 0) return String(n);
	const digits = String(n);
	return '0.' + ZEROS[k - digits.length] + digits;
}

/** The reference definition, for the values outside the integer path's range. */
function formatByPrecision(p: number): string {
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

const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const COMMA = 44;

/** Whether a first character makes a spreadsheet read the cell as a formula: = + - @ tab CR. */
export const isFormulaStart = (code: number): boolean =>
	code === 61 || code === PLUS || code === MINUS || code === 64 || code === 9 || code === 13;

/**
 * Whether `text[start, end)` is a plain numeric literal: an optional sign, digits with at most one decimal
 * mark (`.` or `,`), and an optional exponent. `-2`, `+1`, `-1.5e3`, `-0,5`, `.5` are; `-1+2`, `- 2`,
 * `-1,234,567`, `-` are not.
 */
export function isPlainNumber(text: string, start = 0, end = text.length): boolean {
	let i = start;
	const sign = text.charCodeAt(i);
	if (sign === PLUS || sign === MINUS) i++;
	let digits = 0;
	let marks = 0;
	for (; i < end; i++) {
		const code = text.charCodeAt(i);
		if (code >= 48 && code <= 57) digits++;
		else if ((code === DOT || code === COMMA) && marks === 0) marks++;
		else break;
	}
	if (digits === 0) return false;
	if (i < end && (text.charCodeAt(i) | 32) === 101) {
		i++;
		const expSign = text.charCodeAt(i);
		if (expSign === PLUS || expSign === MINUS) i++;
		const expStart = i;
		while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
		if (i === expStart) return false;
	}
	return i === end;
}

/** Whether a cell would run as a formula in a spreadsheet (and is therefore neutralised). */
export const isFormula = (text: string): boolean =>
	text !== '' && isFormulaStart(text.charCodeAt(0)) && !isPlainNumber(text);
/** What makes papaparse quote a cell: its BAD_DELIMITERS (CR, LF, quote, BOM), the delimiter, edge spaces. */
const NEEDS_QUOTES = /[\r\n",\ufeff]|^ | $/;

/**
 * One cell of the predictions file: quoted as papaparse `unparse({ quotes: false })` quotes it, without its
 * per-cell overhead (measured: unparse was a third of the time of scoring a CSV), and neutralised when it
 * is a formula (`isFormula`; papaparse's `escapeFormulae` would also change numbers such as `-2`).
 */
export function csvCell(text: string): string {
	if (text === '') return '';
	if (isFormula(text)) return `"'${text.replaceAll('"', '""')}"`;
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
