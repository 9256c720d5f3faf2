/** Choosing the column to predict, and counting its classes. */
import { MISSING_CODE, findColumn, columnAsStrings, type Table } from './table';
import type { ColumnProfile, DatasetProfile } from './profile-types';

const TARGET_WORDS = new Set([
	'risk',
	'class',
	'target',
	'label',
	'y',
	'churn',
	'churned',
	'status',
	'outcome',
	'default',
	'fraud'
]);

/** Whether a column could be a classification target: categorical/boolean, or numeric with ≤ 10 values. */
const isSuitable = (c: ColumnProfile): boolean =>
	c.distinctCount >= 2 &&
	c.distinctCount <= 50 &&
	(c.kind === 'categorical' ||
		c.kind === 'boolean' ||
		(c.kind === 'numeric' && c.distinctCount <= 10));

/**
 * The suggested target: a suitable column named like a target (Risk, Class, target, label, y, churn,
 * status, outcome, default, fraud — as the whole name or one of its `_`/space/`-` separated words,
 * case-insensitive), else the last suitable column, else null.
 */
export function suggestTarget(profile: DatasetProfile): string | null {
	const suitable = profile.columns.filter(isSuitable);
	const named = suitable.find((c) =>
		c.name
			.toLowerCase()
			.split(/[\s_\-.]+/)
			.some((word) => TARGET_WORDS.has(word))
	);
	return (named ?? suitable.at(-1))?.name ?? null;
}

/** Rows per class of `column` (missing excluded), most frequent first, ties by label. */
export function classBalance(table: Table, column: string): { label: string; count: number }[] {
	const found = findColumn(table, column);
	if (!found) return [];
	const counts = new Map<string, number>();
	if (found.storage === 'category') {
		const perCode = new Array<number>(found.levels.length).fill(0);
		for (const code of found.codes) if (code !== MISSING_CODE) perCode[code]++;
		found.levels.forEach((label, i) => perCode[i] > 0 && counts.set(label, perCode[i]));
	} else {
		for (const value of columnAsStrings(found))
			if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return Array.from(counts, ([label, count]) => ({ label, count })).sort(
		(a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
	);
}
