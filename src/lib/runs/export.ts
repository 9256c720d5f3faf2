/**
 * Runs as one JSON file, to share with a colleague: `{ format: "faro-runs", version: 1, exportedAt, runs }`.
 * Each run keeps its model, so an imported run can be compared, downloaded and used to predict.
 */
import { FaroError } from '$lib/shared/errors';
import { text, type Text } from '$lib/i18n';
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
export function parseRunsExport(source: string, fileName = 'the file'): RunRecord[] {
	let value: unknown;
	try {
		value = JSON.parse(source);
	} catch {
		throw invalid(text('err_runs_import_not_json', { file: fileName }), fileName);
	}
	if (!isObject(value) || value.format !== RUNS_EXPORT_FORMAT) {
		throw invalid(
			text('err_runs_import_wrong_format', { file: fileName, format: RUNS_EXPORT_FORMAT }),
			fileName,
			text('err_runs_import_wrong_format_hint')
		);
	}
	if (typeof value.version !== 'number' || value.version > RUNS_EXPORT_VERSION) {
		throw invalid(
			text('err_runs_import_newer', {
				file: fileName,
				version: String(value.version),
				supported: RUNS_EXPORT_VERSION
			}),
			fileName
		);
	}
	if (!Array.isArray(value.runs))
		throw invalid(text('err_runs_import_no_runs', { file: fileName }), fileName);
	return value.runs.map((run, i) => checkRun(run, { file: fileName, index: i + 1 }));
}

function checkRun(run: unknown, at: { file: string; index: number }): RunRecord {
	const field = (key: string) => text('err_runs_import_where_field', { ...at, field: key });
	if (!isObject(run))
		throw invalid(text('err_runs_import_not_object', at), text('err_runs_import_where_run', at));
	for (const key of ['id', 'name', 'createdAt', 'status'] as const) {
		if (typeof run[key] !== 'string')
			throw invalid(text('err_runs_import_missing_field', { ...at, field: key }), field(key));
	}
	for (const key of ['settings', 'dataset'] as const) {
		if (!isObject(run[key]))
			throw invalid(text('err_runs_import_missing_field', { ...at, field: key }), field(key));
	}
	if (run.status === 'done' && !isObject(run.result)) {
		throw invalid(text('err_runs_import_done_no_result', at), field('result'));
	}
	if (typeof run.schemaVersion !== 'number')
		throw invalid(
			text('err_runs_import_missing_field', { ...at, field: 'schemaVersion' }),
			field('schemaVersion')
		);
	return migrateRun(run as unknown as RunRecord);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

const invalid = (message: Text, where: string | Text, hint = text('err_runs_import_hint')) =>
	new FaroError('runs-import-invalid', message, { where, hint });
