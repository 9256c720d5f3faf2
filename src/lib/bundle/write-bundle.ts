import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import type { RunRecord } from '$lib/runs/run-record';
import { BUNDLE_FORMAT, bundleVersionFor, type ModelBundle } from './bundle-types';

/**
 * The model bundle of a finished run: fitted Recipe, model (TF.js layers, trees, or a blend of those with each
 * member's own Recipe), labels, threshold, metrics and provenance, as one JSON-ready object; its version is the
 * lowest that holds the model (`bundleVersionFor`).
 * @throws FaroError settings-invalid when the run has no result (not done) or its model was removed
 */
export function writeBundle(run: RunRecord): ModelBundle {
	const result = run.result;
	if (run.status !== 'done' || !result) {
		throw new FaroError(
			'settings-invalid',
			text('err_bundle_run_no_model', { name: run.name, status: run.status }),
			{ hint: text('err_bundle_run_no_model_hint') }
		);
	}
	if (result.model == null) {
		throw new FaroError('settings-invalid', text('err_bundle_model_removed', { name: run.name }), {
			where: text('err_where_run', { name: run.name }),
			hint: text('err_bundle_model_removed_hint')
		});
	}
	const { model } = result;
	const inputSchema = run.settings.columns
		.filter((c) => c.role === 'feature' || c.role === 'id')
		.map(({ name, kind, role }) => ({ name, kind, role }));
	return {
		format: BUNDLE_FORMAT,
		version: bundleVersionFor(model),
		createdAt: new Date().toISOString(),
		runId: run.id,
		target: run.settings.target,
		labels: result.labels,
		...(result.positiveLabel !== null ? { positiveLabel: result.positiveLabel } : {}),
		...(result.threshold !== null ? { threshold: result.threshold } : {}),
		inputSchema,
		recipe: result.recipe,
		model,
		metrics: result.metrics,
		training: {
			settings: run.settings,
			seed: run.settings.seed,
			backend: run.backend?.name ?? 'unknown',
			durationMs: run.durationMs ?? 0
		},
		dataset: {
			name: run.dataset.name,
			rows: run.dataset.rows,
			fingerprint: run.dataset.fingerprint
		},
		...(result.reference && { reference: result.reference })
	};
}
