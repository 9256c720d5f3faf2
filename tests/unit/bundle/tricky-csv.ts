/**
 * Test helper: seeded CSV text that exercises every path of the predictions-file reader and writer: quoted
 * cells (commas, doubled quotes, line breaks), formula starts, edge spaces, BOM and lone CR inside cells,
 * non-ASCII, blank lines, missing tokens, CRLF line ends, and other delimiters. The reference for what such a
 * file means is papaparse's `parse` of the whole text.
 */
import { createRng } from '$lib/shared/rng';

const NUMBERS = ['35', '1.50', '007', '', 'NA', '?', '-2', '+1', ' 12', '12 ', '4e2', '61', '0.5'];
const TEXTS = [
	'plain',
	'male',
	'',
	'Smith, John',
	'say "hi"',
	'two\nlines',
	'=cmd',
	'@x',
	'\tTAB',
	' lead',
	'trail ',
	'ñandú',
	'\ufeffbom',
	'a\rb',
	'x=1',
	'"',
	'-',
	'cr\r\nlf'
];

export type TrickyOptions = {
	rows: number;
	seed?: number;
	delimiter?: ',' | ';' | '\t';
	newline?: '\n' | '\r\n';
	/** Share of rows whose `Note` cell is drawn from the tricky texts (the rest are "plain"). */
	trickyRate?: number;
};

/** A CSV with columns id, Age, Sex, Duration, Note (the small test bundle reads Age, Sex, Duration). */
export function trickyCsv({
	rows,
	seed = 1,
	delimiter = ',',
	newline = '\n',
	trickyRate = 0.3
}: TrickyOptions): string {
	const rng = createRng(seed);
	const pick = <T>(items: T[]): T => items[rng.int(items.length)];
	const cell = (text: string): string =>
		/[",\n\r;\t]/.test(text) || rng.next() < 0.05 ? `"${text.replaceAll('"', '""')}"` : text;
	const lines = [['id', 'Age', 'Sex', 'Duration', 'Note'].join(delimiter)];
	for (let i = 0; i < rows; i++) {
		if (rng.next() < 0.01) lines.push('');
		const note = rng.next() < trickyRate ? pick(TEXTS) : 'plain';
		const sex = pick(['male', 'female', '', 'NA']);
		lines.push([String(i), pick(NUMBERS), sex, pick(NUMBERS), note].map(cell).join(delimiter));
	}
	return lines.join(newline) + newline;
}
