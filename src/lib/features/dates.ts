/**
 * Date features: calendar parts read in UTC (dates without a zone are parsed as UTC by the CSV reader) and
 * day differences between two date columns. Weekday follows pandas `dayofweek`: Monday 0 … Sunday 6.
 */
import type { DatePart } from './recipe-spec';

const DAY_MS = 86_400_000;

/** The part `part` of each date (epoch ms; NaN stays NaN): year, month 1–12 or weekday 0 (Mon)–6 (Sun). */
export function datePart(epochMs: Float64Array, part: DatePart): Float64Array {
	return epochMs.map((t) => {
		if (Number.isNaN(t)) return NaN;
		const d = new Date(t);
		if (part === 'year') return d.getUTCFullYear();
		if (part === 'month') return d.getUTCMonth() + 1;
		return (d.getUTCDay() + 6) % 7;
	});
}

/** Days from `from` to `to` (to − from, fractional when times differ); NaN when either is missing. */
export function dayDifference(from: Float64Array, to: Float64Array): Float64Array {
	return from.map((f, i) => (to[i] - f) / DAY_MS);
}
