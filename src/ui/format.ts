/** Display formatting shared by the screens. */
const nf = new Intl.NumberFormat('en-US');

export const formatCount = (n: number): string => nf.format(n);

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	const units = ['KB', 'MB', 'GB', 'TB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function formatDuration(ms: number): string {
	if (!Number.isFinite(ms)) return '—';
	if (ms < 1000) return `${Math.round(ms)} ms`;
	const s = ms / 1000;
	if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)} s`;
	const m = Math.floor(s / 60);
	return `${m} min ${Math.round(s % 60)} s`;
}

export function formatNumber(value: number | null | undefined, digits = 3): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '—';
	if (Number.isInteger(value) && Math.abs(value) < 1e15) return nf.format(value);
	const abs = Math.abs(value);
	if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return value.toExponential(2);
	return value.toFixed(digits);
}

export const formatPercent = (fraction: number, digits = 1): string =>
	`${(fraction * 100).toFixed(digits)}%`;

const statFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** A column statistic: thousands separators, at most 3 decimals, no trailing zeros ("499.5", "3,271.258"). */
export function formatStat(value: number | null | undefined): string {
	if (value === null || value === undefined || Number.isNaN(value)) return '—';
	const abs = Math.abs(value);
	if (abs !== 0 && (abs < 1e-3 || abs >= 1e12)) return value.toExponential(2);
	return statFormat.format(value);
}
