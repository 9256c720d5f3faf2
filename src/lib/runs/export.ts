/**
 * Runs as one JSON file, to share with a colleague: `{ format: "faro-runs", version: 1, exportedAt, runs }`.
 * Each run keeps its model, so an imported run can be compared, downloaded and used to predict.
 */
import { FaroError } from '$lib/shared/errors';
import { migrateRun, type RunRecord } from './run-record';

export const RUNS_EXPORT_FORMAT = 'faro-runs';
export const RUNS_EXPORT_VERSION = 1;

/** The export file's text for these runs. */
export function exportRuns(runs: RunRecord[], now = new Date()): string {
	return JSON.stringify({
		format: RUNS_EXPORT_FORMAT,
		version: RUNS_EXPORT_VERSION,
		exportedAt: now.toISOString(),
		runs
	});
}

/**
 * Reads an export file back: every run checked for the fields Faro relies on, and migrated to the current
 * record schema. Nothing is stored here.
 * @throws FaroError runs-import-invalid naming the file problem or the run and field
 */
export function parseRunsExport(text: string, fileName = 'the file'): RunRecord[] {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw invalid(`${fileName} is not a Faro runs export: it is not JSON.`, fileName);
	}
	if (!isObject(value) || value.format !== RUNS_EXPORT_FORMAT) {
		throw invalid(
			`${fileName} is not a Faro runs export ("format" is not "${RUNS_EXPORT_FORMAT}").`,
			fileName,
			'A model file (.faro-model.json) is loaded on the Predict screen instead.'
		);
	}
	if (typeof value.version !== 'number' || value.version > RUNS_EXPORT_VERSION) {
		throw invalid(
			`${fileName} was exported by a newer Faro (version ${String(value.version)}); this Faro reads version ${RUNS_EXPORT_VERSION}.`,
			fileName
		);
	}
	if (!Array.isArray(value.runs)) throw invalid(`${fileName} has no "runs" list.`, fileName);
	return value.runs.map((run, i) => checkRun(run, `${fileName}, run ${i + 1}`));
}

function checkRun(run: unknown, where: string): RunRecord {
	if (!isObject(run)) throw invalid(`Run ${where} is not an object.`, where);
	for (const key of ['id', 'name', 'createdAt', 'status'] as const) {
		if (typeof run[key] !== 'string')
			throw invalid(`Run ${where} has no "${key}".`, `${where}.${key}`);
	}
	for (const key of ['settings', 'dataset'] as const) {
		if (!isObject(run[key])) throw invalid(`Run ${where} has no "${key}".`, `${where}.${key}`);
	}
	if (run.status === 'done' && !isObject(run.result)) {
		throw invalid(`Run ${where} is marked done but has no result.`, `${where}.result`);
	}
	if (typeof run.schemaVersion !== 'number')
		throw invalid(`Run ${where} has no "schemaVersion".`, `${where}.schemaVersion`);
	return migrateRun(run as unknown as RunRecord);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const invalid = (
	message: string,
	where: string,
	hint = 'Export the runs again from Faro (Runs → Export selected).'
) => new FaroError('runs-import-invalid', message, { where, hint });
