/**
 * Leak check: a feature that alone predicts the target almost perfectly is usually the target in disguise
 * (recorded after the outcome, or a recoding of it). Scores, per feature column and derived feature:
 * - categorical and boolean columns, and numeric ones with few distinct values (≤ 20, and at most one per
 *   5 rows): the accuracy of predicting each level's majority class (missing is a level). Flagged when
 *   ≥ 0.98 and its error is at most a fifth of the majority-class rate's error (so a 99 % majority class
 *   alone does not flag everything), and the column has at most one level per 5 rows (an id is not a leak).
 * - other numeric and date columns, binary targets: ROC AUC of the value (missing rows left out), taken
 *   both ways (max(AUC, 1 − AUC)), flagged when ≥ 0.98. Multi-class targets skip this check.
 * Text columns are not checked.
 */
import { findColumn, type Table } from '$lib/data/table';
import { computeDerived } from './derived';
import { readDates, readNumbers, readStrings } from './read-column';
import type { RecipeSpec } from './recipe-spec';

export type LeakWarning = { column: string; score: number; message: string };

export const LEAK_THRESHOLD = 0.98;
const MAX_LEVELS = 20;
const ROWS_PER_LEVEL = 5;

/** Features of `spec` that predict `target` (one class index per row of `table`) almost perfectly, strongest first. */
export function findLeaks(table: Table, spec: RecipeSpec, target: Int32Array): LeakWarning[] {
	const classCount = target.reduce((m, v) => Math.max(m, v + 1), 0);
	if (table.rowCount === 0 || classCount < 2) return [];
	const warnings: LeakWarning[] = [];
	const check = (name: string, score: number | null, metric: string) => {
		if (score !== null && score >= LEAK_THRESHOLD) {
			warnings.push({
				column: name,
				score,
				message: `"${name}" alone predicts the target almost perfectly (${metric} ${score.toFixed(3)}): it looks like the target in disguise. Check it is known before the outcome, or set its role to "ignore".`
			});
		}
	};
	const checkNumbers = (name: string, values: Float64Array) => {
		const distinct = new Set(values).size;
		if (distinct <= MAX_LEVELS && distinct * ROWS_PER_LEVEL <= values.length) {
			check(name, levelScore(Array.from(values, String), target, classCount), 'accuracy');
		} else if (classCount === 2) {
			check(name, separationAuc(values, target), 'AUC');
		}
	};
	for (const c of spec.columns) {
		const column = findColumn(table, c.name);
		if (c.role !== 'feature' || !column) continue;
		if (c.kind === 'categorical' || c.kind === 'boolean') {
			check(c.name, levelScore(readStrings(column), target, classCount), 'accuracy');
		} else if (c.kind === 'numeric') checkNumbers(c.name, readNumbers(column));
		else if (c.kind === 'date') checkNumbers(c.name, readDates(column));
	}
	for (const d of spec.derived) {
		const left = findColumn(table, d.left);
		const right = findColumn(table, d.right);
		if (left && right)
			checkNumbers(d.name, computeDerived(d.op, readNumbers(left), readNumbers(right)));
	}
	return warnings.sort((a, b) => b.score - a.score);
}

/** Accuracy of "each level predicts its majority class", or null when the rule cannot be a leak signal. */
function levelScore(
	values: (string | null)[],
	target: Int32Array,
	classCount: number
): number | null {
	const counts = new Map<string | null, Int32Array>();
	const overall = new Int32Array(classCount);
	for (let i = 0; i < values.length; i++) {
		let c = counts.get(values[i]);
		if (!c) counts.set(values[i], (c = new Int32Array(classCount)));
		c[target[i]]++;
		overall[target[i]]++;
	}
	if (counts.size * ROWS_PER_LEVEL > values.length) return null;
	let correct = 0;
	for (const c of counts.values()) correct += Math.max(...c);
	const accuracy = correct / values.length;
	const baseline = Math.max(...overall) / values.length;
	return 1 - accuracy <= 0.2 * (1 - baseline) ? accuracy : null;
}

/** max(AUC, 1 − AUC) of `values` for class 1 vs class 0 (ties get average ranks), or null without both classes. */
export function separationAuc(values: Float64Array, target: Int32Array): number | null {
	const rows: number[] = [];
	for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) rows.push(i);
	rows.sort((a, b) => values[a] - values[b]);
	let positives = 0;
	let rankSum = 0;
	for (let start = 0; start < rows.length;) {
		let end = start;
		while (end < rows.length && values[rows[end]] === values[rows[start]]) end++;
		const rank = (start + 1 + end) / 2; // average of ranks start+1 … end
		for (let k = start; k < end; k++) {
			if (target[rows[k]] === 1) {
				positives++;
				rankSum += rank;
			}
		}
		start = end;
	}
	const negatives = rows.length - positives;
	if (positives === 0 || negatives === 0) return null;
	const auc = (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
	return Math.max(auc, 1 - auc);
}
