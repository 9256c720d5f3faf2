/**
 * The stability report of a scoring pass (explain/drift.ts through scoreCsv): a freshly trained bundle scoring
 * its own training file is stable, the same file with Age + 30 and Credit amount × 3 is not, and a bundle
 * written before Faro stored a training profile says why there is no report.
 */
import { openAsBlob, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	loadBundle,
	scoreCsv,
	summarizeDrift,
	type DriftReport,
	type LoadedBundle
} from '$lib/bundle';
import { NO_REFERENCE_MESSAGE } from '$lib/explain/drift';
import { GERMAN_CREDIT, trainGermanCredit } from './train-fixture';

const OLD_BUNDLE = fileURLToPath(
	new URL('../../fixtures/bundles/valid-small.json', import.meta.url)
);

let loaded: LoadedBundle;
beforeAll(async () => {
	loaded = await loadBundle((await trainGermanCredit({ family: 'logistic' })).json);
}, 60_000);
afterAll(() => loaded.dispose());

/** German credit with Age + 30 and Credit amount × 3. */
function shiftedGermanCredit(): Blob {
	const { data } = Papa.parse<string[]>(readFileSync(GERMAN_CREDIT, 'utf8').trim());
	const header = data[0];
	const age = header.indexOf('Age');
	const amount = header.indexOf('Credit amount');
	const rows = data
		.slice(1)
		.map((row) =>
			row.map((cell, c) =>
				c === age ? String(Number(cell) + 30) : c === amount ? String(Number(cell) * 3) : cell
			)
		);
	return new Blob([Papa.unparse([header, ...rows])]);
}

async function driftOf(source: Blob, chunkRows?: number): Promise<DriftReport> {
	const { drift } = await scoreCsv(loaded, source, { chunkRows });
	if (!drift.available) throw new Error(drift.message);
	return drift.report;
}

describe('scoreCsv drift', () => {
	it('finds the training file stable, score and columns', async () => {
		const report = await driftOf(await openAsBlob(GERMAN_CREDIT));
		expect(report.rows).toBe(1000);
		expect(report.score?.kind).toBe('probability');
		expect(report.score?.band).toBe('stable');
		expect(report.columns.map((c) => c.column).sort()).toEqual(
			loaded.inputColumns.map((c) => c.name).sort()
		);
		for (const c of report.columns) expect(c.band, c.column).toBe('stable');
	});

	it('counts the same in chunks of 64 rows as in one chunk', async () => {
		const shifted = shiftedGermanCredit();
		expect(await driftOf(shifted, 64)).toEqual(await driftOf(shifted));
	});

	it('flags Age + 30 and Credit amount × 3 as shifted, the largest PSIs first', async () => {
		const drift = (await scoreCsv(loaded, shiftedGermanCredit())).drift;
		if (!drift.available) throw new Error(drift.message);
		const [first, second, third] = drift.report.columns;
		expect([first.column, second.column].sort()).toEqual(['Age', 'Credit amount']);
		expect([first.band, second.band]).toEqual(['shifted', 'shifted']);
		expect(third.band).toBe('stable');
		expect(summarizeDrift(drift)).toMatch(/^Score PSI \d+\.\d\d \(\w+\); most shifted: Age /);
	});

	it('has no report for a bundle written before the training profile, and says why', async () => {
		const old = await loadBundle(readFileSync(OLD_BUNDLE, 'utf8'));
		try {
			expect(old.bundle.reference).toBeUndefined();
			const { rowCount, drift } = await scoreCsv(old, await openAsBlob(GERMAN_CREDIT));
			expect(rowCount).toBe(1000);
			expect(drift).toMatchObject({ available: false, message: NO_REFERENCE_MESSAGE });
		} finally {
			old.dispose();
		}
	});
});
