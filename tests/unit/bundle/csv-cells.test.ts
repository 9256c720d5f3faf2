import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, formatProbability, toCsvLines } from '$lib/bundle/csv-cells';

const TRICKY = [
	'',
	'plain',
	'1.50',
	'a,b',
	'say "hi"',
	'line\nbreak',
	'cr\rhere',
	' lead',
	'trail ',
	'=SUM(A1)',
	"=cmd|' /C calc'!A0",
	'+1',
	'-2',
	'@x',
	'\tTab',
	'\rCR',
	'=a\nb',
	'\ufeffbom',
	'ñandú',
	'"',
	',',
	'a"b,c'
];

describe('csvCell', () => {
	it('writes every tricky cell exactly as papaparse unparse({ escapeFormulae: true }) does', () => {
		for (const cell of TRICKY) {
			const reference = Papa.unparse([[cell]], {
				newline: '\n',
				quotes: false,
				header: false,
				escapeFormulae: true
			});
			expect(csvCell(cell), JSON.stringify(cell)).toBe(reference);
		}
	});
	it('joins rows the same way papaparse does', () => {
		const rows = [TRICKY.slice(0, 11), TRICKY.slice(11)];
		const reference = rows
			.map((r) =>
				Papa.unparse([r], { newline: '\n', quotes: false, header: false, escapeFormulae: true })
			)
			.join('\n');
		expect(toCsvLines(rows)).toBe(reference + '\n');
	});
});

describe('formatProbability', () => {
	it('writes the fewest digits that read back as the same float32', () => {
		for (const p of [0.5, 0.25, 0.1, 1, 0, 0.123456789, 1e-7, 0.99999994]) {
			const f = Math.fround(p);
			const text = formatProbability(f);
			expect(Math.fround(Number(text))).toBe(f);
			const digits = text.replace(/^0\.|e.*$|\./g, '').replace(/^0+/, '').length;
			if (digits > 1) expect(Math.fround(Number(f.toPrecision(digits - 1)))).not.toBe(f);
		}
	});
});
