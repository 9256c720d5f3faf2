import type { Text } from '../i18n/text';
import type { ColumnKind, ColumnRole, Column } from './table';

/** Something a data scientist would want to know about a column or the dataset. */
export type ProfileWarning = {
	code:
		| 'constant'
		| 'all-missing'
		| 'mostly-missing'
		| 'id-like'
		| 'high-cardinality'
		| 'index-column'
		| 'rows-skipped'
		| 'rows-padded'
		| 'rows-bad-quotes'
		| 'stray-quotes'
		| 'leading-zeros';
	/** English (stored with the profile; logs, the CLI). */
	message: string;
	/** The same as a catalogue Text, shown in the reader's language; absent in profiles stored before it. */
	text?: Text;
};

export type NumericSummary = {
	min: number;
	max: number;
	mean: number;
	/** Sample standard deviation (ddof = 1), as pandas `describe()`. */
	std: number;
	q25: number;
	median: number;
	q75: number;
	isInteger: boolean;
	histogram: { edges: number[]; counts: number[] };
};

export type CategorySummary = {
	/** The most frequent levels (up to 10), most frequent first, ties by first appearance. */
	top: { label: string; count: number }[];
	/** Present cells whose level is not in `top`. */
	otherCount: number;
};

export type TextSummary = {
	examples: string[];
	minLength: number;
	meanLength: number;
	maxLength: number;
	meanWords: number;
	/** Text columns only: characters per present value, `numpy.histogram` with 20 bins (older profiles lack it). */
	lengthHistogram?: { edges: number[]; counts: number[] };
	/** Text columns only: the 15 commonest terms under the default TF-IDF options, with corpus counts. */
	topTerms?: { term: string; count: number }[];
};

/** Profile of one column. Plain, structured-clone-safe data (stored in IndexedDB, sent to the page). */
export type ColumnProfile = {
	name: string;
	storage: Column['storage'];
	kind: ColumnKind;
	suggestedRole: ColumnRole;
	missingCount: number;
	missingFraction: number;
	distinctCount: number;
	numeric?: NumericSummary;
	categories?: CategorySummary;
	text?: TextSummary;
	/** Epoch ms and ISO strings of the first and last date. */
	dates?: { min: number; max: number; minIso: string; maxIso: string };
	warnings: ProfileWarning[];
};

export type DatasetProfile = {
	fileName: string;
	rowCount: number;
	columnCount: number;
	columns: ColumnProfile[];
	/** Dataset-level notes (rows skipped or padded, the index column). */
	warnings: ProfileWarning[];
};
