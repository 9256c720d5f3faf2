/**
 * Checks the fitted Recipe of a bundle (features/recipe.ts): its steps, that every column a step reads is one
 * of its inputs, that the feature names add up to the dense and text widths, and that every input is in
 * the bundle's `inputSchema` with the same kind. What it returns is the recipe, typed.
 */
import type { ColumnKind } from '$lib/data/table';
import type { FittedRecipe } from '$lib/features';
import { text } from '$lib/i18n';
import {
	asArray,
	asBoolean,
	asNumber,
	asObject,
	asOneOf,
	asString,
	damaged,
	field,
	type JsonObject
} from './bundle-error';

export const COLUMN_KINDS: readonly ColumnKind[] = [
	'numeric',
	'categorical',
	'boolean',
	'date',
	'text',
	'id',
	'constant'
];

/** Every column a dense step reads, and how many features it outputs. */
type StepInfo = { columns: string[]; width: number };

/**
 * Checks `value` as a fitted Recipe found at `base` (the bundle's `recipe`, or a blend member's
 * `model.members[2].recipe`).
 * @throws FaroError bundle-invalid naming the field (`recipe.dense[3].levels`)
 */
export function validateRecipe(value: unknown, base = 'recipe'): FittedRecipe {
	const recipe = asObject(value, base);
	asOneOf(field(recipe, 'format', base), ['faro-recipe'] as const, `${base}.format`);
	asNumber(field(recipe, 'version', base), `${base}.version`, { min: 1, max: 1, integer: true });
	const inputs = asArray(field(recipe, 'inputs', base), `${base}.inputs`).map((raw, i) => {
		const input = asObject(raw, `${base}.inputs[${i}]`);
		return {
			name: asString(field(input, 'name', `${base}.inputs[${i}]`), `${base}.inputs[${i}].name`),
			kind: asOneOf(
				field(input, 'kind', `${base}.inputs[${i}]`),
				COLUMN_KINDS,
				`${base}.inputs[${i}].kind`
			)
		};
	});
	const inputNames = new Set(inputs.map((c) => c.name));
	const readsInput = (column: string, path: string) => {
		if (!inputNames.has(column))
			throw damaged(path, text('err_bundle_must_recipe_input', { path, column }));
	};
	let denseWidth = 0;
	asArray(field(recipe, 'dense', base), `${base}.dense`).forEach((raw, i) => {
		const path = `${base}.dense[${i}]`;
		const step = readDenseStep(asObject(raw, path), path);
		step.columns.forEach((c) => readsInput(c, path));
		denseWidth += step.width;
	});
	let textWidth = 0;
	asArray(field(recipe, 'text', base), `${base}.text`).forEach((raw, i) => {
		const path = `${base}.text[${i}]`;
		const step = asObject(raw, path);
		asOneOf(field(step, 'type', path), ['text'] as const, `${path}.type`);
		readsInput(asString(field(step, 'column', path), `${path}.column`), `${path}.column`);
		const tfidf = asObject(field(step, 'tfidf', path), `${path}.tfidf`);
		asObject(field(tfidf, 'options', `${path}.tfidf`), `${path}.tfidf.options`);
		const terms = stringList(field(tfidf, 'terms', `${path}.tfidf`), `${path}.tfidf.terms`);
		const idf = numberList(field(tfidf, 'idf', `${path}.tfidf`), `${path}.tfidf.idf`);
		if (idf.length !== terms.length) {
			const at = `${path}.tfidf.idf`;
			throw damaged(at, text('err_bundle_must_idf_count', { path: at, count: terms.length }));
		}
		const names = stringList(field(step, 'names', path), `${path}.names`);
		if (names.length !== terms.length) {
			const at = `${path}.names`;
			throw damaged(at, text('err_bundle_must_term_names', { path: at, count: terms.length }));
		}
		textWidth += names.length;
	});
	const declared = asNumber(field(recipe, 'denseWidth', base), `${base}.denseWidth`, {
		min: 0,
		integer: true
	});
	if (declared !== denseWidth) {
		const at = `${base}.denseWidth`;
		throw damaged(at, text('err_bundle_must_dense_width', { path: at, width: denseWidth }));
	}
	const names = stringList(field(recipe, 'names', base), `${base}.names`);
	if (names.length !== denseWidth + textWidth || names.length === 0) {
		const at = `${base}.names`;
		const count = denseWidth + textWidth;
		throw damaged(at, text('err_bundle_must_feature_names', { path: at, count }));
	}
	return value as FittedRecipe;
}

