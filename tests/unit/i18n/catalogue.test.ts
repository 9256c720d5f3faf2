import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { m, pickLocale, render, text, useLocaleSource, type Locale } from '$lib/i18n';
import { FaroError, localizeError } from '$lib/shared/errors';
import { formatCount, formatNumber, formatPercent } from '$lib/report/format';

const dir = 'src/lib/i18n/messages';
const areas = readdirSync(dir);
const read = (area: string, locale: string): Record<string, string> => {
	const { $schema: _, ...messages } = JSON.parse(
		readFileSync(join(dir, area, `${locale}.json`), 'utf8')
	);
	return messages;
};
const params = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe('message catalogue', () => {
	it.each(areas)(
		'%s: Spanish has every English key with the same parameters, and nothing else',
		(area) => {
			const en = read(area, 'en');
			const es = read(area, 'es');
			expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
			for (const key of Object.keys(en)) {
				expect(params(es[key] ?? ''), `${area}/${key}`).toEqual(params(en[key] ?? ''));
				expect(es[key]?.trim(), `${area}/${key} is empty`).not.toBe('');
			}
		}
	);

	it('keys are unique across areas and carry their area prefix', () => {
		const seen = new Map<string, string>();
		for (const area of areas) {
			for (const key of Object.keys(read(area, 'en'))) {
				expect(seen.get(key), `${key} in ${area} and ${seen.get(key)}`).toBeUndefined();
				seen.set(key, area);
			}
		}
	});
});

describe('language in use', () => {
	it('follows the browser: the first language Faro speaks, else English', () => {
		expect(pickLocale(['es-MX', 'en'])).toBe('es');
		expect(pickLocale(['de-DE', 'es'])).toBe('es');
		expect(pickLocale(['fr', 'de'])).toBe('en');
		expect(pickLocale([])).toBe('en');
	});

	it('messages, errors and numbers switch with the source', () => {
		let current: Locale = 'en';
		useLocaleSource(() => current);
		const error = new FaroError('dataset-not-found', text('route_run_missing'), {
			hint: text('route_compare_some_missing', { count: 2 })
		});
		// The stored English is the English catalogue's text, whatever the language in use.
		expect(error.message).toBe(m.route_run_missing({}, { locale: 'en' }));
		expect(localizeError(error).message).toBe(error.message);
		expect([formatCount(12345), formatNumber(1234.5678), formatPercent(0.125)]).toEqual([
			'12,345',
			'1234.568',
			'12.5%'
		]);
		current = 'es';
		expect(localizeError(error).message).toMatch(/^La ejecución de este enlace/);
		expect(localizeError(FaroError.fromData(error.toData())).hint).toMatch(/^2 de las ejecuciones/);
		expect(error.message).toMatch(/^The run in this link/);
		expect([formatCount(12345), formatNumber(1234.5678), formatPercent(0.125)]).toEqual([
			'12.345',
			'1234,568',
			'12,5\u00a0%'
		]);
		current = 'en';
	});

	it('an error with an unknown key (from another version) shows its stored English', () => {
		const error = FaroError.fromData({
			code: 'internal',
			message: 'Stored text',
			texts: { message: { key: 'no_such_key' as never } }
		});
		expect(localizeError(error).message).toBe('Stored text');
		expect(render({ key: 'no_such_key' as never })).toBeNull();
	});
});
