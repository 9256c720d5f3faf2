/**
 * "Excel (es)": the predictions file as a spreadsheet set to Spanish reads it (`;`, decimal commas in the
 * numeric cells only, RFC 4180 quotes, CRLF, UTF-8 BOM), checked against papaparse as the reader.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, predictionsHeader, toCsvLines } from '$lib/bundle/csv-cells';
import {
	EXCEL_BOM,
	decimalComma,
	excelCell,
	excelCsvFileName,
	parseCommaCsv,
	toExcelCsv,
	toExcelCsvLines
} from '$lib/bundle/excel-csv';
import { trickyCsv } from './tricky-csv';

/** Papaparse's reading of a `;` file (BOM dropped, no row for the final line break). */
function readSemicolons(text: string): string[][] {
	expect(text.startsWith(EXCEL_BOM)).toBe(true);
	const parsed = Papa.parse<string[]>(text.slice(1), {
		delimiter: ';',
		newline: '\r\n',
		skipEmptyLines: false
	});
	expect(parsed.errors).toEqual([]);
	const rows = parsed.data;
	if (rows.length && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '')
		rows.pop();
	return rows;
}

/** Papaparse's reading of the default `,` file. */
function readCommas(text: string): string[][] {
	const rows = Papa.parse<string[]>(text, {
		delimiter: ',',
		newline: '\n',
		skipEmptyLines: false
	}).data;
	if (rows.length && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '')
		rows.pop();
	return rows;
}

const HEADER = predictionsHeader(['id', 'Age', 'Name', 'Version', 'Day', 'Note'], ['bad', 'good']);
const ROWS = [
	HEADER,
	['1', '67', 'José Núñez', '1.2.3', '2024-01-02', 'plain', 'good', '0.1877', '0.8123'],
	['2', '22.5', 'Smith; John', '1.2', '02/01/2024', 'say "hi"', 'bad', '0.99', '0.01'],
	['3', '', 'ñandú', 'v1.0', '2024-01-02T10:00', 'two\nlines', 'bad', '1', '0'],
	['4', '-1.5e-7', 'a,b', '.5', '12:30', '=SUM(A1)', 'good', '1.2e-5', '0.9999879'],
	['5', '1,234.5', ' lead', '5.', 'trail ', '-2', 'good', '0.5', '0.5']
];

describe('decimalComma', () => {
	it.each([
		['0.8123', '0,8123'],
		['-1.5e-7', '-1,5e-7'],
		['+2.25', '+2,25'],
		['.5', ',5'],
		['3.', '3,'],
		['1.2E+5', '1,2E+5']
	])('writes %j as %j', (cell, expected) => expect(decimalComma(cell)).toBe(expected));
	it.each([
		'1.2.3',
		'2024-01-02',
		'12',
		'1e5',
		'1,234.5',
		'NaN',
		'v1.0',
		'1.5 kg',
		'',
		' 1.5',
		'1.5 '
	])('leaves %j as it is', (cell) => expect(decimalComma(cell)).toBe(cell));
});

