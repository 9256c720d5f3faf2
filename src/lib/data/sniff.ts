/**
 * Dialect sniffing on the first lines of text: the delimiter (`,` `;` tab `|`), the line ending, and whether
 * numbers use a decimal comma. Quotes are respected, so a comma inside a quoted field is not counted.
 */

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const SAMPLE_LINES = 50;

/** Field counts per line for `delimiter` in `sample` (quote-aware; the last, maybe cut line is dropped). */
function fieldCounts(sample: string, delimiter: string): number[] {
	const counts: number[] = [];
	let fields = 1;
	let inQuotes = false;
	for (let i = 0; i < sample.length && counts.length < SAMPLE_LINES; i++) {
		const c = sample[i];
		if (c === '"') inQuotes = !inQuotes;
		else if (!inQuotes && c === delimiter) fields++;
		else if (!inQuotes && c === '\n') {
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

/** "\r\n" when the first line ends with it, else "\n". */
export const detectNewline = (sample: string): '\n' | '\r\n' => {
	const lf = sample.indexOf('\n');
	return lf > 0 && sample[lf - 1] === '\r' ? '\r\n' : '\n';
};

const DECIMAL_COMMA_CELL =
	/(^|;)"?[-+]?\d{1,3}(\.\d{3})*,\d+"?(?=;|\r?$)|(^|;)"?[-+]?\d+,\d+"?(?=;|\r?$)/m;

/**
 * Whether numbers are written with a decimal comma: only considered for `;`-separated files (a comma
 * cannot be both the delimiter and the decimal mark), and true when some sampled cell looks like `3,5`.
 */
export function detectDecimalComma(sample: string, delimiter: Delimiter): boolean {
	if (delimiter !== ';') return false;
	const lines = sample.split('\n').slice(1, SAMPLE_LINES);
	return lines.some((line) => DECIMAL_COMMA_CELL.test(line));
}
