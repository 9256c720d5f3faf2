/**
 * Categorical encoding, fitted on training rows only.
 * - Missing values: `own-level` makes them the level "no info" (it then counts like any level);
 *   `most-frequent` fills the commonest training level (ties → alphabetically first, like scikit-learn
 *   `SimpleImputer(strategy='most_frequent')`).
 * - One-hot keeps the `maxLevels` most frequent training levels. Ties at the cut go to the alphabetically
 *   first level. Kept levels are listed alphabetically (as scikit-learn orders its columns), followed by one
 *   "(other)" column only when some levels were cut off. At apply time a level not kept (cut off, or never
 *   seen in training) goes to "(other)", or to all zeros when there is no "(other)" column. This matches
 *   scikit-learn `OneHotEncoder(handle_unknown='infrequent_if_exist', max_categories=maxLevels + 1)`
 *   except for its tie rule (which keeps the alphabetically last of tied levels).
 * - Ordinal: one column, the level's index in the alphabetical list of training levels; unseen → −1.
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { mapStrings, readStrings } from './read-column';
import { compareCodePoints } from '$lib/text/tokenize';
import type { CategoricalOptions } from './recipe-spec';
import type { ColumnLookup } from './numeric-step';

export type FittedCategoricalStep = {
	type: 'categorical';
	column: string;
	encoding: CategoricalOptions['encoding'];
	/** The level a missing value becomes. */
	fill: string;
	/** Kept levels, alphabetical. */
	levels: string[];
	/** Whether one-hot has an "(other)" column. */
	hasOther: boolean;
};

/** Level counts in order of first appearance. */
export function countLevels(values: (string | null)[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
	return counts;
}

/** The commonest level (ties → alphabetically first), or null when there is none. */
export function mostFrequent(counts: Map<string, number>): string | null {
	let best: string | null = null;
	let bestCount = 0;
	for (const [level, n] of counts) {
		if (n > bestCount || (n === bestCount && best !== null && compareText(level, best) < 0)) {
			best = level;
			bestCount = n;
		}
	}
	return best;
}

/** Code-point order (Python's `str` and NumPy's order), the same for every locale. */
export const compareText = compareCodePoints;

/** Learns levels for a categorical column. @throws FaroError column-all-missing (most-frequent with no values) */
export function fitCategoricalStep(
	column: string,
	options: CategoricalOptions,
	lookup: ColumnLookup
): FittedCategoricalStep {
	const raw = readStrings(lookup(column));
	let fill = options.missingLevel;
	if (options.impute === 'most-frequent') {
		const common = mostFrequent(countLevels(raw));
		if (common === null) {
			throw new FaroError('column-all-missing', text('err_column_no_values', { name: column }), {
				where: column,
				hint: text('err_column_no_values_levels_hint')
			});
		}
		fill = common;
	}
	const counts = countLevels(raw.map((v) => v ?? fill));
	const all = [...counts.keys()];
	const maxLevels = Math.max(1, Math.floor(options.maxLevels));
	const isCut = options.encoding === 'onehot' && all.length > maxLevels;
	const kept = isCut
		? all
				.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compareText(a, b))
				.slice(0, maxLevels)
		: all;
	return {
		type: 'categorical',
		column,
		encoding: options.encoding,
		fill,
		levels: kept.sort(compareText),
		hasOther: isCut
	};
}

/** Output names: "<column>=<level>" per kept level (+ "<column>=(other)"), or "<column>" for ordinal. */
export function categoricalStepNames(step: FittedCategoricalStep): string[] {
	if (step.encoding === 'ordinal') return [step.column];
	const names = step.levels.map((level) => `${step.column}=${level}`);
	return step.hasOther ? [...names, `${step.column}=(other)`] : names;
}

/** The step's output columns: one-hot 0/1 columns, or the ordinal index (−1 for an unseen level). */
export function applyCategoricalStep(
	step: FittedCategoricalStep,
	lookup: ColumnLookup
): Float64Array[] {
	const index = new Map(step.levels.map((level, i) => [level, i]));
	// Level index per cell (−1 = not kept), looked up once per dictionary level, not per row.
	const codes = mapStrings(lookup(step.column), (v) => index.get(v ?? step.fill) ?? -1);
	if (step.encoding === 'ordinal') return [Float64Array.from(codes)];
	const width = step.levels.length + (step.hasOther ? 1 : 0);
	const out = Array.from({ length: width }, () => new Float64Array(codes.length));
	const other = step.hasOther ? step.levels.length : -1;
	for (let i = 0; i < codes.length; i++) {
		const slot = codes[i] >= 0 ? codes[i] : other;
		if (slot >= 0) out[slot][i] = 1;
	}
	return out;
}
