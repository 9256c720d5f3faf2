/** CSV ingestion, type inference and the column profile: what other areas may use from `$lib/data`. */
export * from './table';
export { parseCsv } from './parse-csv';
export type { ParseOptions, ParseMeta, ParseResult, RaggedRowsPolicy } from './parse-types';
export type { TextEncoding } from './decode';
export type { Delimiter } from './sniff';
export type { RenamedHeader } from './headers';
export { MISSING_TOKENS, isMissingToken } from './cells';
