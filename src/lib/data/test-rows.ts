/**
 * A predefined test set marked by a column (an out-of-time holdout, a colleague's test rows): which column
 * probably marks it and which of its values means "test", guessed from the profile when the user switches
 * the Train screen's test rows from a random share to a column. The user can change both.
 */
import type { ColumnProfile } from './profile-types';

/** Words of a name that say a column marks a split ("is_test", "holdoutFlag", "Sample", "oot_set"). */
const SPLIT_WORDS = new Set([
	'test',
	'holdout',
	'oot',
	'split',
	'partition',
	'sample',
	'set',
	'subset',
	'fold'
]);

/** Whether a column's name, cut into words (snake_case, camelCase, spaces), has a split word. */
const namesASplit = (name: string): boolean =>
	name
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z]+/)
		.some((word) => SPLIT_WORDS.has(word));

/** The values the profile lists for a column, commonest first. */
export const listedValues = (column: ColumnProfile | undefined): string[] =>
	(column?.categories?.top ?? []).map((t) => t.label);

/**
 * The column that most likely marks the test rows among `candidates` (every column but the target): one whose
 * name has a split word ("is_test", not "Offset" or "Folder"), else the first whose values the profile lists in full, else the first.
 */
export function guessTestColumn(candidates: readonly ColumnProfile[]): ColumnProfile | undefined {
	return (
		candidates.find((c) => namesASplit(c.name)) ??
		candidates.find((c) => c.categories && c.categories.otherCount === 0) ??
		candidates[0]
	);
}

/** "test" when the column has it (any case), else its least frequent listed value (test parts are smaller). */
export function guessTestValue(column: ColumnProfile | undefined): string {
	const listed = listedValues(column);
	return (
		listed.find((v) => v === 'test') ??
		listed.find((v) => v.toLowerCase() === 'test') ??
		listed.at(-1) ??
		''
	);
}
