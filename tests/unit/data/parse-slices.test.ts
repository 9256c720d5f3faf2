import { describe, expect, it } from 'vitest';
import { columnAsStrings, type Column, type ParseResult } from '$lib/data';
import { ColumnBuilder } from '$lib/data/column-builder';
import { parseText } from './read-fixture';

const strings = (result: ParseResult) => result.table.columns.map((c) => columnAsStrings(c));
const storages = (result: ParseResult) => result.table.columns.map((c) => c.storage);
const numbers = (column: Column): number[] =>
	column.storage === 'number' ? Array.from(column.values) : [];

/** Parses `text` whole (one slice) and in `sliceBytes` slices; both results. */
async function parseBothWays(text: string, sliceBytes: number) {
	const whole = await parseText(text, { sliceBytes: 1 << 30 });
	const sliced = await parseText(text, { sliceBytes });
	return { whole, sliced };
}

describe('ColumnBuilder.reserve', () => {
	it('keeps the cells added so far and still grows past the reservation', () => {
		const builder = new ColumnBuilder(false);
		const cells = ['1', '2.5', '', '-3'];
		for (const cell of cells) builder.add(cell, 0, cell.length);
		builder.reserve(5000);
		expect(builder.numbers.length).toBe(5000);
		for (let i = 0; i < 6000; i++) builder.add('7', 0, 1);
		expect(builder.length).toBe(6004);
		expect(Array.from(builder.numbers.subarray(0, 5))).toEqual([1, 2.5, NaN, -3, 7]);
		expect(builder.numbers[6003]).toBe(7);
	});

	it('reserves category codes too, and never shrinks', () => {
		const builder = new ColumnBuilder(false);
		for (const cell of ['a', 'b', 'a']) builder.add(cell, 0, 1);
		builder.reserve(3000);
		expect(builder.codes.length).toBe(3000);
		builder.reserve(10);
		expect(builder.codes.length).toBe(3000);
		expect(Array.from(builder.codes.subarray(0, 3))).toEqual([0, 1, 0]);
		expect(builder.levels).toEqual(['a', 'b']);
	});
});

describe('parseCsv: row reservation from the first slice', () => {
	it('gives the whole-file table when later slices hold far more rows than the first predicts', async () => {
		// First slice: long rows (few per slice); the rest: short rows, so the estimate undershoots.
		const long = Array.from({ length: 20 }, (_, i) => `${i},${'x'.repeat(200)}${i}`);
		const short = Array.from({ length: 30000 }, (_, i) => `${i + 20},s${i % 7}`);
		const text = 'n,label\n' + [...long, ...short].join('\n') + '\n';
		const { whole, sliced } = await parseBothWays(text, 1024);
		expect(sliced.meta.rowCount).toBe(30020);
		expect(storages(sliced)).toEqual(['number', 'category']);
		expect(strings(sliced)).toEqual(strings(whole));
		const n = numbers(sliced.table.columns[0]);
		expect(n[0]).toBe(0);
		expect(n[1]).toBe(1);
		expect(n[30019]).toBe(30019);
	});

	it('demotes a reserved number column to category after the first slice, as a whole parse does', async () => {
		const rows = Array.from({ length: 3000 }, (_, i) => `${(i % 9) + 0.5},${i}`);
		rows.push('1.50,3000', 'abc,3001');
		const text = 'v,k\n' + rows.join('\n') + '\n';
		const { whole, sliced } = await parseBothWays(text, 256);
		expect(storages(sliced)).toEqual(['category', 'number']);
		expect(strings(sliced)).toEqual(strings(whole));
		// "1.50" seen before the demotion reads back in its canonical form.
		expect(columnAsStrings(sliced.table.columns[0]).slice(-2)).toEqual(['1.5', 'abc']);
	});

	it('turns a reserved category column into text after the first slice, as a whole parse does', async () => {
		const rows = Array.from({ length: 9000 }, (_, i) => `${i % 3},word ${i}`);
		const text = 'a,note\n' + rows.join('\n') + '\n';
		const { whole, sliced } = await parseBothWays(text, 4096);
		expect(storages(sliced)).toEqual(['number', 'text']);
		expect(strings(sliced)).toEqual(strings(whole));
		expect(columnAsStrings(sliced.table.columns[1])[8999]).toBe('word 8999');
	});

	it('reads multi-byte characters cut by a slice boundary and decimal commas the same sliced or whole', async () => {
		const cities = ['Málaga', 'Córdoba', 'Gijón', '東京', 'Zürich 🙂'];
		const rows = Array.from(
			{ length: 600 },
			(_, i) => `${cities[i % cities.length]};${i},${i % 10};${i % 4 === 0 ? '' : 'x'}`
		);
		const text = 'ciudad;importe;flag\n' + rows.join('\n') + '\n';
		// Slice sizes that are not multiples of any character width put boundaries inside characters.
		for (const sliceBytes of [97, 251, 1021]) {
			const { whole, sliced } = await parseBothWays(text, sliceBytes);
			expect(sliced.meta.decimalComma).toBe(true);
			expect(strings(sliced)).toEqual(strings(whole));
			expect(columnAsStrings(sliced.table.columns[0]).slice(0, 5)).toEqual(cities);
			const amounts = numbers(sliced.table.columns[1]);
			expect(amounts.slice(0, 3)).toEqual([0, 1.1, 2.2]);
			expect(amounts[599]).toBe(599.9);
		}
	});
});
