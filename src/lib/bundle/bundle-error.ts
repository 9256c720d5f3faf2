/**
 * The one error a bad bundle gives: FaroError `bundle-invalid`, whose message names the field (as a path,
 * `model.weightSpecs[2].shape`) and what was expected, and whose `where` is that path. Small readers over
 * `unknown` JSON values throw it, so the validators read like the contract they check.
 */
import { FaroError } from '$lib/shared/errors';

const HINT = 'Download the model again from its run in Faro, or choose another file.';

/** `This file is not a Faro model: "<path>" <problem>.` */
export const notABundle = (path: string, problem: string): FaroError =>
	new FaroError('bundle-invalid', `This file is not a Faro model: "${path}" ${problem}.`, {
		where: path,
		hint: HINT
	});

/** A bundle whose field `path` is damaged: `"<path>" must be <expected>.` */
export const damaged = (path: string, expected: string, hint = HINT): FaroError =>
	new FaroError('bundle-invalid', `This Faro model is damaged: "${path}" must be ${expected}.`, {
		where: path,
		hint
	});

/** A plain JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** `parent[key]`, which must be present. @throws FaroError bundle-invalid naming `path.key` */
export function field(parent: JsonObject, key: string, path: string): unknown {
	const at = join(path, key);
	if (!Object.hasOwn(parent, key) || parent[key] === undefined) throw notABundle(at, 'is missing');
	return parent[key];
}

/** Joins a field path: `join('model', 'weightSpecs')` → `model.weightSpecs`. */
export const join = (path: string, key: string | number): string =>
	typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

/** @throws FaroError bundle-invalid unless `value` is an object */
export function asObject(value: unknown, path: string): JsonObject {
	if (!isObject(value)) throw damaged(path, `an object (found ${describe(value)})`);
	return value;
}

/** @throws FaroError bundle-invalid unless `value` is a string (non-empty when `nonEmpty`) */
export function asString(value: unknown, path: string, nonEmpty = false): string {
	if (typeof value !== 'string') throw damaged(path, `text (found ${describe(value)})`);
	if (nonEmpty && value.trim() === '') throw damaged(path, 'non-empty text');
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
	if (!ok) {
		const kind = integer ? 'a whole number' : 'a number';
		const range =
			min > -Infinity && max < Infinity
				? ` from ${min} to ${max}`
				: min > -Infinity
					? ` of at least ${min}`
					: '';
		throw damaged(path, `${kind}${range} (found ${describe(value)})`);
	}
	return value;
}

/** @throws FaroError bundle-invalid unless `value` is true or false */
export function asBoolean(value: unknown, path: string): boolean {
	if (typeof value !== 'boolean') throw damaged(path, `true or false (found ${describe(value)})`);
	return value;
}

/** @throws FaroError bundle-invalid unless `value` is an array */
export function asArray(value: unknown, path: string): unknown[] {
	if (!Array.isArray(value)) throw damaged(path, `a list (found ${describe(value)})`);
	return value;
}

/** @throws FaroError bundle-invalid unless `value` is one of `allowed` */
export function asOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
		throw damaged(
			path,
			`one of ${allowed.map((a) => `"${a}"`).join(', ')} (found ${describe(value)})`
		);
	}
	return value as T;
}

/** A short description of a JSON value for messages: `"onnx"`, `3`, `a list`, `nothing`. */
export function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string')
		return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
	return String(value);
}
