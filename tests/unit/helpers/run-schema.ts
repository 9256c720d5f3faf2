/**
 * Test helper: what a run record written before run schema 2 must read as today, spelled out apart from
 * `migrateRun` so the upgrade and import tests check it rather than repeat it: the search's record (if any)
 * moved from `settings.search` onto the record as it was, schema 2, every other field untouched. And the runs
 * of tests/fixtures/db/runs-v3.json (a database version 3 wrote: a plain run, a search with a blend, a search
 * without one whose model was removed) as they read today.
 */
import fixture from '../../fixtures/db/runs-v3.json';
import type { RunRecord, TrainSettings } from '$lib/runs';
import type { SearchRecord } from '$lib/search';
import type { StoredModel } from '$lib/storage/db';

/** `record` (schema 1, as stored or exported before the move) as schema 2 has it. */
export function atSchema2(record: RunRecord): RunRecord {
	const { search, ...settings } = record.settings as TrainSettings & { search?: SearchRecord };
	return { ...record, schemaVersion: 2, settings, ...(search && { search }) };
}

/** The `runs` and `models` stores of tests/fixtures/db/runs-v3.json, as version 3 wrote them. */
export const V3_STORES = fixture as unknown as { runs: RunRecord[]; models: StoredModel[] };

/** The fixture's stored record `id` (schema 1, model apart). */
export function v3Run(id: string): RunRecord {
	const record = V3_STORES.runs.find((r) => r.id === id);
	if (!record) throw new Error(`no ${id} in the fixture`);
	return record;
}

/** The fixture's model of run `id`, or null (removed, or none). */
export const v3Model = (id: string) => V3_STORES.models.find((m) => m.id === id)?.model ?? null;

/** The fixture's run `id` as getRun gives it back today: schema 2, its model in place, no store size note. */
export function v3RunWhole(id: string): RunRecord {
	const { modelBytes: _size, ...record } = atSchema2(v3Run(id));
	const model = v3Model(id);
	return record.result && model ? { ...record, result: { ...record.result, model } } : record;
}
