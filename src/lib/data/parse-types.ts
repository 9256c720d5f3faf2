import type { LongWork } from '$lib/shared/progress';
import type { TextEncoding } from './decode';
import type { Delimiter } from './sniff';
import type { RenamedHeader } from './headers';
import type { Table } from './table';

/**
 * What to do with rows whose field count differs from the header's: `error` (default) fails with
 * `csv-ragged`; `skip` drops them; `pad` fills short rows with missing cells and drops rows with too many
 * fields (their values cannot be placed under the right columns), counting those as skipped.
 */
export type RaggedRowsPolicy = 'error' | 'skip' | 'pad';

/** Options for `parseCsv`. */
export type ParseOptions = LongWork & {
	/** The name shown in messages (a File's name is used when omitted). */
	fileName?: string;
	raggedRows?: RaggedRowsPolicy;
	/** Refuse files larger than this, before reading anything. */
	maxBytes?: number;
	/** Force an encoding instead of detecting it. */
	encoding?: TextEncoding;
	/** Bytes read per slice (default 8 MiB). */
	sliceBytes?: number;
};

/** How the file was read. Plain data. */
export type ParseMeta = {
	fileName: string;
	sizeBytes: number;
	encoding: TextEncoding;
	delimiter: Delimiter;
	decimalComma: boolean;
	rowCount: number;
	columnCount: number;
	renamedHeaders: RenamedHeader[];
	/** The leading unnamed row-index column (named `row`), when the file has one. */
	indexColumn: string | null;
	skippedRows: number;
	paddedRows: number;
	durationMs: number;
};

/**
 * The parsed file: the columnar table, how it was read, and the first rows as raw strings for display
 * (`preview[i][j]` is row i of column `table.columns[j]`; the header is not included).
 */
export type ParseResult = { table: Table; meta: ParseMeta; preview: string[][] };

export const PREVIEW_ROWS = 20;
