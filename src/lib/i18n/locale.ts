/**
 * The language Faro speaks. Messages are compiled by Paraglide JS (src/lib/i18n/messages/<area>/<locale>.json →
 * src/lib/i18n/generated, `npm run i18n`); every compiled message asks `getLocale()` which language to use, and
 * this module decides what `getLocale()` answers: English by default (Node, the CLI, workers), or whatever the
 * page's language switch reads (`useLocaleSource`, which makes every message reactive in Svelte).
 */
import { baseLocale, isLocale, locales, overwriteGetLocale } from './generated/runtime.js';

export type Locale = (typeof locales)[number];
export const LOCALES: readonly Locale[] = locales;
export const BASE_LOCALE: Locale = baseLocale;

/** The language's own name, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

/** BCP 47 tags for `Intl` (formats follow the language: "1,234.5" in English, "1234,5" in Spanish). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-ES' };

let source: () => Locale = () => BASE_LOCALE;
overwriteGetLocale(() => source());

/** Makes `getLocale()` (and so every message and formatter) read the language from `read`. */
export function useLocaleSource(read: () => Locale): void {
	source = read;
	overwriteGetLocale(() => source());
}

/** The language in use now. */
export const currentLocale = (): Locale => source();

/** The first of the browser's preferred languages Faro speaks ("es-MX" → es); English when none. */
export function pickLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const language = tag.toLowerCase().split('-')[0] ?? '';
		if (isLocale(language)) return language;
	}
	return BASE_LOCALE;
}

export { isLocale };
