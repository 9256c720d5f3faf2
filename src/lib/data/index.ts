/** CSV ingestion, type inference and the column profile: what other areas may use from `$lib/data`. */
export * from './table';
export { parseCsv } from './parse-csv';
export type {
	ParseOptions,
	ParseMeta,
	ParseResult,
	RaggedRowsPolicy,
	InvalidQuotesPolicy
} from './parse-types';
export type { TextEncoding } from './decode';
export type { Delimiter, Dialect, Newline } from './sniff';
export type { RenamedHeader } from './headers';
export { MISSING_TOKENS, isMissingToken } from './cells';
export { profileTable, profileColumn } from './profile';
export type {
	DatasetProfile,
	ColumnProfile,
	ProfileWarning,
	NumericSummary,
	CategorySummary,
	TextSummary
} from './profile-types';
export { inferKind, suggestRole, type ColumnFacts } from './infer-types';
export { suggestTarget, classBalance } from './target';
export { quantileSorted, meanAndStd, histogram, sortedPresent } from './stats';
export { CsvReader, type ReadCsvOptions, type CsvReadInfo } from './csv-reader';
export { RecordBatch, batchToTable, rowsToTable } from './record-batch';
