/**
 * Dialect sniffing on the first lines of text: the delimiter (`,` `;` tab `|`), the line ending (LF, CRLF or
 * CR, found outside quoted fields), and whether numbers use a decimal comma. Quotes are respected, so a
 * comma or a line break inside a quoted field is not counted.
 */

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export type Newline = '\n' | '\r\n' | '\r';

/** How a file is written: what separates fields and records, and whether decimals use a comma. */
export type Dialect = { delimiter: Delimiter; newline: Newline; decimalComma: boolean };

const SAMPLE_LINES = 50;

/**
 * Field counts per line for `delimiter` in `sample` (quote-aware; LF, CRLF and CR all end a line; the last,
 * maybe cut line is dropped).
 */
function fieldCounts(sample: string, delimiter: string): number[] {
	const counts: number[] = [];
	let fields = 1;
	let inQuotes = false;
	for (let i = 0; i < sample.length && counts.length < SAMPLE_LINES; i++) {
		const c = sample[i];
		if (c === '"') inQuotes = !inQuotes;
		else if (!inQuotes && c === delimiter) fields++;
		else if (!inQuotes && (c === '\n' || c === '\r')) {
			if (c === '\r' && sample[i + 1] === '\n') i++;
			counts.push(fields);
			fields = 1;
		}
	}
	return counts.length > 0 ? counts : [fields];
}

/**
 * The delimiter that splits the header into the most fields while splitting most lines into the same
 * count; `,` when none splits anything (the caller then reports a single column).
 */
export function detectDelimiter(sample: string): Delimiter {
	let best: Delimiter = ',';
	let bestScore = 0;
	for (const delimiter of DELIMITERS) {
		const counts = fieldCounts(sample, delimiter);
		const header = counts[0];
		if (header < 2) continue;
		const consistent = counts.filter((n) => n === header).length / counts.length;
		const score = consistent * 1000 + Math.min(header, 999);
		if (score > bestScore) {
			bestScore = score;
			best = delimiter;
		}
	}
	return best;
}

/**
 * The line ending of the first record: the first CR, LF or CRLF outside a quoted field (a field is quoted
 * when it starts with `"`, as papaparse reads it; a quote inside an unquoted value is a plain character).
 * Null when `text` holds no line break outside quotes yet, or ends in a CR that a LF may follow (unless
 * `isComplete`: the text is the whole file); the caller then reads more text, or (at the end of the file)
 * takes LF.
 */
export function detectNewline(text: string, delimiter: string, isComplete = false): Newline | null {
	const separator = delimiter.charCodeAt(0);
	let atFieldStart = true;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (atFieldStart && code === QUOTE) {
			// A quoted field: skip to its closing quote ("" is an escaped quote inside it).
			for (i++; i < text.length; i++) {
				if (text.charCodeAt(i) !== QUOTE) continue;
				if (text.charCodeAt(i + 1) === QUOTE) i++;
				else break;
			}
			atFieldStart = false;
			continue;
		}
		if (code === LF) return '\n';
		if (code === CR) {
			if (i + 1 === text.length) return isComplete ? '\r' : null;
			return text.charCodeAt(i + 1) === LF ? '\r\n' : '\r';
		}
		atFieldStart = code === separator;
	}
	return null;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

const DECIMAL_COMMA_CELL =
	/(^|;)"?[-+]?\d{1,3}(\.\d{3})*,\d+"?(?=;|\r?$)|(^|;)"?[-+]?\d+,\d+"?(?=;|\r?$)/m;

/**
 * Whether numbers are written with a decimal comma: only considered for `;`-separated files (a comma
 * cannot be both the delimiter and the decimal mark), and true when some sampled cell looks like `3,5`.
 */
export function detectDecimalComma(sample: string, delimiter: Delimiter): boolean {
	if (delimiter !== ';') return false;
	const lines = sample.split(/\r\n|\n|\r/).slice(1, SAMPLE_LINES);
	return lines.some((line) => DECIMAL_COMMA_CELL.test(line));
}
