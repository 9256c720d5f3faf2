/**
 * Random over- and under-sampling, as imbalanced-learn 0.10 `RandomOverSampler` (rows drawn uniformly with
 * replacement within each class) and `RandomUnderSampler` (rows kept drawn without replacement) do; the counts
 * per class come from `targetCounts`, so they equal imblearn's exactly.
 */
import type { Rng } from '../shared/rng';
import { rowsOfClass } from './class-rows';
import { countClasses, targetCounts, type SamplingStrategy } from './strategy';

/** Labels only: random resampling never looks at feature values. */
export type Labels = { y: Int32Array; classCount: number };

/**
 * Input rows to append as duplicates (class by class, ascending class index).
 * @throws FaroError settings-invalid for labels outside the classes or an unusable ratio.
 */
export function oversampleRandom(
	data: Labels,
	strategy: SamplingStrategy,
	rng: Rng
): { indices: Int32Array } {
	const wanted = targetCounts(countClasses(data.y, data.classCount), strategy, 'over');
	const indices = new Int32Array(wanted.reduce((a, b) => a + b, 0));
	let at = 0;
	wanted.forEach((n, c) => {
		if (n === 0) return;
		const rows = rowsOfClass(data.y, c);
		for (let s = 0; s < n; s++) indices[at++] = rows[rng.int(rows.length)];
	});
	return { indices };
}

/**
 * Input rows to keep, ascending; classes left alone keep every row.
 * @throws FaroError settings-invalid for labels outside the classes or an unusable ratio.
 */
export function undersampleRandom(
	data: Labels,
	strategy: SamplingStrategy,
	rng: Rng
): { keep: Int32Array } {
	const counts = countClasses(data.y, data.classCount);
	const wanted = targetCounts(counts, strategy, 'under');
	const keep = new Int32Array(wanted.reduce((a, b) => a + b, 0));
	let at = 0;
	wanted.forEach((n, c) => {
		const rows = rowsOfClass(data.y, c);
		// partial Fisher–Yates: the first n slots become a uniform sample without replacement
		for (let i = 0; i < n && n < rows.length; i++) {
			const j = i + rng.int(rows.length - i);
			const t = rows[i];
			rows[i] = rows[j];
			rows[j] = t;
		}
		keep.set(rows.subarray(0, n), at);
		at += n;
	});
	return { keep: keep.sort() };
}
