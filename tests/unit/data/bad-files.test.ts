import { describe, expect, it } from 'vitest';
import { FaroError } from '$lib/shared/errors';
import { parseFixture } from './read-fixture';

const corpus: [file: string, code: string, where: string, message: RegExp][] = [
	['empty.csv', 'csv-empty', 'empty.csv', /"empty\.csv" is empty/],
	['whitespace-only.csv', 'csv-empty', 'whitespace-only.csv', /is empty/],
	['header-only.csv', 'csv-no-rows', 'header-only.csv, line 2', /has a header line but no rows/],
	[
		'single-column.csv',
		'csv-single-column',
		'single-column.csv, line 1',
		/single column \("value"\)/
	],
	[
		'ragged.csv',
		'csv-ragged',
		'ragged.csv, line 3',
		/^Row 2 of "ragged\.csv" has 2 fields but the header has 3\./
	],
	['unclosed-quote.csv', 'csv-malformed', 'unclosed-quote.csv, line 2', /never closed/],
	[
		'invalid-quotes.csv',
		'csv-quotes',
		'invalid-quotes.csv, line 3, column 3',
		/^Row 2 of "invalid-quotes\.csv" has text after the closing quote of a quoted value, in column 3 \("comment"\)\. 1 more row has the same problem \(line 6\)\.$/
	],
	[
		'not-a-csv.xlsx',
		'csv-binary',
		'not-a-csv.xlsx',
		/is an Excel workbook \(\.xlsx\), not a CSV file/
	],
	['image.png', 'csv-binary', 'image.png', /is a PNG image/],
	['document.pdf', 'csv-binary', 'document.pdf', /is a PDF document/],
	['compressed.csv.gz', 'csv-binary', 'compressed.csv.gz', /gzip-compressed/],
	['binary-nul.bin', 'csv-binary', 'binary-nul.bin, byte 6', /contains binary data/]
];

describe('parseCsv on the bad-file corpus', () => {
	it.each(corpus)(
		'%s fails with %s, naming the file, with a hint',
		async (file, code, where, message) => {
			const error = await parseFixture(`bad/${file}`).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(FaroError);
			const faro = error as FaroError;
			expect(faro.code).toBe(code);
			expect(faro.message).toMatch(message);
			expect(faro.message).toContain(file);
			expect(faro.detail.where).toBe(where);
			expect(faro.detail.hint).toBeTruthy();
		}
	);

	it('says how to export CSV from Excel and Sheets for an xlsx', async () => {
		const error = (await parseFixture('bad/not-a-csv.xlsx').catch((e) => e)) as FaroError;
		expect(error.detail.hint).toMatch(/Excel.*CSV.*Google Sheets/);
	});

	it('refuses a file over maxBytes before reading it, giving both sizes', async () => {
		const error = (await parseFixture('csv/german_credit.csv', { maxBytes: 10_000 }).catch(
			(e) => e
		)) as FaroError;
		expect(error.code).toBe('csv-too-large');
		expect(error.message).toBe(
			'"german_credit.csv" is 52.3 kB, more than the 10.0 kB Faro can load here.'
		);
	});
});
