/**
 * The page's language: chosen in the header's switch, remembered in localStorage, else the browser's first
 * language Faro speaks. Every compiled message reads it through `getLocale()` (src/lib/i18n/locale.ts), so a
 * switch re-renders every message on screen at once; `<html lang>` follows.
 */
import {
	BASE_LOCALE,
	INTL_LOCALE,
	isLocale,
	pickLocale,
	useLocaleSource,
	type Locale
} from '$lib/i18n';

const KEY = 'faro-locale';

function initial(): Locale {
	try {
		const stored = localStorage.getItem(KEY);
		if (stored && isLocale(stored)) return stored;
	} catch {
		// storage blocked: fall back to the browser's languages
	}
	if (typeof navigator === 'undefined') return BASE_LOCALE;
	return pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

class LocaleState {
	current = $state<Locale>(initial());

	constructor() {
		useLocaleSource(() => this.current);
		this.apply();
	}

	set(locale: Locale): void {
		this.current = locale;
		try {
			localStorage.setItem(KEY, locale);
		} catch {
			// not remembered, still applied
		}
		this.apply();
	}

	/** The BCP 47 tag `Intl` formats with. */
	get intl(): string {
		return INTL_LOCALE[this.current];
	}

	private apply(): void {
		if (typeof document !== 'undefined') document.documentElement.lang = this.current;
	}
}

export const locale = new LocaleState();
