/**
 * Permutation importance, as `sklearn.inspection.permutation_importance` computes it: for each feature column
 * of the raw table (before the Recipe, so one-hot levels, derived ratios and TF-IDF terms count for the column
 * they come from), its values are shuffled among the evaluated rows and the model is scored again; the
 * importance is the score lost, over `repeats` shuffles (mean ± population std, as NumPy's `std`). Each repeat
 * shuffles the order the previous one left (scikit-learn, too, shuffles its permuted copy again);
 * tests/fixtures/reference/scripts/importance_reference.py exports scikit-learn's orders to check the rest.
 * The score is the run's ranking metric: ROC AUC (binary: of the positive class; multiclass: macro
 * one-vs-rest), or accuracy where ROC AUC is undefined.
 */
import { takeRows, type Column, type Table } from '$lib/data/table';
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import type { Progress } from '$lib/shared/progress';
import { createRng, shuffledIndices } from '$lib/shared/rng';
import type { ColumnImportance, PermutationImportance } from '$lib/runs/types';

export type { ColumnImportance, PermutationImportance } from '$lib/runs/types';

/** scikit-learn's `n_repeats` default. */
export const IMPORTANCE_REPEATS = 5;
/** Rows a run's importance is computed on at most (a seeded subset of a larger test part). */
export const IMPORTANCE_MAX_ROWS = 2000;

export type ImportanceWork = {
	signal?: AbortSignal;
	onProgress?: (p: Progress) => void;
	/**
	 * Repeat `r` of column `c`: row i of the shuffled column takes the original row order[i], given the previous
	 * repeat's order (the identity before the first); defaults to a Fisher–Yates shuffle of it from a seeded
	 * stream per column. Tests pass scikit-learn's orders.
	 */
	shuffle?: (columnIndex: number, repeat: number, previous: Int32Array) => Int32Array;
};

/**
 * Permutation importance of `columns` of `table` for a model scored by `score` (higher is better).
 * @throws FaroError settings-invalid when a column is missing from the table; cancelled
 */
export async function permutationImportance(
	table: Table,
	columns: string[],
	score: (table: Table) => Promise<number>,
	options: { metric: PermutationImportance['metric']; repeats?: number; seed: number },
	work: ImportanceWork = {}
): Promise<PermutationImportance> {
	const repeats = options.repeats ?? IMPORTANCE_REPEATS;
	const baseline = await score(table);
	const n = table.rowCount;
	const result: ColumnImportance[] = [];
	for (const [c, name] of columns.entries()) {
		throwIfAborted(work.signal);
		work.onProgress?.({
			phase: `Permutation importance: ${name} (${c + 1} of ${columns.length})`,
			done: c,
			total: columns.length
		});
		const at = table.columns.findIndex((col) => col.name === name);
		if (at < 0) {
			throw new FaroError('settings-invalid', text('err_importance_unknown_column', { name }), {
				where: text('err_importance_where')
			});
		}
		const rng = createRng((options.seed ^ Math.imul(c + 1, 0x9e3779b1)) >>> 0);
		let order: Int32Array = Int32Array.from({ length: n }, (_, i) => i);
		const drops: number[] = [];
		for (let r = 0; r < repeats; r++) {
			throwIfAborted(work.signal);
			order = work.shuffle
				? work.shuffle(c, r, order)
				: shuffledIndices(n, rng, Int32Array.from(order));
			const columnsShuffled = table.columns.slice();
			columnsShuffled[at] = reordered(table.columns[at], order);
			drops.push(baseline - (await score({ rowCount: n, columns: columnsShuffled })));
		}
		const mean = drops.reduce((a, b) => a + b, 0) / repeats;
		const std = Math.sqrt(drops.reduce((a, d) => a + (d - mean) ** 2, 0) / repeats);
		result.push({ column: name, mean, std, drops });
	}
	work.onProgress?.({
		phase: 'Permutation importance',
		done: columns.length,
		total: columns.length
	});
	result.sort((a, b) => b.mean - a.mean || a.column.localeCompare(b.column));
	return { metric: options.metric, baseline, repeats, rows: n, columns: result };
}

/** The column with its rows in `order` (row i takes row order[i]'s value). */
const reordered = (column: Column, order: Int32Array): Column =>
	takeRows({ rowCount: order.length, columns: [column] }, order).columns[0];
