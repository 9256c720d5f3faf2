/**
 * Text preprocessing and word tokens exactly as scikit-learn 1.2.1 `CountVectorizer` (analyzer 'word'):
 * lowercase, then optional `strip_accents='unicode'`, then the token pattern `(?u)\b\w\w+\b`.
 *
 * - Python's `\w` on str patterns is `str.isalnum() or '_'`, which is exactly the Unicode categories L* and N*
 *   plus '_' (checked over every code point of Python 3.11 / Unicode 14). Combining marks are NOT word
 *   characters, so "cafe\u0301" (decomposed) gives the token "cafe". `\b\w\w+\b` with a greedy `\w+` finds the
 *   maximal runs of word characters of length ≥ 2, which is what `/[\p{L}\p{N}_]{2,}/gu` finds.
 * - Apostrophes and hyphens split words: "don't" → "don" (the "t" is too short), "state-of-the-art" → "state",
 *   "of", "the", "art".
 */

/** The JS equivalent of scikit-learn's default `token_pattern` `(?u)\b\w\w+\b`. */
export const TOKEN_PATTERN = /[\p{L}\p{N}_]{2,}/gu;

const isAscii = (text: string): boolean => {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
	return true;
};
const MARK = /\p{M}/gu;
// Probes for the canonical combining class: U+0345 has class 240 (the highest), U+0334 class 1 (the lowest).
const CCC_240 = '\u0345';
const CCC_1 = '\u0334';
const combiningCache = new Map<string, boolean>();

/**
 * Whether `ch` has a non-zero canonical combining class, like Python's `unicodedata.combining(ch) != 0`.
 * JS has no direct accessor, so this asks NFD's canonical reordering: a mark of class k > 1 placed before
 * U+0334 (class 1) is swapped behind it, and a mark of class 0 < k < 240 placed after U+0345 (class 240)
 * is swapped in front of it. A class-0 character is never reordered. Results are cached per character.
 * Agrees with Python 3.11 on every code point Unicode 14 assigns (tests/unit/text/tokenize.test.ts).
 */
export function isCombining(ch: string): boolean {
	let known = combiningCache.get(ch);
	if (known === undefined) {
		// A precomposed character has the class of the first character of its decomposition.
		const first = String.fromCodePoint(ch.normalize('NFD').codePointAt(0) ?? 0);
		known =
			first === CCC_240 ||
			(first + CCC_1).normalize('NFD') !== first + CCC_1 ||
			(CCC_240 + first).normalize('NFD') !== CCC_240 + first;
		combiningCache.set(ch, known);
	}
	return known;
}

/**
 * scikit-learn's `strip_accents_unicode`: ASCII text unchanged; otherwise NFKD, then every character with a
 * non-zero combining class dropped ("Ñandú" → "Nandu", "ﬁ" → "fi").
 */
export function stripAccentsUnicode(text: string): string {
	if (isAscii(text)) return text;
	return text.normalize('NFKD').replace(MARK, (m) => (isCombining(m) ? '' : m));
}

/** Preprocessing options shared by tokenizing and TF-IDF. */
export type TokenizeOptions = { lowercase: boolean; stripAccents: boolean };

/** scikit-learn's `_preprocess`: lowercase first, then strip accents. `null` is the empty text. */
export function preprocessText(text: string | null, options: TokenizeOptions): string {
	if (text === null) return '';
	let out = options.lowercase ? text.toLowerCase() : text;
	if (options.stripAccents) out = stripAccentsUnicode(out);
	return out;
}

/** The word tokens of one text, in order (before stop words and n-grams). */
export function tokenizeText(text: string | null, options: TokenizeOptions): string[] {
	return preprocessText(text, options).match(TOKEN_PATTERN) ?? [];
}

/**
 * Sorts strings in place by Unicode code point, as Python sorts `str`. JS's default sort compares UTF-16
 * code units, which agrees for text within the Basic Multilingual Plane but puts astral characters (stored
 * as surrogates U+D800–DFFF) before U+E000–FFFF; only then is the slower code-point comparison used.
 */
export function sortByCodePoint(strings: string[]): string[] {
	if (!strings.some((s) => /[\ud800-\udfff]/.test(s))) return strings.sort();
	return strings.sort(compareCodePoints);
}

/** Compares two strings by code point (Python's `str` order): negative, zero or positive. */
export function compareCodePoints(a: string, b: string): number {
	const ia = a[Symbol.iterator]();
	const ib = b[Symbol.iterator]();
	for (;;) {
		const x = ia.next();
		const y = ib.next();
		if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
		const d = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
		if (d !== 0) return d;
	}
}
