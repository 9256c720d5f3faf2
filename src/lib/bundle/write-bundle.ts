import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import type { RunRecord } from '$lib/runs/run-record';
import type { RunResult, TrainSettings } from '$lib/runs/types';
import type { SearchRecord } from '$lib/runs/trial';
import { BUNDLE_FORMAT, bundleVersionFor, type ModelBundle } from './bundle-types';

/** What a model file is written from: a finished training's result, its settings, its data and its backend. */
export type BundleSource = {
	result: RunResult;
	settings: TrainSettings;
	/** The search that produced it, if one did: written inside `training.settings`, where model files keep it. */
	search?: SearchRecord;
	dataset: { name: string; rows: number; fingerprint: string };
	/** The backend it trained on ("wasm", "webgpu", "js" for trees…). */
	backend: string;
	durationMs?: number;
	/** The stored run it came from (a fresh id when there is none, as from the CLI). */
	runId?: string;
	/** The run's name, for messages. */
	name?: string;
};

/**
 * The model bundle of a finished training: fitted Recipe, model (TF.js layers, trees, or a blend of those with
 * each member's own Recipe), labels, threshold, metrics and provenance, as one JSON-ready object; its version
 * is the lowest that holds the model (`bundleVersionFor`).
 * @throws FaroError settings-invalid when the model was removed (to free storage)
 */
export function writeBundle(source: BundleSource): ModelBundle {
	const { result, settings, search, dataset } = source;
	const name = source.name ?? dataset.name;
	if (result.model == null) {
		throw new FaroError('settings-invalid', text('err_bundle_model_removed', { name }), {
			where: text('err_where_run', { name }),
			hint: text('err_bundle_model_removed_hint')
		});
	}
	const { model } = result;
	const inputSchema = settings.columns
		.filter((c) => c.role === 'feature' || c.role === 'id')
		.map(({ name, kind, role }) => ({ name, kind, role }));
	return {
		format: BUNDLE_FORMAT,
		version: bundleVersionFor(model),
		createdAt: new Date().toISOString(),
		runId: source.runId ?? crypto.randomUUID(),
		target: settings.target,
		labels: result.labels,
		...(result.positiveLabel !== null ? { positiveLabel: result.positiveLabel } : {}),
		...(result.threshold !== null ? { threshold: result.threshold } : {}),
		inputSchema,
		recipe: result.recipe,
		model,
		metrics: result.metrics,
		training: {
			settings: search ? { ...settings, search } : settings,
			seed: settings.seed,
			backend: source.backend,
			durationMs: source.durationMs ?? 0
		},
		dataset: { name: dataset.name, rows: dataset.rows, fingerprint: dataset.fingerprint },
		...(result.reference && { reference: result.reference })
	};
}

/**
 * What a stored run's model file is written from.
 * @throws FaroError settings-invalid when the run has not finished (no result)
 */
export function runBundleSource(run: RunRecord): BundleSource {
	if (run.status !== 'done' || !run.result) {
		throw new FaroError(
			'settings-invalid',
			text('err_bundle_run_no_model', { name: run.name, status: run.status }),
			{ hint: text('err_bundle_run_no_model_hint') }
		);
	}
	return {
		result: run.result,
		settings: run.settings,
		...(run.search && { search: run.search }),
		dataset: run.dataset,
		backend: run.backend?.name ?? 'unknown',
		durationMs: run.durationMs ?? 0,
		runId: run.id,
		name: run.name
	};
}

/**
 * The model bundle of a stored run (`writeBundle` of `runBundleSource`).
 * @throws FaroError settings-invalid when the run has not finished or its model was removed
 */
export const writeRunBundle = (run: RunRecord): ModelBundle => writeBundle(runBundleSource(run));
