/**
 * Seeded stratified k-fold assignment, like scikit-learn's `StratifiedKFold(shuffle=True)`: each class is
 * shuffled on its own and dealt round-robin over the folds, continuing where the previous class stopped, so
 * every fold keeps the class proportions and fold sizes differ by at most one row.
 */
import { FaroError } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import { shuffledIndices, type Rng } from '$lib/shared/rng';

export const MIN_FOLDS = 3;
export const MAX_FOLDS = 10;

/**
 * The fold (0..k-1) of every row `0..y.length-1`.
 * @param y class codes in [0, classCount)
 * @param labels class names for messages (defaults to "class <code>")
 * @throws FaroError settings-invalid when k is not a whole number in 3..10; class-too-small when a class has
 *   fewer than k rows (a fold would hold none of it)
 * @example
 * const foldOf = stratifiedFolds(y, 2, 5, createRng(42)); // foldOf[i] = fold of row i
 */
export function stratifiedFolds(
	y: Int32Array,
	classCount: number,
	k: number,
	rng: Rng,
	labels?: string[]
): Int32Array {
	if (!Number.isInteger(k) || k < MIN_FOLDS || k > MAX_FOLDS) {
		throw new FaroError(
			'settings-invalid',
			text('err_folds_bad_k', { min: MIN_FOLDS, max: MAX_FOLDS }),
			{
				where: `k = ${k}`,
				hint: text('err_folds_bad_k_hint')
			}
		);
	}
	const byClass: number[][] = Array.from({ length: classCount }, () => []);
	for (let i = 0; i < y.length; i++) byClass[y[i]].push(i);
	const foldOf = new Int32Array(y.length);
	let next = 0;
	byClass.forEach((rows, c) => {
		if (rows.length < k) {
			const name = labels?.[c] ?? `class ${c}`;
			throw new FaroError(
				'class-too-small',
				text('err_folds_class_too_small', { name, count: rows.length, k }),
				{
					where: text('err_split_where_class', { name }),
					hint: text('err_folds_class_too_small_hint')
				}
			);
		}
		const order = shuffledIndices(rows.length, rng, Int32Array.from(rows));
		for (const row of order) {
			foldOf[row] = next;
			next = (next + 1) % k;
		}
	});
	return foldOf;
}

/** The rows of fold `fold` (held out) and of the other folds (training), each ascending. */
export function foldRows(
	foldOf: Int32Array,
	fold: number
): { train: Int32Array; heldOut: Int32Array } {
	const train: number[] = [];
	const heldOut: number[] = [];
	for (let i = 0; i < foldOf.length; i++) (foldOf[i] === fold ? heldOut : train).push(i);
	return { train: Int32Array.from(train), heldOut: Int32Array.from(heldOut) };
}
