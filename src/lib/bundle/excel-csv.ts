/**
 * The predictions file for a spreadsheet set to Spanish ("Excel (es)" on the Predict screen): the same rows
 * and cells as the default file (csv-cells.ts), written the way Excel and LibreOffice read a CSV under a
 * Spanish locale, where the comma is the decimal mark:
 * - `;` between cells, CRLF at the end of every line, a UTF-8 byte order mark (`\uFEFF`) first, so the
 *   spreadsheet opens the file in columns and reads é, ñ as they are;
 * - a decimal comma in the cells that are numbers written with a decimal point ("0.8123" → "0,8123",
 *   "-1.5e-7" → "-1,5e-7"); every other cell is untouched: integers, ids such as "1.2.3", dates, text, and
 *   numbers with thousands separators ("1,234.5" is text to this rule, as it is to the default file's readers);
 * - quoting as RFC 4180 says (double quotes around a cell holding `;`, `"`, a line break, a BOM or an edge
 *   space; inner quotes doubled), and formula cells neutralised as csv-cells.ts does (`isFormula`).
 * Pure: no DOM, no TF.js (the page imports it directly).
 */
import { isFormula } from './csv-cells';

/** The UTF-8 byte order mark the file starts with. */
export const EXCEL_BOM = '\ufeff';

/** The cell separator of a spreadsheet set to Spanish. */
export const EXCEL_ES_DELIMITER = ';';

/**
 * A number written with a decimal point: optional sign, digits around one `.` (at least one digit), optional
 * exponent. "0.8123", "-1.5e-7", ".5", "3." are; "1.2.3", "2024-01-02", "1,234.5", "12", "1e5", "NaN" are not.
 */
const DOT_NUMBER = /^[+-]?(?:\d+\.\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** What makes a cell need quotes in the `;` file (papaparse quotes the same characters, for `;`). */
const NEEDS_QUOTES = /[\r\n";\ufeff]|^ | $/;

/**
 * A cell with a decimal comma when it is a number written with a decimal point, else unchanged.
 * @example
 * decimalComma('0.8123'); // "0,8123"
 * decimalComma('1.2.3'); // "1.2.3"
 */
export const decimalComma = (cell: string): string =>
	DOT_NUMBER.test(cell) ? cell.replace('.', ',') : cell;

/**
 * One cell of the Spanish-spreadsheet file: decimal comma (numbers only), formula cells neutralised with a
 * leading `'`, quoted when it holds `;`, `"`, a line break, a BOM or an edge space.
 * @example
 * excelCell('0.25'); // "0,25"
 * excelCell('a;b'); // "\"a;b\""
 */
export function excelCell(text: string): string {
	if (text === '') return '';
	const cell = decimalComma(text);
	if (isFormula(cell)) return `"'${cell.replaceAll('"', '""')}"`;
	return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows of cells → the Spanish-spreadsheet file's text (BOM first, `;`, CRLF after every row). */
export function toExcelCsvLines(rows: readonly (readonly string[])[]): string {
	const lines: string[] = [];
	for (const row of rows) lines.push(row.map(excelCell).join(EXCEL_ES_DELIMITER) + '\r\n');
	return EXCEL_BOM + lines.join('');
}

/**
 * Reads a comma-separated file as RFC 4180 says (quoted cells, `""` inside them, LF or CRLF line ends; a
 * leading BOM dropped; no empty row for the final line break).
 * @example
 * parseCommaCsv('a,"b,c"\n1,2\n'); // [["a", "b,c"], ["1", "2"]]
 */
export function parseCommaCsv(text: string): string[][] {
	const rows: string[][] = [];
	const n = text.length;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	if (i >= n) return rows;
	let row: string[] = [];
	let cell = '';
	let rowOpen = false; // something of the current row has been read (its line break not yet)
	while (i < n) {
		const ch = text[i];
		rowOpen = true;
		if (ch === '"' && cell === '') {
			// a quoted cell: up to the closing quote ("" is one quote inside)
			let j = i + 1;
			for (;;) {
				const close = text.indexOf('"', j);
				if (close < 0) {
					cell += text.slice(j);
					j = n;
					break;
				}
				cell += text.slice(j, close);
				if (text[close + 1] === '"') {
					cell += '"';
					j = close + 2;
				} else {
					j = close + 1;
					break;
				}
			}
			i = j;
			// text between the closing quote and the next separator is kept (lenient, as papaparse is)
			while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
			continue;
		}
		if (ch === ',') {
			row.push(cell);
			cell = '';
			i++;
		} else if (ch === '\n' || ch === '\r') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			rowOpen = false;
			i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
		} else {
			// a run of plain characters at once
			let j = i + 1;
			while (j < n) {
				const c = text.charCodeAt(j);
				if (c === 44 || c === 10 || c === 13) break;
				j++;
			}
			cell += text.slice(i, j);
			i = j;
		}
	}
	// a last row without a line break (also one whose unclosed quoted cell ran to the end, line breaks included)
	if (rowOpen) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}

/**
 * The predictions CSV (the default download: `,`, LF, decimal points) as a spreadsheet set to Spanish reads
 * it: the same rows and cells with `;`, CRLF, a UTF-8 BOM and decimal commas in the numeric cells.
 * @example
 * toExcelCsv('id,prob_bad\n1.2.3,0.25\n'); // "\uFEFFid;prob_bad\r\n1.2.3;0,25\r\n"
 */
export const toExcelCsv = (csv: string): string => toExcelCsvLines(parseCommaCsv(csv));

/**
 * The Spanish-spreadsheet file's name: the default one with `.es` before the extension.
 * @example
 * excelCsvFileName('german_credit-predictions.csv'); // "german_credit-predictions.es.csv"
 */
export const excelCsvFileName = (name: string): string =>
	/\.csv$/i.test(name) ? name.replace(/\.csv$/i, '.es.csv') : `${name}.es.csv`;
