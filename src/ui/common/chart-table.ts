/**
 * The text alternative of a chart: the numbers it draws as a small table, shown under the chart in a
 * `<details>` for screen-reader and keyboard users (and anyone who wants the values).
 */
import { m } from '$lib/i18n';

/** A chart's data as a table: column headers, then one row of cells per point (already formatted). */
export type ChartTable = { columns: string[]; rows: string[][] };

/**
 * At most `max` items spread evenly over `items`, the first and the last always kept: a curve of 800 points
 * reads as a table of 21.
 */
export function sampleEvenly<T>(items: readonly T[], max = 21): T[] {
	if (items.length <= max) return [...items];
	if (max < 2) return items.slice(0, Math.max(0, max));
	const step = (items.length - 1) / (max - 1);
	return Array.from({ length: max }, (_, i) => items[Math.round(i * step)]);
}

/**
 * A table of curves: one row per sampled point of each series, a first "series" column when there are several.
 *
 * @param columns headers of the point's cells (e.g. `['False positive rate', 'True positive rate']`)
 */
export function curveTable(
	series: readonly { name: string; points: readonly string[][] }[],
	columns: string[],
	max = 21
): ChartTable {
	const named = series.length > 1;
	return {
		columns: named ? [m.chart_series(), ...columns] : columns,
		rows: series.flatMap((s) =>
			sampleEvenly(s.points, max).map((cells) => (named ? [s.name, ...cells] : cells))
		)
	};
}
