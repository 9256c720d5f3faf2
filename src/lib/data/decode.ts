/**
 * Bytes → text, part 1: files that are not text at all (zip/xlsx, PNG, PDF, gzip, NUL bytes), and the
 * encoding a byte-order mark declares. The streaming decision between UTF-8 and windows-1252 is in
 * stream-decoder.ts.
 */
import { FaroError } from '$lib/shared/errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

type Signature = { bytes: number[]; what: string; hint: string };

const SHEET_HINT =
	'Export it as CSV: in Excel, File › Save As › "CSV UTF-8 (Comma delimited)"; in Google Sheets, File › Download › Comma-separated values.';

const SIGNATURES: Signature[] = [
	{
		bytes: [0x50, 0x4b, 0x03, 0x04],
		what: 'a ZIP archive (an Excel .xlsx workbook is one)',
		hint: SHEET_HINT
	},
	{
		bytes: [0x89, 0x50, 0x4e, 0x47],
		what: 'a PNG image',
		hint: 'Choose the CSV file with your data.'
	},
	{ bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: 'Choose the CSV file with your data.' },
	{
		bytes: [0x25, 0x50, 0x44, 0x46],
		what: 'a PDF document',
		hint: 'Choose the CSV file with your data.'
	},
	{
		bytes: [0x1f, 0x8b],
		what: 'a gzip-compressed file',
		hint: 'Decompress it first (for example with 7-Zip or `gunzip`).'
	},
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel .xls workbook', hint: SHEET_HINT }
];

/**
 * Throws `csv-binary` when the first bytes say this is not a text file.
 * @throws FaroError csv-binary
 */
export function assertText(head: Uint8Array, fileName: string, encoding: TextEncoding): void {
	for (const sig of SIGNATURES) {
		if (sig.bytes.every((b, i) => head[i] === b)) {
			const isXlsx = sig.bytes[0] === 0x50 && hasAscii(head, 'xl/');
			const what = isXlsx ? 'an Excel workbook (.xlsx)' : sig.what;
			throw new FaroError('csv-binary', `"${fileName}" is ${what}, not a CSV file.`, {
				where: fileName,
				hint: sig.hint
			});
		}
	}
	if (encoding.startsWith('utf-16')) return;
	const nul = head.subarray(0, 8192).indexOf(0);
	if (nul >= 0) {
		throw new FaroError(
			'csv-binary',
			`"${fileName}" contains binary data (a NUL byte), not CSV text.`,
			{
				where: `${fileName}, byte ${nul}`,
				hint:
					'Choose a CSV text file; if this is a spreadsheet, export it as CSV first. ' + SHEET_HINT
			}
		);
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
