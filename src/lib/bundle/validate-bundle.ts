/**
 * The gate every bundle passes on its way in (ARCHITECTURE.md, "Model bundle — Contract"): each field is
 * checked for presence, type and range, then the parts against each other (labels ↔ model outputs, recipe
 * features ↔ model inputs, recipe inputs ↔ input schema, weight specs ↔ weight bytes, model kind ↔ version);
 * a blend (version 3) gets the same checks for every member, under `model.members[i]`. A bad file gets one
 * FaroError `bundle-invalid` that names the field path and what was expected, never a crash.
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import type { ColumnRole } from '$lib/data/table';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type ModelBundle } from './bundle-types';
import {
	asArray,
	asNumber,
	asObject,
	asOneOf,
	asString,
	damaged,
	describe,
	field,
	isObject,
	notABundle,
	type JsonObject
} from './bundle-error';
import { checkSchemaCoversRecipe, COLUMN_KINDS, validateRecipe } from './validate-recipe';
import { validateModel } from './validate-model';
import { validateReference } from './validate-reference';
import { validateGbdtArtifacts } from '$lib/models/gbdt';
import { GBDT_FORMAT } from '$lib/models/gbdt/types';
import { ENSEMBLE_FORMAT, MAX_ENSEMBLE_MEMBERS } from '$lib/models/artifacts';
import type { FittedRecipe } from '$lib/features';

const ROLES: readonly ColumnRole[] = ['feature', 'target', 'id', 'ignore'];

/**
 * Checks that `value` (parsed JSON) is a Faro model bundle this Faro can read, and returns it typed.
 * It only reads the value: nothing from the file is executed.
 * @throws FaroError bundle-invalid naming the field and what was expected
 * @example
 * const bundle = validateBundle(JSON.parse(text)); // bundle.labels, bundle.recipe, bundle.model …
 */
export function validateBundle(value: unknown): ModelBundle {
	try {
		return checkBundle(value);
	} catch (err) {
		if (err instanceof FaroError) throw err;
		const message = err instanceof Error ? err.message : String(err);
		throw new FaroError('bundle-invalid', text('err_bundle_could_not_read', { error: message }), {
			hint: text('err_bundle_download_again_hint')
		});
	}
}

function checkBundle(value: unknown): ModelBundle {
	if (!isObject(value)) {
		throw new FaroError(
			'bundle-invalid',
			text('err_bundle_not_object', { found: describe(value) }),
			{
				where: text('err_where_whole_file'),
				hint: text('err_bundle_choose_json_hint')
			}
		);
	}
	const format = field(value, 'format', '');
	if (format !== BUNDLE_FORMAT)
		throw notABundle(
			'format',
			text('err_bundle_wrong_format', {
				path: 'format',
				found: describe(format),
				format: BUNDLE_FORMAT
			})
		);
	const version = asNumber(field(value, 'version', ''), 'version', { min: 1, integer: true });
	if (version > BUNDLE_VERSION) {
		throw new FaroError(
			'bundle-invalid',
			text('err_bundle_newer', { version, max: BUNDLE_VERSION }),
			{ where: 'version', hint: text('err_bundle_newer_hint') }
		);
	}
	const createdAt = asString(field(value, 'createdAt', ''), 'createdAt');
	if (Number.isNaN(Date.parse(createdAt)))
		throw damaged(
			'createdAt',
			text('err_bundle_must_date', { path: 'createdAt', found: describe(createdAt) })
		);
	asString(field(value, 'runId', ''), 'runId', true);
	const target = asString(field(value, 'target', ''), 'target', true);
	const labels = readLabels(field(value, 'labels', ''));
	readPositiveAndThreshold(value, labels);
	const schema = readInputSchema(field(value, 'inputSchema', ''));
	const recipe = validateRecipe(field(value, 'recipe', ''));
	checkSchemaCoversRecipe(schema, recipe);
	checkRecipeSkipsTarget(recipe, target, 'recipe');
	const model = asObject(field(value, 'model', ''), 'model');
	if (model.format === ENSEMBLE_FORMAT) {
		if (version !== 3)
			throw damaged('version', text('err_bundle_must_blend_version', { path: 'version', version }));
		checkEnsemble(model, { schema, target, labelCount: labels.length });
	} else {
		if (version === 3) {
			throw damaged(
				'model.format',
				text('err_bundle_must_blend_format', {
					path: 'model.format',
					format: ENSEMBLE_FORMAT,
					found: describe(model.format)
				})
			);
		}
		checkSingleModel(model, 'model', version, labels.length, recipe.names.length);
	}
	asObject(field(value, 'metrics', ''), 'metrics');
	const training = asObject(field(value, 'training', ''), 'training');
	asObject(field(training, 'settings', 'training'), 'training.settings');
	asNumber(field(training, 'seed', 'training'), 'training.seed', { integer: true });
	asString(field(training, 'backend', 'training'), 'training.backend');
	asNumber(field(training, 'durationMs', 'training'), 'training.durationMs', { min: 0 });
	const dataset = asObject(field(value, 'dataset', ''), 'dataset');
	asString(field(dataset, 'name', 'dataset'), 'dataset.name');
	asNumber(field(dataset, 'rows', 'dataset'), 'dataset.rows', { min: 0, integer: true });
	asString(field(dataset, 'fingerprint', 'dataset'), 'dataset.fingerprint');
	if (value.reference !== undefined) validateReference(value.reference);
	return value as ModelBundle;
}

/** The recipe must not read the target (a model cannot read what it predicts). */
function checkRecipeSkipsTarget(recipe: FittedRecipe, target: string, path: string): void {
	if (recipe.inputs.some((c) => c.name === target)) {
		const at = `${path}.inputs`;
		throw damaged(at, text('err_bundle_must_no_target_input', { path: at, target }));
	}
}

