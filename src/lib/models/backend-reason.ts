/**
 * Why a TF.js backend was chosen, in words: "wasm; webgpu skipped: …; webgl skipped: …". The worker that
 * chooses stores the English (`BackendChoice.reason`: logs, the CLI, old records) and each failed attempt's
 * reason as a catalogue Text (`whyText`), so the page can say the same in the reader's language
 * (`backendReason`). Free of TF.js: the page imports it.
 */
import { BASE_LOCALE, currentLocale, m, renderOr, type Locale, type Text } from '$lib/i18n';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
/** One backend tried: whether it works, else why not (English) and, when known, the same as a Text. */
export type BackendAttempt = { name: BackendName; ok: boolean; why?: string; whyText?: Text };
export type BackendChoice = { name: BackendName; reason: string; tried: BackendAttempt[] };

export const BACKEND_NAMES: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** A failed attempt's reason in `locale`: its Text when it has one this build knows, else its English. */
const whyIn = (attempt: BackendAttempt, locale: Locale): string =>
	renderOr(attempt.whyText, attempt.why ?? '', locale);

/**
 * The reason for choosing `name` after the attempts `tried` (a forced backend: "as chosen in the settings").
 * @example describeChoice('wasm', false, tried, 'en') // "wasm; webgpu skipped: …; webgl skipped: …"
 */
export function describeChoice(
	name: BackendName,
	forced: boolean,
	tried: readonly BackendAttempt[],
	locale: Locale
): string {
	const o = { locale };
	if (forced) return m.train_backend_reason_forced({ name }, o);
	const skipped = tried
		.filter((t) => !t.ok)
		.map((t) => m.train_backend_reason_skipped({ name: t.name, why: whyIn(t, locale) }, o));
	const first =
		name === 'webgpu' || name === 'webgl' ? m.train_backend_reason_hardware({ name }, o) : name;
	return skipped.length ? `${first}; ${skipped.join('; ')}` : first;
}

/** What a run record keeps of the choice (`tried` is absent in records that did not keep it). */
export type StoredBackend = { name: string; reason: string; tried?: readonly BackendAttempt[] };

/**
 * The stored backend's reason in `locale` (default: the language in use). Rebuilt from its attempts only when
 * their English rebuild is exactly the stored `reason`; otherwise (a record from another version, a reason
 * written elsewhere) the stored English is shown as it is.
 */
export function backendReason(backend: StoredBackend, locale: Locale = currentLocale()): string {
	const { name, reason, tried } = backend;
	if (locale === BASE_LOCALE) return reason;
	if (name === 'js') {
		return reason === m.train_backend_reason_js({}, { locale: BASE_LOCALE })
			? m.train_backend_reason_js({}, { locale })
			: reason;
	}
	if (!Array.isArray(tried) || !BACKEND_NAMES.includes(name as BackendName)) return reason;
	for (const forced of [false, true]) {
		if (describeChoice(name as BackendName, forced, tried, BASE_LOCALE) === reason)
			return describeChoice(name as BackendName, forced, tried, locale);
	}
	return reason;
}
