/** Display formatting shared by the screens (numbers, percentages and durations as the report writes them). */
import { numberFormat } from '$lib/i18n';

export { formatCount, formatDuration, formatNumber, formatPercent } from '$lib/report/format';

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	const units = ['KB', 'MB', 'GB', 'TB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${numberFormat({ maximumFractionDigits: value < 10 ? 1 : 0, minimumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${units[unit]}`;
}

/** A column statistic: thousands separators, at most 3 decimals, no trailing zeros ("499.5", "3,271.258"). */
export function formatStat(value: number | null | undefined): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '—';
	const abs = Math.abs(value);
	if (abs !== 0 && (abs < 1e-3 || abs >= 1e12)) return value.toExponential(2);
	return numberFormat({ maximumFractionDigits: 3 }).format(value);
}
