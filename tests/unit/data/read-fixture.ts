import { openAsBlob } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv, type ParseOptions, type ParseResult } from '$lib/data';

/** Absolute path of a fixture under tests/fixtures. */
export const fixturePath = (relative: string): string =>
	fileURLToPath(new URL(`../../fixtures/${relative}`, import.meta.url));

/** Parses a fixture file as the Node side of Faro does (`fs.openAsBlob`). */
export async function parseFixture(
	relative: string,
	options: ParseOptions = {}
): Promise<ParseResult> {
	const blob = await openAsBlob(fixturePath(relative));
	return parseCsv(blob, { fileName: relative.split('/').pop(), ...options });
}

/** Parses CSV text given inline. */
export const parseText = (text: string, options: ParseOptions = {}): Promise<ParseResult> =>
	parseCsv(new Blob([text]), { fileName: 'inline.csv', ...options });
