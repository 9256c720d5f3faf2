/**
 * Date columns. A text or category column becomes a date column only when every present value is a date of
 * one family: ISO (`2024-03-01`, `2024-03-01T10:00:00`, `2024/03/01`, optional seconds, fraction, `Z` or
 * offset; no zone means UTC) or day and month with a four-digit year (`01/03/2024`, `1.3.2024`, optional
 * time). The second family is read day-first when some first part exceeds 12, month-first when some second
 * part does; when neither ever exceeds 12 the order is ambiguous and the column stays text, since a wrong
 * guess would silently swap days and months.
 */

const ISO =
	/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const DAY_MONTH = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Epoch milliseconds for each value (null → NaN), or null when the values are not all dates of one family. */
export function parseDates(values: readonly (string | null)[]): Float64Array | null {
	let present = 0;
	let family: 'iso' | 'day-month' | null = null;
	let firstOver12 = false;
	let secondOver12 = false;
	for (const value of values) {
		if (value === null) continue;
		present++;
		const v = value.trim();
		const isIso = ISO.test(v);
		const isDayMonth = !isIso && DAY_MONTH.test(v);
		const found = isIso ? 'iso' : isDayMonth ? 'day-month' : null;
		if (found === null || (family !== null && family !== found)) return null;
		family = found;
		if (isDayMonth) {
			const m = DAY_MONTH.exec(v) as RegExpExecArray;
			firstOver12 ||= Number(m[1]) > 12;
			secondOver12 ||= Number(m[2]) > 12;
		}
	}
	if (present === 0 || family === null) return null;
	if (family === 'day-month' && firstOver12 === secondOver12) return null;
	const dayFirst = firstOver12;
	const out = new Float64Array(values.length);
	for (let i = 0; i < values.length; i++) {
		const value = values[i];
		const ms = value === null ? NaN : toEpochMs(value.trim(), family, dayFirst);
		if (value !== null && Number.isNaN(ms)) return null;
		out[i] = ms;
	}
	return out;
}

function toEpochMs(v: string, family: 'iso' | 'day-month', dayFirst: boolean): number {
	if (family === 'iso') {
		const m = ISO.exec(v) as RegExpExecArray;
		const offsetMin = zoneOffsetMinutes(m[8]);
		const ms = utc(+m[1], +m[2], +m[3], m[4], m[5], m[6], m[7]);
		return ms - offsetMin * 60_000;
	}
	const m = DAY_MONTH.exec(v) as RegExpExecArray;
	const [day, month] = dayFirst ? [+m[1], +m[2]] : [+m[2], +m[1]];
	return utc(+m[3], month, day, m[4], m[5], m[6], undefined);
}

function utc(
	year: number,
	month: number,
	day: number,
	hours?: string,
	minutes?: string,
	seconds?: string,
	fraction?: string
): number {
	const h = Number(hours ?? 0);
	const min = Number(minutes ?? 0);
	const s = Number(seconds ?? 0);
	if (month < 1 || month > 12 || day < 1 || h > 23 || min > 59 || s > 59) return NaN;
	if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return NaN;
	const ms = fraction ? Number(fraction.padEnd(3, '0')) : 0;
	return Date.UTC(year, month - 1, day, h, min, s, ms);
}

function zoneOffsetMinutes(zone: string | undefined): number {
	if (!zone || zone === 'Z') return 0;
	const sign = zone[0] === '-' ? -1 : 1;
	const digits = zone.slice(1).replace(':', '');
	return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}
