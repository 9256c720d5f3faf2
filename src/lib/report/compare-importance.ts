/**
 * Permutation importance of several runs, side by side. A run measures the score it loses as ROC AUC, or as
 * accuracy where ROC AUC is undefined (training/importance.ts): the numbers of two runs are comparable only when
 * they lost the same score. So the table says which score each run lost, and when they differ it orders the
 * columns by their mean rank within each run instead of averaging ROC AUC points with accuracy points.
 */
import type { PermutationImportance } from '$lib/runs/types';
import { m } from '../i18n';

export type ImportanceMetric = PermutationImportance['metric'];

export type ImportanceComparison = {
	/** Per run, the score its importance lost; null where the run has no importance. */
	metrics: (ImportanceMetric | null)[];
	/** True when the runs that have importance lost different scores. */
	isMixed: boolean;
	/** `mean`: by the mean importance over the runs; `rank`: by the mean rank (1 = most important in its run). */
	orderedBy: 'mean' | 'rank';
	/** Every column any run measured, most important first; null where a run did not measure it. */
	rows: { column: string; values: (number | null)[]; ranks: (number | null)[] }[];
};

const mean = (values: (number | null)[]): number => {
	const known = values.filter((v): v is number => v !== null);
	return known.length ? known.reduce((a, b) => a + b, 0) / known.length : NaN;
};

/** The importance table of `importances` (one per run, in column order). */
export function compareImportance(
	importances: (PermutationImportance | null | undefined)[]
): ImportanceComparison {
	const metrics = importances.map((i) => i?.metric ?? null);
	const isMixed = new Set(metrics.filter((x) => x !== null)).size > 1;
	const columns = [...new Set(importances.flatMap((i) => i?.columns.map((c) => c.column) ?? []))];
	const rows = columns.map((column) => ({
		column,
		values: importances.map((i) => i?.columns.find((c) => c.column === column)?.mean ?? null),
		ranks: importances.map((i) => {
			const at = i?.columns.findIndex((c) => c.column === column) ?? -1;
			return at < 0 ? null : at + 1;
		})
	}));
	const orderedBy = isMixed ? 'rank' : 'mean';
	// unknown (NaN) keys sort last; ties keep the order the columns were first seen in
	const key = (row: (typeof rows)[number]) =>
		orderedBy === 'rank' ? mean(row.ranks) : -mean(row.values);
	const sortKey = (row: (typeof rows)[number]) => {
		const k = key(row);
		return Number.isNaN(k) ? Infinity : k;
	};
	rows.sort((a, b) => sortKey(a) - sortKey(b));
	return { metrics, isMixed, orderedBy, rows };
}

/** "ROC AUC" or "accuracy". */
export const importanceMetricLabel = (metric: ImportanceMetric): string =>
	metric === 'rocAuc' ? 'ROC AUC' : m.report_importance_accuracy();
