/**
 * Seeded stratified split into training, validation and test rows: each class is shuffled on its own and
 * cut by the fractions, so every part keeps the class proportions (like scikit-learn's stratified
 * `train_test_split`, applied per class with rounding).
 */
import { FaroError } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import { shuffledIndices, type Rng } from '$lib/shared/rng';

export type SplitFractions = { train: number; validation: number; test: number };
export type Split = { train: Int32Array; validation: Int32Array; test: Int32Array };

/**
 * Splits rows `0..y.length-1` by class. Per class of n rows: `round(n · test)` test rows and
 * `round(n · validation)` validation rows, each at least 1 when its fraction is above 0 and n ≥ 3; the rest
 * train. A class of 2 rows gives 1 training row and 1 test row (validation when test is 0). Each part's
 * indices are ascending.
 * @param y class codes in [0, classCount)
 * @param labels class names for messages (defaults to "class <code>")
 * @throws FaroError settings-invalid for bad fractions, class-too-small when a class has fewer than 2 rows
 * @example
 * const { train, validation, test } = stratifiedSplit(y, 2, { train: 0.7, validation: 0.15, test: 0.15 }, createRng(42));
 */
export function stratifiedSplit(
	y: Int32Array,
	classCount: number,
	fractions: SplitFractions,
	rng: Rng,
	labels?: string[]
): Split {
	validateFractions(fractions);
	const byClass = rowsByClass(y, classCount);
	const parts = {
		train: [] as Int32Array[],
		validation: [] as Int32Array[],
		test: [] as Int32Array[]
	};
	byClass.forEach((rows, c) => {
		if (rows.length < 2) {
			const name = labels?.[c] ?? `class ${c}`;
			throw new FaroError(
				'class-too-small',
				text(
					rows.length === 1
						? 'err_stratify_class_too_small_one'
						: 'err_stratify_class_too_small_other',
					{ name, count: rows.length }
				),
				{
					where: text('err_split_where_class', { name }),
					hint: text('err_stratify_class_too_small_hint')
				}
			);
		}
		const [validationCount, testCount] = partCounts(rows.length, fractions);
		shuffledIndices(rows.length, rng, rows);
		parts.test.push(rows.subarray(0, testCount));
		parts.validation.push(rows.subarray(testCount, testCount + validationCount));
		parts.train.push(rows.subarray(testCount + validationCount));
	});
	return {
		train: sortedConcat(parts.train),
		validation: sortedConcat(parts.validation),
		test: sortedConcat(parts.test)
	};
}

function validateFractions(f: SplitFractions): void {
	const values = [f.train, f.validation, f.test];
	const valid =
		values.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1) &&
		f.train > 0 &&
		Math.abs(values.reduce((a, b) => a + b, 0) - 1) < 1e-6;
	if (!valid) {
		throw new FaroError('settings-invalid', text('err_stratify_bad_fractions'), {
			where: `split = ${JSON.stringify(f)}`,
			hint: text('err_stratify_bad_fractions_hint')
		});
	}
}

/** [validation, test] row counts for a class of `n ≥ 2` rows. */
function partCounts(n: number, f: SplitFractions): [number, number] {
	if (n === 2) return f.test > 0 ? [0, 1] : [f.validation > 0 ? 1 : 0, 0];
	let validation = f.validation > 0 ? Math.max(1, Math.round(n * f.validation)) : 0;
	let test = f.test > 0 ? Math.max(1, Math.round(n * f.test)) : 0;
	// Rounding up both parts may leave no training row: take it back from the larger part.
	while (validation + test > n - 1) {
		if (validation > test || (validation === test && validation > 1)) validation--;
		else test--;
	}
	return [validation, test];
}

function rowsByClass(y: Int32Array, classCount: number): Int32Array[] {
	const counts = new Int32Array(classCount);
	for (let i = 0; i < y.length; i++) {
		const c = y[i];
		if (!(c >= 0 && c < classCount)) {
			throw new FaroError(
				'internal',
				text('err_stratify_bad_class_code', { row: i, code: c, max: classCount - 1 }),
				{
					hint: text('err_train_bug_hint')
				}
			);
		}
		counts[c]++;
	}
	const rows = Array.from(counts, (n) => new Int32Array(n));
	const filled = new Int32Array(classCount);
	for (let i = 0; i < y.length; i++) rows[y[i]][filled[y[i]]++] = i;
	return rows;
}

function sortedConcat(blocks: Int32Array[]): Int32Array {
	const out = new Int32Array(blocks.reduce((n, b) => n + b.length, 0));
	let at = 0;
	for (const b of blocks) {
		out.set(b, at);
		at += b.length;
	}
	return out.sort();
}
