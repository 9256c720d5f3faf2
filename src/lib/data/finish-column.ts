/**
 * Turns a finished ColumnBuilder into a Table column: exact-length typed arrays, missing-token levels folded
 * into the missing code, and text or category columns whose values are all dates stored as epoch ms.
 */
import type { Column } from './table';
import { MISSING_CODE } from './table';
import { isMissingToken } from './cells';
import { parseDates } from './dates';
import type { ColumnBuilder } from './column-builder';

/** The Table column for a builder's cells. */
export function finishColumn(name: string, builder: ColumnBuilder): Column {
	const n = builder.length;
	if (builder.state === 'number') {
		return { name, storage: 'number', values: builder.numbers.slice(0, n) };
	}
	if (builder.state === 'text') {
		const dates = looksLikeDates(builder.texts) ? parseDates(builder.texts) : null;
		if (dates) return { name, storage: 'date', values: dates };
		return { name, storage: 'text', values: builder.texts };
	}
	const { codes, levels } = foldMissingLevels(builder.codes.slice(0, n), builder.levels);
	const levelDates = parseDates(levels);
	if (levelDates && levels.length > 0) {
		const values = new Float64Array(n);
		for (let i = 0; i < n; i++) values[i] = codes[i] === MISSING_CODE ? NaN : levelDates[codes[i]];
		return { name, storage: 'date', values };
	}
	return { name, storage: 'category', codes, levels };
}

/** Drops levels that are missing tokens ("NA", "?", blank) and renumbers the codes. */
function foldMissingLevels(
	codes: Int32Array,
	levels: string[]
): { codes: Int32Array; levels: string[] } {
	if (!levels.some(isMissingToken)) return { codes, levels };
	const remap = new Int32Array(levels.length);
	const kept: string[] = [];
	levels.forEach((level, i) => {
		remap[i] = isMissingToken(level) ? MISSING_CODE : kept.push(level) - 1;
	});
	for (let i = 0; i < codes.length; i++) if (codes[i] !== MISSING_CODE) codes[i] = remap[codes[i]];
	return { codes, levels: kept };
}

/** Cheap pre-check on the first present values before trying every row. */
function looksLikeDates(values: readonly (string | null)[]): boolean {
	const sample: (string | null)[] = [];
	for (let i = 0; i < values.length && sample.length < 200; i++)
		if (values[i] !== null) sample.push(values[i]);
	return sample.length > 0 && parseDates(sample) !== null;
}
