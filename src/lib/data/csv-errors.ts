/** The FaroErrors a CSV file can give, each naming the file and saying what to do. */
import { text, type Text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import type { Delimiter } from './sniff';

/** @returns FaroError csv-too-large */
export const tooLargeError = (fileName: string, sizeBytes: number, maxBytes: number): FaroError =>
	new FaroError(
		'csv-too-large',
		text('err_csv_too_large', {
			file: fileName,
			size: formatBytes(sizeBytes),
			max: formatBytes(maxBytes)
		}),
		{
			where: fileName,
			hint: text('err_csv_too_large_hint')
		}
	);

/** @returns FaroError csv-empty */
export const emptyError = (fileName: string): FaroError =>
	new FaroError('csv-empty', text('err_csv_empty', { file: fileName }), {
		where: fileName,
		hint: text('err_csv_empty_hint')
	});

/** @returns FaroError csv-no-rows */
export const noRowsError = (fileName: string): FaroError =>
	new FaroError('csv-no-rows', text('err_csv_no_rows', { file: fileName }), {
		where: text('err_where_file_line', { file: fileName, line: 2 }),
		hint: text('err_csv_no_rows_hint')
	});

/** @returns FaroError csv-single-column */
export const singleColumnError = (fileName: string, header: string): FaroError =>
	new FaroError(
		'csv-single-column',
		text('err_csv_single_column', { file: fileName, header: truncate(header, 60) }),
		{
			where: text('err_where_file_line', { file: fileName, line: 1 }),
			hint: text('err_csv_single_column_hint')
		}
	);

/** The ragged-rows hint for the delimiter and the number of uneven rows. */
function raggedHint(delimiter: Delimiter, count: number): Text {
	const one = count <= 1;
	switch (delimiter) {
		case ',':
			return one
				? text('err_csv_ragged_hint_comma_one', { count })
				: text('err_csv_ragged_hint_comma_other', { count });
		case ';':
			return one
				? text('err_csv_ragged_hint_semicolon_one', { count })
				: text('err_csv_ragged_hint_semicolon_other', { count });
		case '\t':
			return one
				? text('err_csv_ragged_hint_tab_one', { count })
				: text('err_csv_ragged_hint_tab_other', { count });
		case '|':
			return one
				? text('err_csv_ragged_hint_bar_one', { count })
				: text('err_csv_ragged_hint_bar_other', { count });
	}
}

/** @returns FaroError csv-ragged */
export function raggedError(
	fileName: string,
	delimiter: Delimiter,
	expected: number,
	count: number,
	first: { row: number; line: number; fields: number }[]
): FaroError {
	const [head] = first;
	const params = { row: head.row, file: fileName, fields: head.fields, expected };
	const more = moreRows(count, first);
	const message =
		more === null
			? text('err_csv_ragged', params)
			: more.more === 1
				? text('err_csv_ragged_more_one', { ...params, lines: more.lines })
				: text('err_csv_ragged_more', { ...params, ...more });
	return new FaroError('csv-ragged', message, {
		where: text('err_where_file_line', { file: fileName, line: head.line }),
		hint: raggedHint(delimiter, count),
		data: { count, firstLines: first.map((f) => f.line), expected }
	});
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
	const isHeader = head.row === 0;
	return new FaroError(
		'csv-quotes',
		quotesMessage(fileName, head.row, column, name, count, first),
		{
			where: text('err_where_file_line_column', { file: fileName, line: head.line, column }),
			hint: isHeader
				? text('err_csv_quotes_header_hint')
				: count > 1
					? text('err_csv_quotes_hint_other', { count })
					: text('err_csv_quotes_hint_one', { count }),
			data: { count, firstLines: first.map((f) => f.line), column, isHeader }
		}
	);
}

/** "Row 3 of … in column 2 ("b")." (or "The header line of …"), with the other rows' lines when there are some. */
function quotesMessage(
	file: string,
	row: number,
	column: number,
	name: string | undefined,
	count: number,
	first: { line: number }[]
): Text {
	const more = moreRows(count, first);
	const one = more?.more === 1;
	const lines = more?.lines ?? '';
	if (row === 0) {
		if (name === undefined) {
			const p = { file, column };
			if (more === null) return text('err_csv_quotes_header', p);
			return one
				? text('err_csv_quotes_header_more_one', { ...p, lines })
				: text('err_csv_quotes_header_more', { ...p, ...more });
		}
		const p = { file, column, name: truncate(name, 40) };
		if (more === null) return text('err_csv_quotes_header_named', p);
		return one
			? text('err_csv_quotes_header_named_more_one', { ...p, lines })
			: text('err_csv_quotes_header_named_more', { ...p, ...more });
	}
	if (name === undefined) {
		const p = { row, file, column };
		if (more === null) return text('err_csv_quotes', p);
		return one
			? text('err_csv_quotes_more_one', { ...p, lines })
			: text('err_csv_quotes_more', { ...p, ...more });
	}
	const p = { row, file, column, name: truncate(name, 40) };
	if (more === null) return text('err_csv_quotes_named', p);
	return one
		? text('err_csv_quotes_named_more_one', { ...p, lines })
		: text('err_csv_quotes_named_more', { ...p, ...more });
}

/** @returns FaroError csv-malformed */
export const unclosedQuoteError = (fileName: string, line: number): FaroError =>
	new FaroError('csv-malformed', text('err_csv_unclosed_quote', { file: fileName }), {
		where: text('err_where_file_line', { file: fileName, line }),
		hint: text('err_csv_unclosed_quote_hint')
	});

/**
 * The rows after the first of `count`: how many (`more`) and their lines ("7, 9, …"), or null when the first
 * is the only one. The messages say "1 more row has … (line 7)" or "3 more rows have … (lines 7, 9, …)": the
 * record cutter keeps the first five rows, so one more row has one line and several have several.
 */
function moreRows(
	count: number,
	first: { line: number }[]
): { more: number; lines: string } | null {
	if (count <= 1) return null;
	const lines = first.slice(1).map((f) => f.line);
	const etc = count > first.length ? ', …' : '';
	return { more: count - 1, lines: `${lines.join(', ')}${etc}` };
}

function formatBytes(n: number): string {
	if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
	if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
	if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
	return `${n} bytes`;
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
