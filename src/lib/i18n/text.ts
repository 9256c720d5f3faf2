/**
 * A message by key and parameters: what a FaroError or a stored note carries so the page can show it in the
 * reader's language later (the language may change after the error was made, or the error was made in a worker).
 */
import * as messages from './generated/messages.js';
import { BASE_LOCALE, currentLocale, type Locale } from './locale';

type Catalog = typeof messages.m;
export type MessageKey = keyof Catalog;
type ParamsOf<K extends MessageKey> = Parameters<Catalog[K]>[0];
/** A parameter may itself be a Text (a reason, a word), rendered in the same language first. */
export type MessageParams = Record<string, string | number | boolean | Text>;

/** Plain data (structured-clone safe): a key of the message catalogue and its parameters. */
export type Text = { key: MessageKey; params?: MessageParams };

/**
 * Builds a Text, checked against the catalogue (key and parameter names).
 * @example text('csv_empty', { file: 'a.csv' })
 */
export function text<K extends MessageKey>(
	key: K,
	...params: ParamsOf<K> extends undefined | Record<string, never> ? [] : [ParamsOf<K>]
): Text {
	return params[0] === undefined ? { key } : { key, params: params[0] as MessageParams };
}

type Renderer = (params?: MessageParams, options?: { locale?: Locale }) => string;

/** Whether `key` names a message of this build's catalogue (a stored Text may come from another version). */
export const isMessageKey = (key: string): key is MessageKey =>
	Object.prototype.hasOwnProperty.call(messages.m, key);

/** The Text in `locale` (default: the language in use); `null` when its key is unknown to this build. */
export function render(value: Text, locale: Locale = currentLocale()): string | null {
	if (!isMessageKey(value.key)) return null;
	const fn = messages.m[value.key] as unknown as Renderer;
	return fn(renderParams(value.params, locale), { locale });
}

/** The parameters with every nested Text rendered in `locale` (its key where this build does not know it). */
function renderParams(params: MessageParams | undefined, locale: Locale): MessageParams {
	if (!params) return {};
	let out: MessageParams | null = null;
	for (const [name, v] of Object.entries(params)) {
		if (typeof v !== 'object' || v === null) continue; // null: a number lost to JSON (NaN)
		out ??= { ...params };
		out[name] = renderText(v, locale);
	}
	return out ?? params;
}

/** The Text in `locale` (default: the language in use); its key if this build lacks it. */
export const renderText = (value: Text, locale: Locale = currentLocale()): string =>
	render(value, locale) ?? value.key;

/** The Text in English (logs, the CLI, the English strings stored beside it); its key if this build lacks it. */
export const inEnglish = (value: Text): string => renderText(value, BASE_LOCALE);

/**
 * A stored Text in `locale` when there is one this build knows, else the English stored with it (records
 * written before Texts existed, or by another version).
 */
export const renderOr = (value: Text | undefined, english: string, locale?: Locale): string =>
	(value && render(value, locale)) ?? english;

export const isText = (value: unknown): value is Text =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as { key?: unknown }).key === 'string' &&
	!Array.isArray(value);
