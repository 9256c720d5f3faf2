/**
 * Bytes → text, part 1: files that are not text at all (zip/xlsx, PNG, PDF, gzip, NUL bytes), and the
 * encoding a byte-order mark declares. The streaming decision between UTF-8 and windows-1252 is in
 * stream-decoder.ts.
 */
import { text, type Text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file kind known by its first bytes: what the error says it is, and what to do. */
type Signature = { bytes: number[]; what: (file: string) => Text; hint: () => Text };

const SHEET_HINT = () => text('err_csv_sheet_hint');
const CHOOSE_CSV = () => text('err_csv_choose_csv_hint');

const SIGNATURES: Signature[] = [
	{
		bytes: [0x50, 0x4b, 0x03, 0x04],
		what: (file) => text('err_csv_binary_zip', { file }),
		hint: SHEET_HINT
	},
	{
		bytes: [0x89, 0x50, 0x4e, 0x47],
		what: (file) => text('err_csv_binary_png', { file }),
		hint: CHOOSE_CSV
	},
	{
		bytes: [0xff, 0xd8, 0xff],
		what: (file) => text('err_csv_binary_jpeg', { file }),
		hint: CHOOSE_CSV
	},
	{
		bytes: [0x25, 0x50, 0x44, 0x46],
		what: (file) => text('err_csv_binary_pdf', { file }),
		hint: CHOOSE_CSV
	},
	{
		bytes: [0x1f, 0x8b],
		what: (file) => text('err_csv_binary_gzip', { file }),
		hint: () => text('err_csv_gzip_hint')
	},
	{
		bytes: [0xd0, 0xcf, 0x11, 0xe0],
		what: (file) => text('err_csv_binary_xls', { file }),
		hint: SHEET_HINT
	}
];

/**
 * Throws `csv-binary` when the first bytes say this is not a text file.
 * @throws FaroError csv-binary
 */
export function assertText(head: Uint8Array, fileName: string, encoding: TextEncoding): void {
	for (const sig of SIGNATURES) {
		if (sig.bytes.every((b, i) => head[i] === b)) {
			const isXlsx = sig.bytes[0] === 0x50 && hasAscii(head, 'xl/');
			const message = isXlsx ? text('err_csv_binary_xlsx', { file: fileName }) : sig.what(fileName);
			throw new FaroError('csv-binary', message, {
				where: fileName,
				hint: sig.hint()
			});
		}
	}
	if (encoding.startsWith('utf-16')) return;
	const nul = head.subarray(0, 8192).indexOf(0);
	if (nul >= 0) {
		throw new FaroError('csv-binary', text('err_csv_binary_nul', { file: fileName }), {
			where: text('err_where_file_byte', { file: fileName, byte: nul }),
			hint: text('err_csv_binary_nul_hint')
		});
	}
}

/** The encoding a byte-order mark declares, or null. */
export function bomEncoding(head: Uint8Array): TextEncoding | null {
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
	return null;
}

function hasAscii(bytes: Uint8Array, text: string): boolean {
	const limit = Math.min(bytes.length, 4096) - text.length;
	outer: for (let i = 0; i <= limit; i++) {
		for (let j = 0; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
		return true;
	}
	return false;
}
