import { expect } from 'vitest';

type Nested = number | null | undefined | string | boolean | Nested[] | { [key: string]: Nested } | ArrayLike<number>;

/**
 * Compares nested numbers (objects, arrays, typed arrays) to `digits` decimal places and names the failing
 * path (`fpr[17]`). NaN equals NaN; strings and booleans must be equal.
 */
export function expectClose(actual: unknown, expected: unknown, { digits = 9, path = '' } = {}): void {
	walk(actual as Nested, expected as Nested, path || '$', 0.5 * 10 ** -digits);
}

function walk(actual: Nested, expected: Nested, path: string, tolerance: number): void {
	if (typeof expected === 'number') {
		expect(typeof actual, `${path} should be a number`).toBe('number');
		const a = actual as number;
		if (Number.isNaN(expected)) {
			expect(Number.isNaN(a), `${path}: expected NaN, got ${a}`).toBe(true);
			return;
		}
		if (!Number.isFinite(expected)) {
			expect(a, path).toBe(expected);
			return;
		}
		const scale = Math.max(1, Math.abs(expected));
		expect(Math.abs(a - expected) <= tolerance * scale, `${path}: expected ${expected}, got ${a}`).toBe(true);
		return;
	}
	if (expected === null || typeof expected !== 'object') {
		expect(actual, path).toEqual(expected);
		return;
	}
	if (isArrayLike(expected)) {
		expect(isArrayLike(actual), `${path} should be an array`).toBe(true);
		const a = actual as ArrayLike<Nested>;
		expect(a.length, `${path}.length`).toBe(expected.length);
		for (let i = 0; i < expected.length; i++) walk(a[i], (expected as ArrayLike<Nested>)[i], `${path}[${i}]`, tolerance);
		return;
	}
	expect(actual !== null && typeof actual === 'object', `${path} should be an object`).toBe(true);
	for (const [key, value] of Object.entries(expected)) {
		walk((actual as Record<string, Nested>)[key], value, `${path}.${key}`, tolerance);
	}
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
	return Array.isArray(value) || ArrayBuffer.isView(value);
}
