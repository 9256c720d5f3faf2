/**
 * The one error a bad bundle gives: FaroError `bundle-invalid`, whose message names the field (as a path,
 * `model.weightSpecs[2].shape`) and what was expected, and whose `where` is that path. Small readers over
 * `unknown` JSON values throw it, so the validators read like the contract they check.
 */
import { text, type Text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';

/**
 * `This file is not a Faro model: "<path>" <problem>.`: `message` is one of the `err_bundle_…` sentences
 * that start so (`err_bundle_field_missing`, …), naming `path`.
 */
export const notABundle = (path: string, message: Text): FaroError =>
	new FaroError('bundle-invalid', message, { where: path, hint: text('err_bundle_hint') });

/**
 * A bundle whose field `path` is damaged: `This Faro model is damaged: "<path>" must be <expected>.`, where
 * `message` is one of the `err_bundle_must_…` sentences, naming `path`.
 */
export const damaged = (
	path: string,
	message: Text,
	hint: Text = text('err_bundle_hint')
): FaroError => new FaroError('bundle-invalid', message, { where: path, hint });

/** A plain JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** `parent[key]`, which must be present. @throws FaroError bundle-invalid naming `path.key` */
export function field(parent: JsonObject, key: string, path: string): unknown {
	const at = join(path, key);
	if (!Object.hasOwn(parent, key) || parent[key] === undefined)
		throw notABundle(at, text('err_bundle_field_missing', { path: at }));
	return parent[key];
}

/** Joins a field path: `join('model', 'weightSpecs')` → `model.weightSpecs`. */
export const join = (path: string, key: string | number): string =>
	typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

/** @throws FaroError bundle-invalid unless `value` is an object */
export function asObject(value: unknown, path: string): JsonObject {
	if (!isObject(value))
		throw damaged(path, text('err_bundle_must_object', { path, found: describe(value) }));
	return value;
}

/** @throws FaroError bundle-invalid unless `value` is a string (non-empty when `nonEmpty`) */
export function asString(value: unknown, path: string, nonEmpty = false): string {
	if (typeof value !== 'string')
		throw damaged(path, text('err_bundle_must_text', { path, found: describe(value) }));
	if (nonEmpty && value.trim() === '')
		throw damaged(path, text('err_bundle_must_nonempty_text', { path }));
	return value;
}

/** @throws FaroError bundle-invalid unless `value` is a finite number in [min, max] (a whole one when `integer`) */
export function asNumber(
	value: unknown,
	path: string,
	{ min = -Infinity, max = Infinity, integer = false } = {}
): number {
	const ok =
		typeof value === 'number' &&
		Number.isFinite(value) &&
		value >= min &&
		value <= max &&
		(!integer || Number.isInteger(value));
	if (!ok) throw damaged(path, numberExpected(path, describe(value), min, max, integer));
	return value;
}

/** @throws FaroError bundle-invalid unless `value` is true or false */
export function asBoolean(value: unknown, path: string): boolean {
	if (typeof value !== 'boolean')
		throw damaged(path, text('err_bundle_must_boolean', { path, found: describe(value) }));
	return value;
}

/** @throws FaroError bundle-invalid unless `value` is an array */
export function asArray(value: unknown, path: string): unknown[] {
	if (!Array.isArray(value))
		throw damaged(path, text('err_bundle_must_list', { path, found: describe(value) }));
	return value;
}

/** @throws FaroError bundle-invalid unless `value` is one of `allowed` */
export function asOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
		const list = allowed.map((a) => `"${a}"`).join(', ');
		throw damaged(
			path,
			text('err_bundle_must_one_of', { path, allowed: list, found: describe(value) })
		);
	}
	return value as T;
}

/** "a number" or "a whole number", "from <min> to <max>" or "of at least <min>" when bounded, and what was found. */
function numberExpected(
	path: string,
	found: string | Text,
	min: number,
	max: number,
	integer: boolean
): Text {
	const p = { path, found, min, max };
	if (min > -Infinity && max < Infinity)
		return integer
			? text('err_bundle_must_whole_range', p)
			: text('err_bundle_must_number_range', p);
	if (min > -Infinity)
		return integer
			? text('err_bundle_must_whole_min', { path, found, min })
			: text('err_bundle_must_number_min', { path, found, min });
	return integer
		? text('err_bundle_must_whole', { path, found })
		: text('err_bundle_must_number', { path, found });
}

/** A short description of a JSON value for messages: `"onnx"`, `3`, `a list`, `nothing` (words as Texts). */
export function describe(value: unknown): string | Text {
	if (value === undefined) return text('err_value_nothing');
	if (value === null) return 'null';
	if (Array.isArray(value)) return text('err_value_list');
	if (typeof value === 'object') return text('err_value_object');
	if (typeof value === 'string')
		return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
	return String(value);
}
