/**
 * The split of a run in words, for the settings summary and the compare view (tf-free: the page imports it
 * by path). A random split reads "70 / 15 / 15 (train / validation / test)"; a predefined test part reads
 * "test = rows where holdout = test (200 rows)", with the other rows' train / validation shares. In the
 * language in use, or in `locale`.
 */
import { currentLocale, m, numberFormat, type Locale } from '$lib/i18n';
import type { TrainSettings } from './types';

type SplitSettings = TrainSettings['split'];

/** "rows where holdout = test": the test part chosen by a column, or null for a random test share. */
export function describeTestRows(split: SplitSettings, locale?: Locale): string | null {
	const chosen = split.testColumn;
	return chosen
		? m.runs_split_rows_where({ column: chosen.name, value: chosen.value }, { locale })
		: null;
}

/**
 * The whole split in one line: shares (percent, rounded), or the chosen test rows plus the train / validation
 * shares of the other rows. `testRowCount` (from the run's result) adds "(N rows)" to a chosen test part.
 * @example
 * describeSplit({ train: 0.7, validation: 0.15, test: 0.15 }); // "70 / 15 / 15 (train / validation / test)"
 * describeSplit({ train: 0.7, validation: 0.15, test: 0.15, testColumn: { name: 'holdout', value: 'test' } }, 200);
 * // "test = rows where holdout = test (200 rows); the other rows 82 / 18 (train / validation)"
 */
export function describeSplit(
	split: SplitSettings,
	testRowCount?: number,
	locale?: Locale
): string {
	const o = { locale };
	const percent = (share: number) => Math.round(share * 100);
	const testRows = describeTestRows(split, locale);
	if (!testRows) {
		return m.runs_split_shares(
			{
				train: percent(split.train),
				validation: percent(split.validation),
				test: percent(split.test)
			},
			o
		);
	}
	const rest = split.train + split.validation;
	const shares = {
		rows: testRows,
		train: percent(split.train / rest),
		validation: percent(split.validation / rest)
	};
	if (testRowCount === undefined) return m.runs_split_chosen(shares, o);
	// English wrote the count as JavaScript does ("1200"); Spanish groups digits as it reads them.
	const language = locale ?? currentLocale();
	const count =
		language === 'es' ? numberFormat({}, language).format(testRowCount) : String(testRowCount);
	return (testRowCount === 1 ? m.runs_split_chosen_one : m.runs_split_chosen_other)(
		{ ...shares, count },
		o
	);
}
