/**
 * Bytes → text for a file read in slices, with the encoding decided once for the whole file, whatever the
 * slice size. The rule:
 * - a UTF-16 byte-order mark, or an encoding the caller forces, is used as it is;
 * - otherwise the file is UTF-8 while its bytes are valid UTF-8 (checked over the whole stream: a character
 *   cut by a slice boundary is joined with the bytes before it before it is judged);
 * - at the first byte that is not UTF-8: when every byte before it is ASCII (which reads the same in both),
 *   the file is windows-1252 (a superset of Latin-1, what Excel writes for Spanish and other Western
 *   European text) from its first byte, so nothing already decoded changes; when valid non-ASCII UTF-8
 *   comes before it, the file mixes encodings and is refused (`csv-encoding`): no reading of it would keep
 *   every value as written.
 *
 * The decoder is not `fatal`: a fatal UTF-8 decoder is 2.6× slower in Node 20 (477 vs 182 ms for 130 MB),
 * so a slice is checked strictly only when its text holds a U+FFFD (a literal one, or a replaced byte).
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { bomEncoding, type TextEncoding } from './decode';

const MAX_SEQUENCE_TAIL = 3;

export class StreamDecoder {
	#encoding: TextEncoding;
	#decoder: TextDecoder;
	readonly #isFixed: boolean;
	/** Whether every byte decoded so far is ASCII (so a switch to windows-1252 changes nothing). */
	#isAsciiSoFar = true;
	/** The last bytes of the stream so far: a character cut by a slice boundary starts in them. */
	#tail = new Uint8Array(MAX_SEQUENCE_TAIL);
	#tailLength = 0;
	/** How many bytes at the end of the tail start a character the decoder holds back (0–3). */
	#pending = 0;
	/** Bytes decoded so far. */
	#offset = 0;

	/**
	 * @param head the first bytes of the file (for its byte-order mark)
	 * @param forced an encoding to use instead of deciding
	 */
	constructor(
		head: Uint8Array,
		readonly fileName: string,
		forced?: TextEncoding
	) {
		const declared = forced ?? bomEncoding(head);
		this.#encoding = declared ?? 'utf-8';
		this.#isFixed = forced !== undefined || (declared !== null && declared !== 'utf-8');
		this.#decoder = new TextDecoder(this.#encoding);
	}

	/** The encoding of the text decoded so far (final once the last slice is decoded). */
	get encoding(): TextEncoding {
		return this.#encoding;
	}

	/**
	 * The text of the next slice of bytes (an incomplete character at its end is kept for the next one).
	 * @throws FaroError csv-encoding when the file mixes UTF-8 with bytes that are not UTF-8
	 */
	decode(bytes: Uint8Array, isLast: boolean): string {
		let text = decodeSlice(this.#decoder, bytes, isLast);
		if (this.#isFixed || this.#encoding !== 'utf-8') return text;
		const hasReplacement = text.includes('\uFFFD');
		if (hasReplacement) text = this.#checkUtf8(bytes, isLast, text);
		const pendingBefore = this.#pending;
		this.#remember(bytes);
		if (this.#encoding !== 'utf-8') return text;
		// The stream so far is valid UTF-8, so a character cut at its end is exactly the held-back bytes.
		this.#pending = isLast ? 0 : heldBack(this.#tail, this.#tailLength);
		if (this.#isAsciiSoFar) {
			// Every ASCII byte is one UTF-16 unit; any other character takes more bytes than units.
			const decodedBytes = pendingBefore + bytes.length - this.#pending;
			this.#isAsciiSoFar = text.length === decodedBytes && !hasReplacement;
		}
		return text;
	}

	/** `text` when the bytes are valid UTF-8; else the slice as windows-1252, or a csv-encoding error. */
	#checkUtf8(bytes: Uint8Array, isLast: boolean, text: string): string {
		// The bytes of a character cut by the previous boundary are the held-back end of the tail.
		const start = this.#tailLength - this.#pending;
		const joined = new Uint8Array(this.#tailLength - start + bytes.length);
		joined.set(this.#tail.subarray(start, this.#tailLength));
		joined.set(bytes, this.#tailLength - start);
		if (isValidUtf8(joined, isLast)) return text;
		const invalidAt = firstInvalidUtf8(joined, isLast);
		const firstNonAscii = joined.findIndex((b) => b >= 0x80);
		if (this.#isAsciiSoFar && firstNonAscii >= invalidAt) {
			this.#encoding = 'windows-1252';
			this.#decoder = new TextDecoder('windows-1252');
			// Held-back bytes were never given out as text: they are the start of this slice's.
			return decodeSlice(this.#decoder, joined, isLast);
		}
		const byte = this.#offset - (this.#tailLength - start) + invalidAt;
		throw mixedEncodingError(this.fileName, byte);
	}

	#remember(bytes: Uint8Array): void {
		this.#offset += bytes.length;
		if (bytes.length === 0) return;
		if (bytes.length >= MAX_SEQUENCE_TAIL) {
			this.#tail.set(bytes.subarray(bytes.length - MAX_SEQUENCE_TAIL));
			this.#tailLength = MAX_SEQUENCE_TAIL;
			return;
		}
		const keep = Math.min(this.#tailLength, MAX_SEQUENCE_TAIL - bytes.length);
		this.#tail.copyWithin(0, this.#tailLength - keep, this.#tailLength);
		this.#tail.set(bytes, keep);
		this.#tailLength = keep + bytes.length;
	}
}

/**
 * `decoder.decode(bytes, { stream: !isLast })`, except that the last slice is decoded streaming and then
 * flushed: Node 20's one-shot windows-1252 decode reads bytes 0x80–0x9F as Latin-1 control characters
 * (0x80 gave U+0080, not "€"); the streaming path maps them as the WHATWG encoding does, as browsers do.
 */
function decodeSlice(decoder: TextDecoder, bytes: Uint8Array, isLast: boolean): string {
	const text = decoder.decode(bytes, { stream: true });
	return isLast ? text + decoder.decode() : text;
}

const isContinuation = (byte: number): boolean => (byte & 0xc0) === 0x80;

/** How many bytes at the end of valid UTF-8 `tail[0, length)` start a character that is not complete. */
function heldBack(tail: Uint8Array, length: number): number {
	for (let i = 1; i <= length; i++) {
		const byte = tail[length - i];
		if (isContinuation(byte)) continue;
		const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
		return size > i ? i : 0;
	}
	return 0;
}

/** Whether `bytes` are valid UTF-8 (unless `isLast`, a sequence cut at the end is allowed). */
function isValidUtf8(bytes: Uint8Array, isLast: boolean): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !isLast });
		return true;
	} catch {
		return false;
	}
}

/**
 * The index of the first byte of `bytes` that does not belong to a valid UTF-8 sequence (the WHATWG
 * decoder's rules: no overlong forms, no surrogates, nothing above U+10FFFF), or `bytes.length`. Only
 * called once a strict decode has failed, to say where.
 */
export function firstInvalidUtf8(bytes: Uint8Array, isLast = true): number {
	for (let i = 0; i < bytes.length;) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let lower = 0x80;
		let upper = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			if (b === 0xe0) lower = 0xa0;
			if (b === 0xed) upper = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			if (b === 0xf0) lower = 0x90;
			if (b === 0xf4) upper = 0x8f;
		} else return i;
		for (let k = 1; k <= need; k++) {
			if (i + k >= bytes.length) return isLast ? i : bytes.length;
			const c = bytes[i + k];
			if (c < (k === 1 ? lower : 0x80) || c > (k === 1 ? upper : 0xbf)) return i;
		}
		i += need + 1;
	}
	return bytes.length;
}

/** @returns FaroError csv-encoding */
function mixedEncodingError(fileName: string, byte: number): FaroError {
	return new FaroError(
		'csv-encoding',
		text('err_csv_mixed_encoding', { file: fileName, byte: byte.toLocaleString('en') }),
		{
			where: text('err_where_file_byte', { file: fileName, byte }),
			hint: text('err_csv_mixed_encoding_hint'),
			data: { byte }
		}
	);
}