function readDenseStep(step: JsonObject, path: string): StepInfo {
	const type = asOneOf(
		field(step, 'type', path),
		['numeric', 'categorical', 'boolean'] as const,
		`${path}.type`
	);
	const flag = (key: string) => asBoolean(field(step, key, path), `${path}.${key}`);
	if (type === 'numeric') {
		asString(field(step, 'name', path), `${path}.name`);
		flag('log1p');
		const impute = asObject(field(step, 'impute', path), `${path}.impute`);
		asOneOf(
			field(impute, 'strategy', `${path}.impute`),
			['median', 'mean', 'constant'] as const,
			`${path}.impute.strategy`
		);
		asNumber(field(impute, 'value', `${path}.impute`), `${path}.impute.value`);
		const scale = asObject(field(step, 'scale', path), `${path}.scale`);
		asOneOf(
			field(scale, 'method', `${path}.scale`),
			['standard', 'minmax', 'none'] as const,
			`${path}.scale.method`
		);
		asNumber(field(scale, 'center', `${path}.scale`), `${path}.scale.center`);
		asNumber(field(scale, 'scale', `${path}.scale`), `${path}.scale.scale`);
		const columns = sourceColumns(
			asObject(field(step, 'source', path), `${path}.source`),
			`${path}.source`
		);
		return { columns, width: flag('indicator') ? 2 : 1 };
	}
	const column = asString(field(step, 'column', path), `${path}.column`);
	if (type === 'boolean') {
		for (const key of ['positive', 'negative']) {
			const level = field(step, key, path);
			if (level !== null) asString(level, `${path}.${key}`);
		}
		asNumber(field(step, 'fill', path), `${path}.fill`, { min: 0, max: 1, integer: true });
		return { columns: [column], width: flag('indicator') ? 2 : 1 };
	}
	const encoding = asOneOf(
		field(step, 'encoding', path),
		['onehot', 'ordinal'] as const,
		`${path}.encoding`
	);
	asString(field(step, 'fill', path), `${path}.fill`);
	const levels = stringList(field(step, 'levels', path), `${path}.levels`);
	const hasOther = flag('hasOther');
	return {
		columns: [column],
		width: encoding === 'ordinal' ? 1 : levels.length + (hasOther ? 1 : 0)
	};
}

function sourceColumns(source: JsonObject, path: string): string[] {
	const from = asOneOf(
		field(source, 'from', path),
		['column', 'derived', 'date-part', 'date-diff'] as const,
		`${path}.from`
	);
	const read = (key: string) => asString(field(source, key, path), `${path}.${key}`);
	if (from === 'column') return [read('column')];
	if (from === 'date-part') {
		asOneOf(field(source, 'part', path), ['year', 'month', 'weekday'] as const, `${path}.part`);
		return [read('column')];
	}
	if (from === 'derived') {
		asOneOf(field(source, 'op', path), ['ratio', 'difference', 'product'] as const, `${path}.op`);
		return [read('left'), read('right')];
	}
	return [read('start'), read('end')];
}

const stringList = (value: unknown, path: string): string[] =>
	asArray(value, path).map((v, i) => asString(v, `${path}[${i}]`));

const numberList = (value: unknown, path: string): number[] =>
	asArray(value, path).map((v, i) => asNumber(v, `${path}[${i}]`));

/**
 * Every recipe input must be in the bundle's input schema, with the same kind. Errors name `inputSchema` for
 * the bundle's own recipe; for a blend member's recipe (`recipePath`, e.g. `model.members[2].recipe`) they
 * name the member's input instead (`model.members[2].recipe.inputs[4]`), since the schema itself is fine.
 * @throws FaroError bundle-invalid
 */
export function checkSchemaCoversRecipe(
	schema: { name: string; kind: ColumnKind }[],
	recipe: FittedRecipe,
	recipePath?: string
): void {
	const byName = new Map(schema.map((c) => [c.name, c]));
	recipe.inputs.forEach((input, i) => {
		const column = byName.get(input.name);
		const at = recipePath && `${recipePath}.inputs[${i}]`;
		if (!column) {
			if (at) {
				const path = `${at}.name`;
				throw damaged(path, text('err_bundle_must_schema_column', { path, name: input.name }));
			}
			throw damaged(
				'inputSchema',
				text('err_bundle_must_schema_includes', { path: 'inputSchema', name: input.name })
			);
		}
		if (column.kind !== input.kind) {
			if (at) {
				const path = `${at}.kind`;
				throw damaged(
					path,
					text('err_bundle_must_member_kind', {
						path,
						kind: column.kind,
						name: input.name,
						found: input.kind
					})
				);
			}
			const path = `inputSchema "${input.name}".kind`;
			throw damaged(
				path,
				text('err_bundle_must_schema_kind', { path, kind: input.kind, found: column.kind })
			);
		}
	});
}