/**
 * One model at `path` (the bundle's `model`, or a blend member's): TF.js layers (no `format`) or trees
 * (`"faro-gbdt"`, from version 2), reading `featureCount` features and giving one output per label.
 */
function checkSingleModel(
	model: JsonObject,
	path: string,
	version: number,
	labelCount: number,
	featureCount: number
): void {
	if (model.format === GBDT_FORMAT) {
		if (version < 2)
			throw damaged('version', text('err_bundle_must_tree_version', { path: 'version', version }));
		validateGbdtArtifacts(model, { featureCount, classCount: labelCount }, path);
		return;
	}
	if (model.format !== undefined) {
		const at = `${path}.format`;
		const params = { path: at, format: GBDT_FORMAT, found: describe(model.format) };
		throw damaged(
			at,
			model.format === ENSEMBLE_FORMAT
				? text('err_bundle_must_model_format_nested', params)
				: text('err_bundle_must_model_format', params)
		);
	}
	const shape = validateModel(model, labelCount, path);
	if (shape.inputWidth !== featureCount) {
		const at = `${path}.modelTopology.config.layers[0].config.batch_input_shape`;
		throw damaged(
			at,
			text('err_bundle_must_input_width', {
				path: at,
				count: featureCount,
				found: shape.inputWidth
			})
		);
	}
}

/**
 * A blend (`model.format: "faro-ensemble"`, version 3): 1–10 members, each with a weight above 0 (together 1,
 * within 1e-6), a trial id (whole number or null), a description, a valid Recipe whose inputs are all in
 * the input schema, and a single valid model that reads that Recipe's features.
 */
function checkEnsemble(
	model: JsonObject,
	bundle: { schema: InputSchema; target: string; labelCount: number }
): void {
	const members = asArray(field(model, 'members', 'model'), 'model.members');
	if (members.length < 1 || members.length > MAX_ENSEMBLE_MEMBERS) {
		throw damaged(
			'model.members',
			text('err_bundle_must_member_count', {
				path: 'model.members',
				max: MAX_ENSEMBLE_MEMBERS,
				count: members.length
			})
		);
	}
	let total = 0;
	members.forEach((raw, i) => {
		const path = `model.members[${i}]`;
		const member = asObject(raw, path);
		const weight = asNumber(field(member, 'weight', path), `${path}.weight`);
		if (weight <= 0) {
			const at = `${path}.weight`;
			throw damaged(at, text('err_bundle_must_positive_weight', { path: at, weight }));
		}
		total += weight;
		const trialId = field(member, 'trialId', path);
		if (trialId !== null) {
			if (!Number.isInteger(trialId)) {
				const at = `${path}.trialId`;
				throw damaged(at, text('err_bundle_must_trial_id', { path: at, found: describe(trialId) }));
			}
		}
		asString(field(member, 'description', path), `${path}.description`);
		const recipe = validateRecipe(field(member, 'recipe', path), `${path}.recipe`);
		checkSchemaCoversRecipe(bundle.schema, recipe, `${path}.recipe`);
		checkRecipeSkipsTarget(recipe, bundle.target, `${path}.recipe`);
		const single = asObject(field(member, 'model', path), `${path}.model`);
		checkSingleModel(single, `${path}.model`, 3, bundle.labelCount, recipe.names.length);
	});
	if (Math.abs(total - 1) > 1e-6) {
		throw damaged(
			'model.members',
			text('err_bundle_must_weights_sum', { path: 'model.members', total })
		);
	}
}

function readLabels(value: unknown): string[] {
	const path = 'labels';
	if (!Array.isArray(value) || value.length < 2)
		throw damaged(path, text('err_bundle_must_labels', { path, found: describe(value) }));
	const labels = value.map((label, i) => {
		if (typeof label !== 'string') {
			const found = describe(label);
			throw damaged(path, text('err_bundle_must_labels_entry', { path, index: i, found }));
		}
		return label;
	});
	const repeated = labels.find((label, i) => labels.indexOf(label) !== i);
	if (repeated !== undefined)
		throw damaged(path, text('err_bundle_must_labels_unique', { path, label: repeated }));
	return labels;
}

function readPositiveAndThreshold(bundle: Record<string, unknown>, labels: string[]): void {
	const hasPositive = bundle.positiveLabel !== undefined;
	if (hasPositive) asOneOf(bundle.positiveLabel, labels, 'positiveLabel');
	if (bundle.threshold === undefined) return;
	asNumber(bundle.threshold, 'threshold', { min: 0, max: 1 });
	if (labels.length !== 2)
		throw damaged(
			'threshold',
			text('err_bundle_must_threshold_absent', { path: 'threshold', count: labels.length })
		);
	if (!hasPositive)
		throw notABundle(
			'positiveLabel',
			text('err_bundle_positive_missing', { path: 'positiveLabel' })
		);
}

type InputSchema = { name: string; kind: (typeof COLUMN_KINDS)[number] }[];

function readInputSchema(value: unknown): InputSchema {
	const seen = new Set<string>();
	return asArray(value, 'inputSchema').map((raw, i) => {
		const path = `inputSchema[${i}]`;
		const column = asObject(raw, path);
		const name = asString(field(column, 'name', path), `${path}.name`);
		if (seen.has(name)) {
			const at = `${path}.name`;
			throw damaged(at, text('err_bundle_must_unique_column', { path: at, name }));
		}
		seen.add(name);
		const kind = asOneOf(field(column, 'kind', path), COLUMN_KINDS, `${path}.kind`);
		asOneOf(field(column, 'role', path), ROLES, `${path}.role`);
		return { name, kind };
	});
}
