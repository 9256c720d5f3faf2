import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HELPER = fileURLToPath(new URL('./score-csv-capped-heap.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
// the heap also holds TF.js and both languages' message catalogues (≈ 6 MB) before the first row
const HEAP_MB = 96;
const ROWS = 2_000_000; // ≈ 104 MB of CSV

describe('scoreCsv streaming', () => {
	it(`scores a CSV larger than a ${HEAP_MB} MB JavaScript heap without running out of memory`, () => {
		const child = spawnSync(
			process.execPath,
			[`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', HELPER, String(ROWS)],
			{ cwd: ROOT, encoding: 'utf8', timeout: 180_000 }
		);
		expect(child.status, child.stderr.slice(-2000)).toBe(0);
		const result = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '');
		expect(result.rowCount).toBe(ROWS);
		expect(result.bytesIn).toBeGreaterThan(HEAP_MB * 2 ** 20);
		expect(result.bytesOut).toBeGreaterThan(result.bytesIn);
	}, 200_000);
});
