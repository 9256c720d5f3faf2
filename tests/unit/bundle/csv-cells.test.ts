import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvCell, formatProbability, isPlainNumber, toCsvLines } from '$lib/bundle/csv-cells';
import { FORMULA_RULE } from './formula-rule';

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
	'a"b,c',
	'-1.5e3',
	'+57 300 1234567',
	'+573001234567',
	'-1+2',
	'-',
	'-0,5',
	'.5',
	'-1,234,567',
	'- 2',
	'1e5',
	'-2\n=cmd'
];

describe('csvCell', () => {
	it('writes every tricky cell exactly as papaparse unparse({ escapeFormulae: FORMULA_RULE }) does', () => {
		for (const cell of TRICKY) {
			const reference = Papa.unparse([[cell]], {
				newline: '\n',
				quotes: false,
				header: false,
				escapeFormulae: FORMULA_RULE
			});
			expect(csvCell(cell), JSON.stringify(cell)).toBe(reference);
		}
	});
	it('joins rows the same way papaparse does', () => {
		const rows = [TRICKY.slice(0, 11), TRICKY.slice(11)];
		const reference = rows
			.map((r) =>
				Papa.unparse([r], {
					newline: '\n',
					quotes: false,
					header: false,
					escapeFormulae: FORMULA_RULE
				})
			)
			.join('\n');
		expect(toCsvLines(rows)).toBe(reference + '\n');
	});
});

describe('isPlainNumber', () => {
	it.each(['-2', '+1', '-1.5e3', '1E-7', '-0,5', '.5', '5.', '+573001234567', '007'])(
		'takes %j for a number (a spreadsheet does not run it)',
		(text) => expect(isPlainNumber(text)).toBe(true)
	);
	it.each(['-1+2', '- 2', '-', '+', '-1,234,567', '1e', '-2 ', '=1', '@1', '-0x1F', '+57 300'])(
		'does not take %j for a number',
		(text) => expect(isPlainNumber(text)).toBe(false)
	);
	it('agrees with the contract rule written as a regular expression, cell by cell', () => {
		for (const cell of TRICKY) {
			const isNeutralised = csvCell(cell).startsWith(`"'`);
			expect(isNeutralised, JSON.stringify(cell)).toBe(FORMULA_RULE.test(cell));
		}
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

	/** The definition, with `toPrecision` (formatProbability computes it with integers for 1e-4 ≤ p < 1). */
	function byPrecision(p: number): string {
		let digits = 8;
		let text = p.toPrecision(digits);
		if (Math.fround(Number(text)) !== p) return String(Number(p.toPrecision(9)));
		while (digits > 1 && Math.fround(Number(p.toPrecision(digits - 1))) === p) {
			text = p.toPrecision(--digits);
		}
		return String(Number(text));
	}

	it('gives exactly the toPrecision definition on every 997th float32 from 1e-9 to 1, and at the edges', () => {
		// (Checked once on every float32 in [1e-4, 1): 112,087,040 values, no difference.)
		const f = new Float32Array(1);
		const bits = new Uint32Array(f.buffer);
		const bitsOf = (x: number): number => ((f[0] = x), bits[0]);
		const differing: number[] = [];
		const [first, last] = [bitsOf(1e-9), bitsOf(1)];
		for (let b = first; b <= last; b += 997) {
			bits[0] = b;
			const p = f[0];
			if (formatProbability(p) !== byPrecision(p)) differing.push(p);
		}
		expect(differing).toEqual([]);
		const edges = [0, 1, NaN, 1e-4, 0.1, 0.5, 0.9999999, 1e-3, 0.001, 0.01].map(Math.fround);
		for (const p of edges) expect(formatProbability(p), String(p)).toBe(byPrecision(p));
		expect(formatProbability(Math.fround(1e-4))).toBe('0.0001');
		expect(formatProbability(Math.fround(0.0123))).toBe('0.0123');
	});
});
