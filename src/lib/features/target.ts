/**
 * The target column as class indices, like scikit-learn `LabelEncoder`: labels sorted (numerically when
 * the column is stored as numbers, else by code unit), rows with a missing target dropped. Numeric targets
 * are class labels by their string form ("1", "2.5").
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { columnAsStrings, type Column } from '$lib/data/table';
import { compareText } from './encode';

export const MAX_CLASSES = 100;

export type EncodedTarget = {
	/** Class index per kept row. */
	y: Int32Array;
	labels: string[];
	/** Row numbers (in the column) of the rows with a target value. */
	keptRows: Int32Array;
	droppedMissing: number;
};

/**
 * Encodes `column` as class indices. With `options.labels` (e.g. a bundle's labels) that order is used
 * and the class checks are skipped.
 * @throws FaroError target-missing (no values), target-single-class, target-too-many-classes,
 *   settings-invalid (a value outside `options.labels`)
 * @example
 * const { y, labels } = encodeTarget(findColumn(table, 'Risk')); // labels ['bad', 'good']
 */
export function encodeTarget(column: Column, options: { labels?: string[] } = {}): EncodedTarget {
	const values = columnAsStrings(column);
	const kept: number[] = [];
	for (let i = 0; i < values.length; i++) if (values[i] !== null) kept.push(i);
	const labels = options.labels ?? sortedLabels(column, values);
	if (!options.labels) checkClasses(column.name, labels);
	const index = new Map(labels.map((label, i) => [label, i]));
	const y = new Int32Array(kept.length);
	for (let k = 0; k < kept.length; k++) {
		const value = values[kept[k]] as string;
		const code = index.get(value);
		if (code === undefined) {
			throw new FaroError(
				'settings-invalid',
				text('err_target_unknown_class', { name: column.name, value }),
				{
					where: text('err_where_row', { row: kept[k] + 1 }),
					hint: text('err_target_unknown_class_hint', { labels: labels.join(', ') })
				}
			);
		}
		y[k] = code;
	}
	return {
		y,
		labels,
		keptRows: Int32Array.from(kept),
		droppedMissing: values.length - kept.length
	};
}

function sortedLabels(column: Column, values: (string | null)[]): string[] {
	const unique = [...new Set(values.filter((v): v is string => v !== null))];
	if (column.storage === 'number') return unique.sort((a, b) => Number(a) - Number(b));
	return unique.sort(compareText);
}

function checkClasses(name: string, labels: string[]): void {
	if (labels.length === 0) {
		throw new FaroError('target-missing', text('err_target_no_values', { name }), {
			where: name,
			hint: text('err_target_no_values_hint')
		});
	}
	if (labels.length === 1) {
		throw new FaroError(
			'target-single-class',
			text('err_target_single_class', { name, label: labels[0] }),
			{
				where: name,
				hint: text('err_target_single_class_hint')
			}
		);
	}
	if (labels.length > MAX_CLASSES) {
		throw new FaroError(
			'target-too-many-classes',
			text('err_target_too_many_classes', { name, count: labels.length, max: MAX_CLASSES }),
			{
				where: name,
				hint: text('err_target_too_many_classes_hint')
			}
		);
	}
}
