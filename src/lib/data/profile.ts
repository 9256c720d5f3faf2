/**
 * The column profile: per column its kind, suggested role, missing values, distinct count and a summary
 * fit for its storage (numbers: pandas `describe()` figures and a 20-bin histogram; strings: top levels and
 * lengths, and for text columns a length histogram and the top terms (profile-text.ts); dates: range), plus
 * warnings. Plain data throughout (structured-clone safe).
 */
import { isMissing, type Column, type Table } from './table';
import type { ParseMeta } from './parse-types';
import { inferKind, isHighCardinality, suggestRole, type ColumnFacts } from './infer-types';
import { countDistinctSorted, histogram, meanAndStd, quantileSorted, sortedPresent } from './stats';
import { summariseStrings } from './profile-strings';
import { withTextDetails } from './profile-text';
import type { ColumnProfile, DatasetProfile, ProfileWarning } from './profile-types';
import { columnWarnings, warning } from './profile-warnings';
import { text } from '../i18n/text';

type ProfileMeta = Pick<ParseMeta, 'fileName'> &
	Partial<
		Pick<
			ParseMeta,
			'indexColumn' | 'skippedRows' | 'paddedRows' | 'skippedQuoteRows' | 'strayQuotes'
		>
	>;

/** Profiles every column of a parsed table. */
export function profileTable(table: Table, meta: ProfileMeta): DatasetProfile {
	const columns = table.columns.map((column) =>
		profileColumn(column, table.rowCount, column.name === meta.indexColumn)
	);
	const warnings: ProfileWarning[] = [];
	if (meta.indexColumn) {
		warnings.push(
			warning('index-column', text('data_warn_index_column', { name: meta.indexColumn }))
		);
	}
	if (meta.skippedRows) {
		warnings.push(
			warning('rows-skipped', text('data_warn_rows_skipped', { count: meta.skippedRows }))
		);
	}
	if (meta.paddedRows) {
		warnings.push(
			warning('rows-padded', text('data_warn_rows_padded', { count: meta.paddedRows }))
		);
	}
	if (meta.skippedQuoteRows) {
		warnings.push(
			warning(
				'rows-bad-quotes',
				text('data_warn_rows_bad_quotes', { count: meta.skippedQuoteRows })
			)
		);
	}
	if (meta.strayQuotes) {
		const { count, line, column } = meta.strayQuotes;
		const key = count > 1 ? 'data_warn_stray_quotes_other' : 'data_warn_stray_quotes_one';
		warnings.push(warning('stray-quotes', text(key, { count, line, column })));
	}
	return {
		fileName: meta.fileName,
		rowCount: table.rowCount,
		columnCount: columns.length,
		columns,
		warnings
	};
}

/** Profiles one column. */
export function profileColumn(
	column: Column,
	rowCount: number,
	isIndexColumn = false
): ColumnProfile {
	let missingCount = 0;
	for (let i = 0; i < rowCount; i++) if (isMissing(column, i)) missingCount++;
	const presentCount = rowCount - missingCount;
	const base = {
		name: column.name,
		storage: column.storage,
		rowCount,
		presentCount,
		isIndexColumn
	};
	let facts: ColumnFacts;
	const extra: Partial<ColumnProfile> = {};
	if (column.storage === 'number' || column.storage === 'date') {
		const sorted = sortedPresent(column.values);
		const distinctCount = countDistinctSorted(sorted);
		const isInteger = sorted.every(Number.isInteger);
		const min = sorted[0];
		const max = sorted[sorted.length - 1];
		facts = {
			...base,
			distinctCount,
			isInteger,
			isConsecutive:
				isInteger && distinctCount === sorted.length && max - min + 1 === sorted.length,
			isZeroOne: distinctCount === 2 && min === 0 && max === 1
		};
		if (column.storage === 'date' && sorted.length > 0) {
			extra.dates = {
				min,
				max,
				minIso: new Date(min).toISOString(),
				maxIso: new Date(max).toISOString()
			};
		} else if (sorted.length > 0) {
			const { mean, std } = meanAndStd(sorted);
			extra.numeric = {
				min,
				max,
				mean,
				std,
				q25: quantileSorted(sorted, 0.25),
				median: quantileSorted(sorted, 0.5),
				q75: quantileSorted(sorted, 0.75),
				isInteger,
				histogram: histogram(sorted, 20)
			};
		}
	} else {
		const strings = summariseStrings(column);
		facts = {
			...base,
			distinctCount: strings.distinctCount,
			levels: strings.levels,
			...strings.lengths
		};
		extra.categories = strings.categories;
		extra.text = strings.text;
	}
	const kind = inferKind(facts);
	if (kind === 'text' && column.storage !== 'number' && column.storage !== 'date' && extra.text) {
		extra.text = withTextDetails(column, extra.text);
	}
	const profile: ColumnProfile = {
		name: column.name,
		storage: column.storage,
		kind,
		suggestedRole: suggestRole(kind),
		missingCount,
		missingFraction: rowCount === 0 ? 0 : missingCount / rowCount,
		distinctCount: facts.distinctCount,
		...extra,
		warnings: []
	};
	profile.warnings = columnWarnings(
		profile,
		facts,
		isHighCardinality(facts.distinctCount, presentCount)
	);
	const padded = column.storage === 'category' ? zeroPaddedExample(column.levels) : null;
	if (padded !== null) {
		profile.warnings.push(
			warning(
				'leading-zeros',
				text('data_warn_leading_zeros', { name: column.name, example: padded, kind })
			)
		);
	}
	return profile;
}

const NUMBER_LIKE = /^[-+]?\d+([.,]\d+)?$/;
const ZERO_PADDED = /^[-+]?0\d/;

/** A level like "08123" when every level is number-like and some have a leading zero; else null. */
function zeroPaddedExample(levels: readonly string[]): string | null {
	if (levels.length === 0 || !levels.every((level) => NUMBER_LIKE.test(level))) return null;
	return levels.find((level) => ZERO_PADDED.test(level)) ?? null;
}
