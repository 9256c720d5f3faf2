/**
 * Numbers as the reader's language writes them ("1,234.5" / "1234,5", "12.5%" / "12,5 %"), with `Intl`; the
 * formatters are made once per language and option set.
 */
import { currentLocale, INTL_LOCALE, type Locale } from './locale';

const cache = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for `locale` (default: the language in use). */
export function numberFormat(
	options: Intl.NumberFormatOptions = {},
	locale: Locale = currentLocale()
) {
	const key = `${locale}|${JSON.stringify(options)}`;
	let format = cache.get(key);
	if (!format) {
		format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
		cache.set(key, format);
	}
	return format;
}

/** The decimal separator of the language ("." or ","). */
export const decimalSeparator = (locale: Locale = currentLocale()): string =>
	numberFormat({}, locale)
		.formatToParts(1.5)
		.find((p) => p.type === 'decimal')?.value ?? '.';