describe('excelCell', () => {
	it('quotes ; " and line breaks as RFC 4180 says, commas need no quotes', () => {
		expect(excelCell('a;b')).toBe('"a;b"');
		expect(excelCell('say "hi"')).toBe('"say ""hi"""');
		expect(excelCell('two\nlines')).toBe('"two\nlines"');
		expect(excelCell('cr\rhere')).toBe('"cr\rhere"');
		expect(excelCell('a,b')).toBe('a,b');
		expect(excelCell('0.25')).toBe('0,25');
		expect(excelCell('')).toBe('');
	});
	it('keeps accents and other text exactly', () => {
		for (const text of ['é', 'ñandú', 'José Núñez', 'Ärger', '日本', 'v1.0', '1.2.3'])
			expect(excelCell(text)).toBe(text);
	});
	it('quotes text cells as papaparse unparse does with delimiter ";"', () => {
		const texts = [
			'plain',
			'a;b',
			'say "hi"',
			'line\nbreak',
			' lead',
			'trail ',
			'\ufeffbom',
			'ñ',
			'a,b'
		];
		for (const text of texts) {
			const reference = Papa.unparse([[text]], { delimiter: ';', newline: '\r\n', quotes: false });
			expect(excelCell(text), JSON.stringify(text)).toBe(reference);
		}
	});
	it('neutralises formula cells as the default file does, numbers are not formulas', () => {
		expect(excelCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
		expect(excelCell('-1.5')).toBe('-1,5');
		expect(excelCell('-2')).toBe('-2');
		// a cell the default file already neutralised is not neutralised twice
		expect(excelCell("'=SUM(A1)")).toBe("'=SUM(A1)");
	});
});

describe('toExcelCsv', () => {
	const csv = toCsvLines(ROWS);
	const excel = toExcelCsv(csv);

	it('starts with the UTF-8 BOM, separates with ; and ends every line with CRLF', () => {
		expect(excel.charCodeAt(0)).toBe(0xfeff);
		expect(excel.slice(1).split('\r\n')[0]).toBe(HEADER.join(';'));
		expect(excel.endsWith('\r\n')).toBe(true);
		// every LF belongs to a CRLF, except the one inside the quoted "two\nlines"
		expect(excel.match(/\r\n/g)?.length).toBe(ROWS.length);
		expect(excel.match(/(?<!\r)\n/g)?.length).toBe(1);
		expect(excel).toContain('1;67;José Núñez;1.2.3;2024-01-02;plain;good;0,1877;0,8123\r\n');
	});

	it('reads back (papaparse, delimiter ";") as the same cells with "." → "," in the numbers', () => {
		const expected = readCommas(csv).map((row) => row.map(decimalComma));
		expect(readSemicolons(excel)).toEqual(expected);
		// the probabilities became decimal commas; ids, dates and text did not change
		const back = readSemicolons(excel);
		expect(back[1]).toEqual([
			'1',
			'67',
			'José Núñez',
			'1.2.3',
			'2024-01-02',
			'plain',
			'good',
			'0,1877',
			'0,8123'
		]);
		expect(back[2].slice(2, 6)).toEqual(['Smith; John', '1,2', '02/01/2024', 'say "hi"']);
		expect(back[3].slice(2, 6)).toEqual(['ñandú', 'v1.0', '2024-01-02T10:00', 'two\nlines']);
		expect(back[4]).toEqual([
			'4',
			'-1,5e-7',
			'a,b',
			',5',
			'12:30',
			"'=SUM(A1)",
			'good',
			'1,2e-5',
			'0,9999879'
		]);
		expect(back[5].slice(1, 6)).toEqual(['1,234.5', ' lead', '5,', 'trail ', '-2']);
	});

	it('turns numbers back into the same values once the comma is read as the decimal mark', () => {
		const back = readSemicolons(excel);
		const probabilities = back.slice(1).flatMap((row) => row.slice(-2));
		const original = ROWS.slice(1).flatMap((row) => row.slice(-2));
		expect(probabilities.map((p) => Number(p.replace(',', '.')))).toEqual(original.map(Number));
	});

	it('gives an empty file (the BOM only) for an empty input, and copes with CRLF and no final line break', () => {
		expect(toExcelCsv('')).toBe(EXCEL_BOM);
		expect(toExcelCsv('a,b\r\n1.5,x')).toBe(`${EXCEL_BOM}a;b\r\n1,5;x\r\n`);
		expect(toExcelCsv('\ufeffa,b\n')).toBe(`${EXCEL_BOM}a;b\r\n`);
	});

	it('equals writing the rows directly', () => {
		expect(excel).toBe(
			toExcelCsvLines(ROWS.map((r) => r.map((c) => readCommas(csvCell(c) + '\n')[0]?.[0] ?? '')))
		);
	});
});

describe('parseCommaCsv', () => {
	it('reads the default file as papaparse does', () => {
		for (const seed of [1, 2, 3]) {
			const text = trickyCsv({ rows: 300, seed, trickyRate: 0.6 });
			expect(parseCommaCsv(text)).toEqual(readCommas(text));
		}
		const csv = toCsvLines(ROWS);
		expect(parseCommaCsv(csv)).toEqual(readCommas(csv));
	});
	it('keeps a last row whose unclosed quoted cell runs to the end, line break included', () => {
		expect(parseCommaCsv('a,"b\n')).toEqual([['a', 'b\n']]);
		expect(parseCommaCsv('a,"b\n')).toEqual(readCommas('a,"b\n'));
		expect(parseCommaCsv('a,b\n')).toEqual([['a', 'b']]);
	});
	it('reads quoted cells, doubled quotes, empty cells and CRLF', () => {
		expect(parseCommaCsv('a,"b,c",\r\n"x""y","",z\n')).toEqual([
			['a', 'b,c', ''],
			['x"y', '', 'z']
		]);
	});
});

describe('excelCsvFileName', () => {
	it('puts .es before the extension', () => {
		expect(excelCsvFileName('german_credit-predictions.csv')).toBe(
			'german_credit-predictions.es.csv'
		);
		expect(excelCsvFileName('out')).toBe('out.es.csv');
	});
});
