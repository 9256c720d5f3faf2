import { describe, expect, it } from 'vitest';
import * as report from '$lib/report/format';
import * as page from '../../../src/ui/format';

describe('report number formats', () => {
	const values = [0, 1, -1, 0.5, 0.12345, 0.0004, 1234567.8, 1e-9, 1000, 0.999999, NaN, -0.25];
	it('match the run page’s formats value for value', () => {
		for (const v of values) {
			expect(report.formatNumber(v), String(v)).toBe(page.formatNumber(v));
			expect(report.formatNumber(v, 4), String(v)).toBe(page.formatNumber(v, 4));
			expect(report.formatPercent(v), String(v)).toBe(page.formatPercent(v));
		}
		for (const n of [0, 7, 1000, 1234567]) expect(report.formatCount(n)).toBe(page.formatCount(n));
		for (const ms of [12, 4200, 185_000, NaN])
			expect(report.formatDuration(ms)).toBe(page.formatDuration(ms));
		expect(report.formatNumber(null)).toBe('—');
	});
	it('writes times in UTC, the same in every locale', () => {
		expect(report.formatTime('2025-01-01T13:04:05.678Z')).toBe('2025-01-01 13:04:05 UTC');
		expect(report.formatTime(null)).toBe('—');
		expect(report.formatTime('not a date')).toBe('not a date');
	});
});
