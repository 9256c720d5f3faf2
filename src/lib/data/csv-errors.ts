/** The FaroErrors a CSV file can give, each naming the file and saying what to do. */
import { FaroError } from '$lib/shared/errors';
import type { Delimiter } from './sniff';

const DELIMITER_NAMES: Record<Delimiter, string> = {
	',': 'comma',
	';': 'semicolon',
	'\t': 'tab',
	'|': 'vertical bar'
};

/** @returns FaroError csv-too-large */
export const tooLargeError = (fileName: string, sizeBytes: number, maxBytes: number): FaroError =>
	new FaroError(
		'csv-too-large',
		`"${fileName}" is ${formatBytes(sizeBytes)}, more than the ${formatBytes(maxBytes)} Faro can load here.`,
		{
			where: fileName,
			hint: 'Use a sample of the rows, or drop columns you do not need, and try again.'
		}
	);

/** @returns FaroError csv-empty */
export const emptyError = (fileName: string): FaroError =>
	new FaroError('csv-empty', `"${fileName}" is empty.`, {
		where: fileName,
		hint: 'Choose a CSV file with a header line and at least one row of data.'
	});

/** @returns FaroError csv-no-rows */
export const noRowsError = (fileName: string): FaroError =>
	new FaroError('csv-no-rows', `"${fileName}" has a header line but no rows of data.`, {
		where: `${fileName}, line 2`,
		hint: 'Check that the file was exported completely.'
	});

/** @returns FaroError csv-single-column */
export const singleColumnError = (fileName: string, header: string): FaroError =>
	new FaroError(
		'csv-single-column',
		`"${fileName}" has a single column ("${truncate(header, 60)}"): no comma, semicolon, tab or vertical bar separates its header.`,
		{
			where: `${fileName}, line 1`,
			hint: 'Faro needs at least two columns (features and a target). If the file uses another separator, export it again with commas.'
		}
	);

/** @returns FaroError csv-ragged */
export function raggedError(
	fileName: string,
	delimiter: Delimiter,
	expected: number,
	count: number,
	first: { row: number; line: number; fields: number }[]
): FaroError {
	const [head] = first;
	const more = moreRows(count, first, 'the wrong number of fields');
	return new FaroError(
		'csv-ragged',
		`Row ${head.row} of "${fileName}" has ${head.fields} fields but the header has ${expected}.${more}`,
		{
			where: `${fileName}, line ${head.line}`,
			hint: `Look for an unquoted ${DELIMITER_NAMES[delimiter]} inside a value, or choose to skip or pad the ${count} uneven row${count > 1 ? 's' : ''}.`,
			data: { count, firstLines: first.map((f) => f.line), expected }
		}
	);
}

/** @returns FaroError csv-quotes */
export function quotesError(
	fileName: string,
	header: string[],
	count: number,
	first: { row: number; line: number; column?: number }[]
): FaroError {
	const [head] = first;
	const column = head.column ?? 1;
	const name = header[column - 1];
	const columnText =
		name === undefined ? `column ${column}` : `column ${column} ("${truncate(name, 40)}")`;
	const what = head.row === 0 ? 'The header line' : `Row ${head.row}`;
	const more = moreRows(count, first, 'the same problem');
	return new FaroError(
		'csv-quotes',
		`${what} of "${fileName}" has text after the closing quote of a quoted value, in ${columnText}.${more}`,
		{
			where: `${fileName}, line ${head.line}, column ${column}`,
			hint:
				head.row === 0
					? 'A value that starts with a double quote must end with one, and quotes inside it must be doubled (""). Fix the header line and load the file again.'
					: `A value that starts with a double quote must end with one, and quotes inside it must be doubled (""). Fix the file, or choose to skip the ${count} row${count > 1 ? 's' : ''}.`,
			data: { count, firstLines: first.map((f) => f.line), column, isHeader: head.row === 0 }
		}
	);
}

/** @returns FaroError csv-malformed */
export const unclosedQuoteError = (fileName: string, line: number): FaroError =>
	new FaroError('csv-malformed', `A quoted value in "${fileName}" is never closed.`, {
		where: `${fileName}, line ${line}`,
		hint: 'Look for a stray double quote (") on that line; quotes inside values must be doubled ("").'
	});

/** " 2 more rows have <what> (lines 7, 9)." after the first of `count` rows, or "" when it is the only one. */
function moreRows(count: number, first: { line: number }[], what: string): string {
	if (count <= 1) return '';
	const lines = first.slice(1).map((f) => f.line);
	const etc = count > first.length ? ', …' : '';
	return ` ${count - 1} more row${count > 2 ? 's have' : ' has'} ${what} (line${lines.length > 1 || etc ? 's' : ''} ${lines.join(', ')}${etc}).`;
}

function formatBytes(n: number): string {
	if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
	if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
	if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
	return `${n} bytes`;
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
