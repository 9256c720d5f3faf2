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
import { columnWarnings } from './profile-warnings';

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
		warnings.push({
			code: 'index-column',
			message: `The first column had no name and counts rows (a saved index); it is called "${meta.indexColumn}" and is not used as a feature.`
		});
	}
	if (meta.skippedRows) {
		warnings.push({
			code: 'rows-skipped',
			message: `${meta.skippedRows} rows with the wrong number of fields were skipped.`
		});
	}
	if (meta.paddedRows) {
		warnings.push({
			code: 'rows-padded',
			message: `${meta.paddedRows} short rows were padded with missing values.`
		});
	}
	if (meta.skippedQuoteRows) {
		warnings.push({
			code: 'rows-bad-quotes',
			message: `${meta.skippedQuoteRows} rows with text after a closing quote were skipped.`
		});
	}
	if (meta.strayQuotes) {
		const { count, line, column } = meta.strayQuotes;
		warnings.push({
			code: 'stray-quotes',
			message: `${count} value${count > 1 ? 's hold' : ' holds'} a double quote inside an unquoted value (first on line ${line}, column "${column}"); ${count > 1 ? 'they were' : 'it was'} read as written, quote included.`
		});
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
		profile.warnings.push({
			code: 'leading-zeros',
			message: `"${column.name}" holds numbers written with leading zeros (such as "${padded}"), so it is read as codes (${kind}) and the zeros are kept. If they are quantities, switch its kind to numeric.`
		});
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
