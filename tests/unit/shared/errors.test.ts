import { describe, expect, it } from 'vitest';
import { asFaroError, FaroError, settle, unwrap } from '$lib/shared/errors';

describe('FaroError across a worker boundary', () => {
	it('survives settle → structured clone → unwrap with code, where and hint', async () => {
		const outcome = await settle(() => {
			throw new FaroError('csv-empty', 'The file "a.csv" is empty.', { where: 'a.csv', hint: 'Export again.' });
		});
		const cloned = structuredClone(outcome);
		expect(() => unwrap(cloned)).toThrowError('The file "a.csv" is empty.');
		try {
			unwrap(cloned);
		} catch (err) {
			expect(err).toBeInstanceOf(FaroError);
			expect((err as FaroError).code).toBe('csv-empty');
			expect((err as FaroError).detail).toEqual({ where: 'a.csv', hint: 'Export again.' });
		}
	});
	it('passes values through', async () => {
		expect(unwrap(await settle(async () => 3))).toBe(3);
	});
	it('turns unknown errors into internal ones and abort into cancelled', () => {
		expect(asFaroError(new TypeError('x is undefined')).code).toBe('internal');
		expect(asFaroError(new DOMException('stop', 'AbortError')).code).toBe('cancelled');
		expect(asFaroError(new DOMException('QuotaExceededError: over', 'QuotaExceededError')).code).toBe('storage-quota');
	});
});
