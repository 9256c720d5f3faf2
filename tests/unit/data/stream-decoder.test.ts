import { describe, expect, it } from 'vitest';
import { StreamDecoder, firstInvalidUtf8 } from '$lib/data/stream-decoder';
import { FaroError } from '$lib/shared/errors';
import { createRng } from '$lib/shared/rng';

const fatal = (bytes: Uint8Array): boolean => {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return true;
	} catch {
		return false;
	}
};

/** Decodes `bytes` in slices of the given sizes (cycled), as the CSV reader does. */
function decodeInSlices(bytes: Uint8Array, sizes: number[]) {
	const decoder = new StreamDecoder(bytes.subarray(0, 4), 'f.csv');
	let text = '';
	for (let at = 0, k = 0; at < bytes.length; k++) {
		const end = Math.min(bytes.length, at + sizes[k % sizes.length]);
		text += decoder.decode(bytes.subarray(at, end), end === bytes.length);
		at = end;
	}
	return { text, encoding: decoder.encoding };
}

describe('firstInvalidUtf8', () => {
	it('agrees with a strict TextDecoder on random bytes near UTF-8', () => {
		const rng = createRng(3);
		const pieces = [
			[0x41],
			[0xc3, 0xa9],
			[0xe2, 0x82, 0xac],
			[0xf0, 0x9f, 0x98, 0x80],
			[0x80],
			[0xc3],
			[0xed, 0xa0, 0x80],
			[0xe0, 0x80, 0x80],
			[0xf4, 0x90, 0x80, 0x80],
			[0xff]
		];
		for (let n = 0; n < 3000; n++) {
			const bytes = Uint8Array.from(
				Array.from({ length: 1 + rng.int(6) }, () => pieces[rng.int(pieces.length)]).flat()
			);
			const at = firstInvalidUtf8(bytes);
			expect(at === bytes.length, Array.from(bytes).join(' ')).toBe(fatal(bytes));
			expect(fatal(bytes.subarray(0, at))).toBe(true);
		}
	});
});

describe('StreamDecoder', () => {
	const text = 'id,city\n1,Málaga €\n2,😀 \uFFFD\n';
	const utf8 = new TextEncoder().encode(text);

	it('gives the whole-file text for UTF-8 at every slice size, literal U+FFFD included', () => {
		for (const sizes of [[1], [2], [3], [5, 1], [7], [1000]]) {
			expect(decodeInSlices(utf8, sizes)).toEqual({ text, encoding: 'utf-8' });
		}
	});

	it('switches to windows-1252 from the first byte when the first non-ASCII byte is not UTF-8', () => {
		const bytes = Uint8Array.from([...new TextEncoder().encode('a,b\nx,'), 0xe9, 0x0a]);
		for (const sizes of [[1], [3], [100]]) {
			expect(decodeInSlices(bytes, sizes)).toEqual({
				text: 'a,b\nx,é\n',
				encoding: 'windows-1252'
			});
		}
	});

	it('refuses a file with valid UTF-8 before a byte that is not, naming that byte', () => {
		const bytes = Uint8Array.from([...utf8, 0xe9, 0x0a]);
		for (const sizes of [[1], [4], [1000]]) {
			let error: unknown;
			try {
				decodeInSlices(bytes, sizes);
			} catch (err) {
				error = err;
			}
			expect(error).toBeInstanceOf(FaroError);
			expect((error as FaroError).code).toBe('csv-encoding');
			expect((error as FaroError).detail.data).toEqual({ byte: utf8.length });
		}
	});

	it('decides as the whole-file rule does, whatever the slices, on random mixes of encodings', () => {
		// The rule on the whole file: UTF-8 when valid; windows-1252 when the first non-ASCII byte is the
		// first invalid one; else an error at the first invalid byte.
		const rule = (bytes: Uint8Array) => {
			if (fatal(bytes)) return { text: new TextDecoder().decode(bytes), encoding: 'utf-8' };
			const invalidAt = firstInvalidUtf8(bytes);
			if (bytes.findIndex((b) => b >= 0x80) >= invalidAt) {
				// Streaming: Node 20's one-shot windows-1252 decode gives Latin-1 controls for 0x80–0x9F.
				const text = new TextDecoder('windows-1252').decode(bytes, { stream: true });
				return { text, encoding: 'windows-1252' };
			}
			return { error: invalidAt };
		};
		const outcome = (bytes: Uint8Array, sizes: number[]) => {
			try {
				return decodeInSlices(bytes, sizes);
			} catch (err) {
				return { error: (err as FaroError).detail.data?.byte };
			}
		};
		const rng = createRng(11);
		const pieces = [
			[0x61],
			[0x2c],
			[0x0a],
			[0xc3, 0xa9],
			[0xe2, 0x82, 0xac],
			[0xf0, 0x9f, 0x98, 0x80],
			[0xe9],
			[0xf1],
			[0xef, 0xbf, 0xbd]
		];
		for (let n = 0; n < 2000; n++) {
			const bytes = Uint8Array.from(
				Array.from({ length: 1 + rng.int(12) }, () =>
					rng.next() < 0.7 ? [0x61] : pieces[rng.int(pieces.length)]
				).flat()
			);
			const expected = rule(bytes);
			for (const sizes of [[1], [2], [1 + rng.int(5), 1 + rng.int(5)], [bytes.length]]) {
				expect(outcome(bytes, sizes), `${Array.from(bytes)} / ${sizes}`).toEqual(expected);
			}
		}
	});

	it('reads windows-1252 bytes 0x80–0x9F as the WHATWG encoding maps them (€, Ÿ), in Node too', () => {
		const bytes = Uint8Array.from([0x61, 0x2c, 0x80, 0x9f, 0xe9]);
		expect(decodeInSlices(bytes, [100])).toEqual({ text: 'a,€Ÿé', encoding: 'windows-1252' });
	});

	it('reads UTF-16 files by their byte-order mark', () => {
		const le = Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0xe9, 0x00]);
		expect(decodeInSlices(le, [3])).toEqual({ text: 'a,é', encoding: 'utf-16le' });
	});
});
