import { describe, expect, it } from 'vitest';
import { migrateRun, RUN_SCHEMA_VERSION, type RunRecord } from '$lib/runs/run-record';

const v1 = (settings: unknown): RunRecord => ({ id: 'r', schemaVersion: 1, settings }) as unknown as RunRecord;

describe('migrateRun (schema 1 → 2)', () => {
	it('moves a search record off the settings onto the record, as it was', () => {
		const search = { strategy: 'tpe', metric: 'rocAuc', k: 5, bestId: 3, trials: [{ id: 3 }] };
		const migrated = migrateRun(v1({ seed: 42, search }));
		expect(migrated).toEqual({ id: 'r', schemaVersion: RUN_SCHEMA_VERSION, settings: { seed: 42 }, search });
	});

	it('leaves a run without a search as it is (no `search` key added), and a current record untouched', () => {
		expect(migrateRun(v1({ seed: 1 }))).toEqual({ id: 'r', schemaVersion: 2, settings: { seed: 1 } });
		const current = { id: 'r', schemaVersion: RUN_SCHEMA_VERSION, settings: { seed: 1 } } as unknown as RunRecord;
		expect(migrateRun(current)).toBe(current);
	});

	it('does not stop the database upgrade on a damaged record whose settings are not an object', () => {
		for (const settings of [null, undefined, 'text', 3])
			expect(migrateRun(v1(settings)).schemaVersion).toBe(RUN_SCHEMA_VERSION);
	});
});
