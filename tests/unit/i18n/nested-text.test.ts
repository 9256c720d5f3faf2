/**
 * A Text may carry Texts as parameters (a word, a reason made elsewhere): they are rendered in the same
 * language as the message, so a Spanish message never holds an English fragment made by another part.
 */
import { describe, expect, it } from 'vitest';
import { validateBundle } from '$lib/bundle';
import { render, text } from '$lib/i18n';
import { FaroError, localizeError } from '$lib/shared/errors';

describe('Texts inside Texts', () => {
	it('renders a nested Text in the message language, and survives a worker crossing', () => {
		const t = text('err_bundle_must_list', { path: 'model.trees', found: text('err_value_object') });
		expect(render(t, 'en')).toContain('(found an object)');
		expect(render(t, 'es')).toContain('un objeto');
		expect(render(t, 'es')).not.toContain('an object');
		const crossed = FaroError.fromData(
			structuredClone(new FaroError('bundle-invalid', t).toData())
		);
		expect(crossed.message).toBe(render(t, 'en'));
	});

	it('a parameter that came back from JSON as null (a NaN) renders as null, not a crash', () => {
		const stored = JSON.parse(
			JSON.stringify(text('runs_balance_note_no_borderline', { index: Number.NaN }))
		);
		expect(render(stored, 'es')).toContain('null');
	});

	it('a model file that is a JSON list says so in Spanish too', () => {
		let error: unknown;
		try {
			validateBundle([1, 2]);
		} catch (err) {
			error = err;
		}
		expect(error).toBeInstanceOf(FaroError);
		const e = error as FaroError;
		expect(e.message).toContain('a list');
		const message = e.detail.texts?.message;
		expect(message).toBeDefined();
		const spanish = message ? render(message, 'es') : '';
		expect(spanish).toContain('una lista');
		expect(spanish).not.toMatch(/\ba list\b/);
		expect(localizeError(e).message).toBe(e.message); // English in use here
	});
});
