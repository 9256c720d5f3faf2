/**
 * Reading one cell: missing-value tokens and a fast number parser that works on a span of the chunk string,
 * so the hot loop creates no substring for numeric cells.
 */

/**
 * Cells read as missing (pandas' default `na_values` plus `?`, as in UCI files), compared after trimming;
 * cells longer than 16 characters are never missing (the longest token, padded).
 */
export const MISSING_TOKENS: ReadonlySet<string> = new Set([
	'',
	'?',
	'NA',
	'N/A',
	'n/a',
	'na',
	'#N/A',
	'#N/A N/A',
	'#NA',
	'<NA>',
	'NaN',
	'nan',
	'-NaN',
	'-nan',
	'NULL',
	'null',
	'Null',
	'None',
	'none',
	'-1.#IND',
	'-1.#QNAN',
	'1.#IND',
	'1.#QNAN'
]);

/** Whether a cell means "no value". */
export const isMissingToken = (cell: string): boolean =>
	cell.length <= 16 && (MISSING_TOKENS.has(cell) || MISSING_TOKENS.has(cell.trim()));

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);
const DOT = 46;
const COMMA = 44;
const MINUS = 45;
const PLUS = 43;

/**
 * The number in `text[start, end)`, or NaN when the span is not a finite number. Plain decimals of up to
 * 15 significant digits are computed as integer / 10^k: both operands are exact doubles, so the division is
 * correctly rounded and equals `Number(span)`. Everything else (exponents, long mantissas, spaces) goes
 * through `Number`. With `decimalComma`, "3,5" is 3.5 and "1.234,5" is 1234.5 ("." groups thousands).
 */
export function parseNumberSpan(
	text: string,
	start: number,
	end: number,
	decimalComma: boolean
): number {
	let i = start;
	const c = text.charCodeAt(i);
	const negative = c === MINUS;
	if (negative || c === PLUS) i++;
	let mantissa = 0;
	let digits = 0;
	let scale = 0;
	const decimalCode = decimalComma ? COMMA : DOT;
	for (; i < end; i++) {
		const d = text.charCodeAt(i) - 48;
		if (d < 0 || d > 9) break;
		mantissa = mantissa * 10 + d;
		digits++;
	}
	if (i < end && text.charCodeAt(i) === decimalCode) {
		for (i++; i < end; i++) {
			const d = text.charCodeAt(i) - 48;
			if (d < 0 || d > 9) break;
			mantissa = mantissa * 10 + d;
			digits++;
			scale++;
		}
	}
	if (i !== end || digits === 0 || digits > 15)
		return parseNumberSlow(text.slice(start, end), decimalComma);
	const value = scale === 0 ? mantissa : mantissa / POW10[scale];
	return negative ? -value : value;
}

const GROUPED_DECIMAL_COMMA = /^\s*[-+]?\d{1,3}(\.\d{3})+(,\d*)?\s*$/;

/** `Number` with the edge cases removed: blank → NaN, hex/octal/binary literals and ±Infinity → NaN. */
export function parseNumberSlow(cell: string, decimalComma: boolean): number {
	let s = cell.trim();
	if (s === '') return NaN;
	if (decimalComma) {
		if (GROUPED_DECIMAL_COMMA.test(s)) s = s.replace(/\./g, '');
		s = s.replace(',', '.');
	}
	if (/^[-+]?0[xXoObB]/.test(s)) return NaN;
	const value = Number(s);
	return Number.isFinite(value) ? value : NaN;
}
