/**
 * The split of a run in words, for the settings summary and the compare view (tf-free: the page imports it
 * by path). A random split reads "70 / 15 / 15 (train / validation / test)"; a predefined test part reads
 * "test = rows where holdout = test (200 rows)", with the other rows' train / validation shares.
 */
import type { TrainSettings } from './types';

type SplitSettings = TrainSettings['split'];

/** "rows where holdout = test": the test part chosen by a column, or null for a random test share. */
export function describeTestRows(split: SplitSettings): string | null {
	const chosen = split.testColumn;
	return chosen ? `rows where ${chosen.name} = ${chosen.value}` : null;
}

/**
 * The whole split in one line: shares (percent, rounded), or the chosen test rows plus the train / validation
 * shares of the other rows. `testRowCount` (from the run's result) adds "(N rows)" to a chosen test part.
 * @example
 * describeSplit({ train: 0.7, validation: 0.15, test: 0.15 }); // "70 / 15 / 15 (train / validation / test)"
 * describeSplit({ train: 0.7, validation: 0.15, test: 0.15, testColumn: { name: 'holdout', value: 'test' } }, 200);
 * // "test = rows where holdout = test (200 rows); the other rows 82 / 18 (train / validation)"
 */
export function describeSplit(split: SplitSettings, testRowCount?: number): string {
	const percent = (share: number) => Math.round(share * 100);
	const testRows = describeTestRows(split);
	if (!testRows) {
		return `${percent(split.train)} / ${percent(split.validation)} / ${percent(split.test)} (train / validation / test)`;
	}
	const rest = split.train + split.validation;
	const count =
		testRowCount === undefined ? '' : ` (${testRowCount} row${testRowCount === 1 ? '' : 's'})`;
	return `test = ${testRows}${count}; the other rows ${percent(split.train / rest)} / ${percent(split.validation / rest)} (train / validation)`;
}
