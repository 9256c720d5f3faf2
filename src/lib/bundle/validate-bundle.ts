/**
 * The gate every bundle passes on its way in (ARCHITECTURE.md, "Model bundle — Contract"): each field is
 * checked for presence, type and range, then the parts against each other (labels ↔ model outputs, recipe
 * features ↔ model inputs, recipe inputs ↔ input schema, weight specs ↔ weight bytes). A bad file gets one
 * FaroError `bundle-invalid` that names the field path and what was expected, never a crash.
 */
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
	notABundle
} from './bundle-error';
import { checkSchemaCoversRecipe, COLUMN_KINDS, validateRecipe } from './validate-recipe';
import { validateModel } from './validate-model';
import { validateGbdtArtifacts } from '$lib/models/gbdt';
import { GBDT_FORMAT } from '$lib/models/gbdt/types';

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
		throw new FaroError('bundle-invalid', `This Faro model could not be read: ${message}`, {
			hint: 'Download the model again from its run in Faro.'
		});
	}
}

function checkBundle(value: unknown): ModelBundle {
	if (!isObject(value)) {
		throw new FaroError(
			'bundle-invalid',
			`This file is not a Faro model: it holds ${describe(value)}, not an object.`,
			{
				where: 'the whole file',
				hint: 'Choose the .json file Faro downloads from a run ("Download model").'
			}
		);
	}
	const format = field(value, 'format', '');
	if (format !== BUNDLE_FORMAT)
		throw notABundle('format', `is ${describe(format)}, not "${BUNDLE_FORMAT}"`);
	const version = asNumber(field(value, 'version', ''), 'version', { min: 1, integer: true });
	if (version > BUNDLE_VERSION) {
		throw new FaroError(
			'bundle-invalid',
			`This model was made by a newer Faro (version ${version}); this Faro reads versions up to ${BUNDLE_VERSION}.`,
			{ where: 'version', hint: 'Open it with the Faro version that made it, or update this Faro.' }
		);
	}
	const createdAt = asString(field(value, 'createdAt', ''), 'createdAt');
	if (Number.isNaN(Date.parse(createdAt)))
		throw damaged('createdAt', `an ISO-8601 date (found ${describe(createdAt)})`);
	asString(field(value, 'runId', ''), 'runId', true);
	const target = asString(field(value, 'target', ''), 'target', true);
	const labels = readLabels(field(value, 'labels', ''));
	readPositiveAndThreshold(value, labels);
	const schema = readInputSchema(field(value, 'inputSchema', ''));
	const recipe = validateRecipe(field(value, 'recipe', ''));
	checkSchemaCoversRecipe(schema, recipe);
	if (recipe.inputs.some((c) => c.name === target)) {
		throw damaged(
			'recipe.inputs',
			`a list without the target "${target}" (a model cannot read what it predicts)`
		);
	}
	const model = asObject(field(value, 'model', ''), 'model');
	if (model.format === GBDT_FORMAT) {
		if (version < 2) throw damaged('version', `2 or more for a tree model (found ${version})`);
		validateGbdtArtifacts(model, { featureCount: recipe.names.length, classCount: labels.length }, 'model');
	} else checkLayersModel(model, labels.length, recipe.names.length);
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
	return value as ModelBundle;
}

/** A TF.js layers model whose input width is the recipe's feature count. */
function checkLayersModel(model: Record<string, unknown>, labelCount: number, featureCount: number): void {
	const shape = validateModel(model, labelCount);
	if (shape.inputWidth !== featureCount) {
		throw damaged(
			'model.modelTopology.config.layers[0].config.batch_input_shape',
			`[null, ${featureCount}], one input per recipe feature (found ${shape.inputWidth})`
		);
	}
}

function readLabels(value: unknown): string[] {
	const expected = 'a list of at least 2 class names';
	if (!Array.isArray(value) || value.length < 2)
		throw damaged('labels', `${expected} (found ${describe(value)})`);
	const labels = value.map((label, i) => {
		if (typeof label !== 'string')
			throw damaged('labels', `${expected} (labels[${i}] is ${describe(label)})`);
		return label;
	});
	const repeated = labels.find((label, i) => labels.indexOf(label) !== i);
	if (repeated !== undefined)
		throw damaged('labels', `${expected}, each once ("${repeated}" is repeated)`);
	return labels;
}

function readPositiveAndThreshold(bundle: Record<string, unknown>, labels: string[]): void {
	const hasPositive = bundle.positiveLabel !== undefined;
	if (hasPositive) asOneOf(bundle.positiveLabel, labels, 'positiveLabel');
	if (bundle.threshold === undefined) return;
	asNumber(bundle.threshold, 'threshold', { min: 0, max: 1 });
	if (labels.length !== 2)
		throw damaged('threshold', `absent for ${labels.length} classes (a threshold needs 2)`);
	if (!hasPositive) throw notABundle('positiveLabel', 'is missing (the threshold applies to it)');
}

function readInputSchema(value: unknown): { name: string; kind: (typeof COLUMN_KINDS)[number] }[] {
	const seen = new Set<string>();
	return asArray(value, 'inputSchema').map((raw, i) => {
		const path = `inputSchema[${i}]`;
		const column = asObject(raw, path);
		const name = asString(field(column, 'name', path), `${path}.name`);
		if (seen.has(name))
			throw damaged(`${path}.name`, `a column name used once ("${name}" is repeated)`);
		seen.add(name);
		const kind = asOneOf(field(column, 'kind', path), COLUMN_KINDS, `${path}.kind`);
		asOneOf(field(column, 'role', path), ROLES, `${path}.role`);
		return { name, kind };
	});
}
