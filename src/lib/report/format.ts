/**
 * Number and date formatting of the report: the same rules as the studio's screens (src/ui/format.ts, which
 * `src/lib` may not import), so a figure reads the same in the report as on the run page; a unit test checks
 * the two agree. Numbers follow the language in use (src/lib/i18n): "1,000.5" in English, "1000,5" in Spanish.
 */
import { numberFormat } from '../i18n/format';

/** "1,000" ("1000", "10.000" in Spanish). */
export const formatCount = (n: number): string => numberFormat().format(n);

/** 3 decimals by default, integers with separators, tiny or huge values in exponent form; "—" when absent. */
export function formatNumber(value: number | null | undefined, digits = 3): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '—';
	if (Number.isInteger(value) && Math.abs(value) < 1e15) return numberFormat().format(value);
	const abs = Math.abs(value);
	if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) {
		return numberFormat({
			notation: 'scientific',
			minimumFractionDigits: 2,
			maximumFractionDigits: 2
		})
			.format(value)
			.replace(/E(\d)/, 'e+$1')
			.replace('E', 'e');
	}
	return numberFormat({
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		useGrouping: false
	}).format(value);
}

/** "12.5%" ("12,5 %" in Spanish). */
export const formatPercent = (fraction: number, digits = 1): string =>
	numberFormat({
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(fraction);

/** "850 ms", "4.2 s", "3 min 5 s"; "—" when unknown. */
export function formatDuration(ms: number): string {
	if (!Number.isFinite(ms)) return '—';
	if (ms < 1000) return `${Math.round(ms)} ms`;
	const s = ms / 1000;
	if (s < 60)
		return `${numberFormat({ maximumFractionDigits: s < 10 ? 1 : 0, minimumFractionDigits: s < 10 ? 1 : 0 }).format(s)} s`;
	const m = Math.floor(s / 60);
	return `${m} min ${Math.round(s % 60)} s`;
}

/**
 * An ISO-8601 time as "2025-01-01 14:03:09 UTC": the same in every locale and time zone, as a record for a
 * reviewer should be; the input unchanged when it does not parse, "—" when absent.
 */
export function formatTime(iso: string | null | undefined): string {
	if (!iso) return '—';
	const time = Date.parse(iso);
	if (Number.isNaN(time)) return iso;
	return `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
