/**
 * Reasons in words: for a row, the (at most) three columns that pushed its score furthest toward the label it
 * was given, with the row's value and where that value sits among the training rows, e.g. "Credit amount
 * 8,000 (top 10 %) makes “bad” more likely". Binary targets: toward the positive class when the row is
 * predicted positive, away from it otherwise; more classes: toward the predicted class. Each reason carries
 * its sentence in English and the same as data (words.ts), which the page words in the reader's language.
 */
import { cellAsString, findColumn, isMissing, type Table } from '$lib/data/table';
import { BASE_LOCALE } from '$lib/i18n';
import type { RowExplanations } from './explain';
import type { ColumnProfile, TrainingReference } from './reference';
import { renderReason, type CellWords, type Position, type ReasonWords } from './words';

export const REASON_COUNT = 3;

/**
 * One reason: the column, its contribution (on the explanation's scale), the sentence in English (the
 * predictions file's `reason_1` … `reason_3`, `faro predict --reasons`, the package) and the same as data
 * (`words`, which the page renders in the reader's language).
 */
export type Reason = { column: string; contribution: number; text: string; words: ReasonWords };

/** Where `v` falls among the training values ("top 10 %", "bottom 25 %", "middle half"), as a key. */
export function positionOf(v: number, percentiles: number[]): Position | null {
	if (percentiles.length !== 101 || !Number.isFinite(v)) return null;
	// the percentile v sits at (the middle of its run when several percentiles equal it)
	let lo = 0;
	while (lo < 101 && percentiles[lo] < v) lo++;
	let hi = lo;
	while (hi < 101 && percentiles[hi] <= v) hi++;
	if (percentiles[100] === percentiles[0]) return null;
	const rank = hi > lo ? (lo + hi - 1) / 2 : lo - 0.5;
	if (rank >= 90) return 'top-10';
	if (rank >= 75) return 'top-25';
	if (rank < 10) return 'bottom-10';
	if (rank < 25) return 'bottom-25';
	return 'middle';
}

/** The cell of `column` at `row`, with where it sits among the training values (words.ts `renderCell`). */
export function cellWords(
	table: Table,
	column: string,
	row: number,
	profile?: ColumnProfile
): CellWords {
	const col = findColumn(table, column);
	if (!col || isMissing(col, row)) return { kind: 'missing', column };
	const text = cellAsString(col, row);
	if (profile?.kind === 'text') {
		return { kind: 'text', column, text: text.length > 40 ? `${text.slice(0, 39)}…` : text };
	}
	if (profile?.kind === 'numeric') {
		const value = Number(text);
		return Number.isFinite(value)
			? { kind: 'number', column, value, position: positionOf(value, profile.percentiles) }
			: { kind: 'value', column, value: text };
	}
	if (profile?.kind === 'categorical' || profile?.kind === 'boolean') {
		const level = profile.levels.find((l) => l.value === text);
		return level
			? { kind: 'level', column, value: text, share: level.share }
			: { kind: 'unseen', column, value: text };
	}
	return { kind: 'value', column, value: text };
}

/**
 * The reasons of row `row`, for the label `predicted` it was given.
 * @example
 * reasonsFor(explanations, table, 0, 'bad', reference)[0].text // "Checking account = <0 (27 % …) makes “bad” more likely"
 */
export function reasonsFor(
	explanations: RowExplanations,
	table: Table,
	row: number,
	predicted: string,
	reference?: TrainingReference,
	count = REASON_COUNT
): Reason[] {
	const { columns, contributions } = explanations;
	const label = explanations.explained[row];
	const binary = explanations.scale === 'log-odds';
	// binary: a row predicted negative is explained by what pushed it away from the positive class
	const sign = binary && predicted !== label ? -1 : 1;
	const d = columns.length;
	const ranked = columns
		.map((column, c) => ({ column, contribution: contributions[row * d + c] }))
		.filter((r) => sign * r.contribution > 0)
		.sort((a, b) => sign * (b.contribution - a.contribution) || (a.column < b.column ? -1 : 1))
		.slice(0, count);
	return ranked.map(({ column, contribution }) => {
		const profile = reference?.columns.find((c) => c.name === column);
		const words: ReasonWords = {
			cell: cellWords(table, column, row, profile),
			effect: binary ? (contribution > 0 ? 'more-likely' : 'less-likely') : 'points-to',
			label
		};
		return { column, contribution, text: renderReason(words, BASE_LOCALE), words };
	});
}
