import type { LongWork } from '$lib/shared/progress';
import type { TextEncoding } from './decode';
import type { Delimiter, Newline } from './sniff';
import type { RenamedHeader } from './headers';
import type { Table } from './table';

/**
 * What to do with rows whose field count differs from the header's: `error` (default) fails with
 * `csv-ragged`; `skip` drops them; `pad` fills short rows with missing cells and drops rows with too many
 * fields (their values cannot be placed under the right columns), counting those as skipped.
 */
export type RaggedRowsPolicy = 'error' | 'skip' | 'pad';

/** What to do with rows that have text after a quoted value's closing quote: fail (`csv-quotes`) or skip. */
export type InvalidQuotesPolicy = 'error' | 'skip';

/** Options for `parseCsv`. */
export type ParseOptions = LongWork & {
	/** The name shown in messages (a File's name is used when omitted). */
	fileName?: string;
	raggedRows?: RaggedRowsPolicy;
	invalidQuotes?: InvalidQuotesPolicy;
	/** Refuse files larger than this, before reading anything. */
	maxBytes?: number;
	/** Force an encoding instead of detecting it. */
	encoding?: TextEncoding;
	/** Force a delimiter instead of sniffing it. */
	delimiter?: Delimiter;
	/** Bytes read per slice (default 8 MiB). */
	sliceBytes?: number;
	/** Characters of text the dialect is sniffed on (default 64 KiB; tests lower it). */
	sampleChars?: number;
};

/** How the file was read. Plain data. */
export type ParseMeta = {
	fileName: string;
	sizeBytes: number;
	encoding: TextEncoding;
	delimiter: Delimiter;
	/** The line ending (absent in datasets stored before it was recorded). */
	newline?: Newline;
	decimalComma: boolean;
	rowCount: number;
	columnCount: number;
	renamedHeaders: RenamedHeader[];
	/** The leading unnamed row-index column (named `row`), when the file has one. */
	indexColumn: string | null;
	/** Rows skipped for their field count. */
	skippedRows: number;
	/** Rows skipped for invalid quoting (text after a closing quote). */
	skippedQuoteRows?: number;
	paddedRows: number;
	/** Cells with a `"` inside an unquoted value, read as written; where the first one is. */
	strayQuotes?: { count: number; line: number; column: string } | null;
	durationMs: number;
};

/**
 * The parsed file: the columnar table, how it was read, and the first rows as raw strings for display
 * (`preview[i][j]` is row i of column `table.columns[j]`; the header is not included).
 */
export type ParseResult = { table: Table; meta: ParseMeta; preview: string[][] };

export const PREVIEW_ROWS = 20;
