/**
 * Shared by the tests of errors in two languages: the language in use is this module's (`useLocaleSource`),
 * English unless a check switches it, and `expectTexts` checks an error's English and Spanish.
 */
import { afterEach, expect } from 'vitest';
import { useLocaleSource, type Locale } from '$lib/i18n';
import { FaroError, localizeError } from '$lib/shared/errors';

let locale: Locale = 'en';
useLocaleSource(() => locale);
afterEach(() => {
	locale = 'en';
});

/** The FaroError `fn` throws (or the promise it returns rejects with). */
export async function thrown(fn: () => unknown): Promise<FaroError> {
	try {
		await fn();
	} catch (err) {
		if (err instanceof FaroError) return err;
		throw err;
	}
	throw new Error('no error was thrown');
}

export type Shown = { message: string; where?: string; hint?: string };

/**
 * English in `.message` and `detail`; `localizeError` gives English, then Spanish, from the error and from its
 * plain data after a worker crossing; the English stays what it was whatever the language in use.
 */
export function expectTexts(error: FaroError, en: Shown, es: Shown): void {
	expect({ message: error.message, where: error.detail.where, hint: error.detail.hint }).toEqual(
		en
	);
	locale = 'en';
	expect(localizeError(error)).toEqual(en);
	locale = 'es';
	expect(localizeError(error)).toEqual(es);
	expect(localizeError(FaroError.fromData(structuredClone(error.toData())))).toEqual(es);
	expect(error.message).toBe(en.message);
	locale = 'en';
}
