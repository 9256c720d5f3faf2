/**
 * What the explanations say, as data the page words in the reader's language: a row's cell and a reason
 * (reasons.ts), a drift bin (drift.ts). Each is plain data (structured-clone safe, so it crosses the worker
 * boundary) holding the meaning, not English to re-parse: a level named "missing" stays a level, distinct from
 * a missing cell or the missing bin, and a number stays a number. `renderCell`, `renderReason` and `binLabel`
 * word them with the catalogue's messages and the language's number format; in English (`BASE_LOCALE`) they
 * give exactly the `text` / `label` the predictions file, the CLI and the package carry. Imports only the
 * languages, so the page may import it too.
 */
import { currentLocale, m, numberFormat, type Locale } from '$lib/i18n';

/** Where a value sits among the training values (reasons.ts `positionOf`). */
export type Position = 'top-10' | 'top-25' | 'bottom-10' | 'bottom-25' | 'middle';

/** A row's cell, as a reason names it. */
export type CellWords =
	| { kind: 'missing'; column: string }
	/** A text cell, cut to 40 characters ("…" last when cut). */
	| { kind: 'text'; column: string; text: string }
	/** A number, with where it sits among the training values when the model file knows them. */
	| { kind: 'number'; column: string; value: number; position: Position | null }
	/** A cell as written: a date, or a column the model file has no training profile of. */
	| { kind: 'value'; column: string; value: string }
	/** A level of a categorical or boolean column, with its share (0–1) of the training rows. */
	| { kind: 'level'; column: string; value: string; share: number }
	/** A level the training rows never had. */
	| { kind: 'unseen'; column: string; value: string };

/** How a reason's cell moved the score: toward or away from a binary model's positive class, or to a class. */
export type ReasonEffect = 'more-likely' | 'less-likely' | 'points-to';

/** One reason: the cell, its effect and the label it is about. */
export type ReasonWords = { cell: CellWords; effect: ReasonEffect; label: string };

/**
 * What a drift bin holds: a range of values (`low` < v ≤ `high`, null for an open end; dates as epoch ms), a
 * level (data: "missing" here is a level's name), any level not listed, the missing cells, a text column's
 * present cells, or every value (a column with no edges).
 */
export type BinSpan =
	| { kind: 'range'; low: number | null; high: number | null; date: boolean }
	| { kind: 'level'; value: string }
	| { kind: 'other' | 'missing' | 'present' | 'any' };

type Options = { locale: Locale };

const POSITIONS: Record<Position, (inputs: Record<string, never>, options: Options) => string> = {
	'top-10': m.predict_position_top_10,
	'top-25': m.predict_position_top_25,
	'bottom-10': m.predict_position_bottom_10,
	'bottom-25': m.predict_position_bottom_25,
	middle: m.predict_position_middle
};

const EFFECTS: Record<
	ReasonEffect,
	(inputs: { cell: string; label: string }, options: Options) => string
> = {
	'more-likely': m.predict_reason_more_likely,
	'less-likely': m.predict_reason_less_likely,
	'points-to': m.predict_reason_points_to
};

const REASON_NUMBER: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };

/**
 * A cell in words, in `locale` (default: the language in use).
 * @example
 * renderCell({ kind: 'number', column: 'Age', value: 23.5, position: 'bottom-10' }, 'es'); // "Age 23,5 (10 % inferior)"
 */
export function renderCell(cell: CellWords, locale: Locale = currentLocale()): string {
	const options = { locale };
	const { column } = cell;
	switch (cell.kind) {
		case 'missing':
			return m.predict_reason_missing({ column }, options);
		case 'text':
			return m.predict_reason_text({ column, text: cell.text }, options);
		case 'value':
			return m.predict_reason_value({ column, value: cell.value }, options);
		case 'number': {
			const value = numberFormat(REASON_NUMBER, locale).format(cell.value);
			return cell.position
				? m.predict_reason_value_at(
						{ column, value, position: POSITIONS[cell.position]({}, options) },
						options
					)
				: m.predict_reason_value({ column, value }, options);
		}
		case 'level':
			return m.predict_reason_level(
				{ column, value: cell.value, share: Math.round(cell.share * 100) },
				options
			);
		case 'unseen':
			return m.predict_reason_level_unseen({ column, value: cell.value }, options);
	}
}

/**
 * A reason in words, in `locale` (default: the language in use).
 * @example
 * renderReason({ cell, effect: 'more-likely', label: 'bad' }, 'en'); // "Duration 48 (top 10 %) makes “bad” more likely"
 */
export const renderReason = (reason: ReasonWords, locale: Locale = currentLocale()): string =>
	EFFECTS[reason.effect](
		{ cell: renderCell(reason.cell, locale), label: reason.label },
		{ locale }
	);

/**
 * A drift bin in words, in `locale` (default: the language in use): "≤ 23", "1,262 – 1,479", "> 0.1406"
 * ("1262 – 1479", "> 0,1406" in Spanish), date edges as "2023-03-01" in every language, a level as it is,
 * and the words for "other", "missing", "present" and "any value".
 */
export function binLabel(bin: BinSpan, locale: Locale = currentLocale()): string {
	const options = { locale };
	switch (bin.kind) {
		case 'range': {
			const edge = (v: number) => (bin.date ? formatDate(v) : formatEdge(v, locale));
			if (bin.high === null)
				return bin.low === null ? binLabel({ kind: 'any' }, locale) : `> ${edge(bin.low)}`;
			return bin.low === null ? `≤ ${edge(bin.high)}` : `${edge(bin.low)} – ${edge(bin.high)}`;
		}
		case 'level':
			return bin.value;
		case 'other':
			return m.predict_bin_other({}, options);
		case 'missing':
			return m.predict_bin_missing({}, options);
		case 'present':
			return m.predict_bin_present({}, options);
		case 'any':
			return m.predict_bin_any({}, options);
	}
}

/** A numeric edge: whole from 1,000 ("1,262"), else 4 significant digits ("33.5", "0.1406"). */
const formatEdge = (v: number, locale: Locale): string =>
	numberFormat(
		Math.abs(v) >= 1000 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 4 },
		locale
	).format(v);

/** A date edge: "2023-03-01", with the time (UTC) when it is not midnight: "2023-03-01 14:24". */
function formatDate(ms: number): string {
	const iso = new Date(ms).toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}
