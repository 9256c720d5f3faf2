/**
 * Reasons in words: for a row, the (at most) three columns that pushed its score furthest toward the label it
 * was given, with the row's value and where that value sits among the training rows, e.g. "Credit amount
 * 8,000 (top 10 %) makes “bad” more likely". Binary targets: toward the positive class when the row is
 * predicted positive, away from it otherwise; more classes: toward the predicted class.
 */
import { cellAsString, findColumn, isMissing, type Table } from '$lib/data/table';
import type { RowExplanations } from './explain';
import type { ColumnProfile, TrainingReference } from './reference';

export const REASON_COUNT = 3;

/** One reason: the column, its contribution (on the explanation's scale) and the sentence. */
export type Reason = { column: string; contribution: number; text: string };

/** Where `v` falls among the training values, in words ("top 10 %", "bottom 25 %", "middle half"). */
export function positionOf(v: number, percentiles: number[]): string | null {
	if (percentiles.length !== 101 || !Number.isFinite(v)) return null;
	// the percentile v sits at (the middle of its run when several percentiles equal it)
	let lo = 0;
	while (lo < 101 && percentiles[lo] < v) lo++;
	let hi = lo;
	while (hi < 101 && percentiles[hi] <= v) hi++;
	if (percentiles[100] === percentiles[0]) return null;
	const rank = hi > lo ? (lo + hi - 1) / 2 : lo - 0.5;
	if (rank >= 90) return 'top 10 %';
	if (rank >= 75) return 'top 25 %';
	if (rank < 10) return 'bottom 10 %';
	if (rank < 25) return 'bottom 25 %';
	return 'middle half';
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The cell of `column` at `row` in words, with where it sits among the training values. */
export function describeCell(
	table: Table,
	column: string,
	row: number,
	profile?: ColumnProfile
): string {
	const col = findColumn(table, column);
	if (!col || isMissing(col, row)) return `${column} missing`;
	const text = cellAsString(col, row);
	if (profile?.kind === 'text') {
		const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
		return `${column} “${short}”`;
	}
	if (profile?.kind === 'numeric') {
		const v = Number(text);
		const where = positionOf(v, profile.percentiles);
		const shown = Number.isFinite(v) ? number.format(v) : text;
		return where ? `${column} ${shown} (${where})` : `${column} ${shown}`;
	}
	if (profile?.kind === 'categorical' || profile?.kind === 'boolean') {
		const level = profile.levels.find((l) => l.value === text);
		const share = level
			? `${Math.round(level.share * 100)} % of training rows`
			: 'not seen in training';
		return `${column} = ${text} (${share})`;
	}
	return `${column} ${text}`;
}

/**
 * The reasons of row `row`, for the label `predicted` it was given.
 * @example
 * reasonsFor(explanations, table, 0, 'bad', 'bad', reference)[0].text // "Checking account = <0 (27 % …) makes “bad” more likely"
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
	const explained = explanations.explained[row];
	const binary = explanations.scale === 'log-odds';
	// binary: a row predicted negative is explained by what pushed it away from the positive class
	const sign = binary && predicted !== explained ? -1 : 1;
	const d = columns.length;
	const ranked = columns
		.map((column, c) => ({ column, contribution: contributions[row * d + c] }))
		.filter((r) => sign * r.contribution > 0)
		.sort((a, b) => sign * (b.contribution - a.contribution) || (a.column < b.column ? -1 : 1))
		.slice(0, count);
	return ranked.map(({ column, contribution }) => {
		const profile = reference?.columns.find((c) => c.name === column);
		const cell = describeCell(table, column, row, profile);
		const effect = binary
			? `makes “${explained}” ${contribution > 0 ? 'more' : 'less'} likely`
			: `points to “${explained}”`;
		return { column, contribution, text: `${cell} ${effect}` };
	});
}
