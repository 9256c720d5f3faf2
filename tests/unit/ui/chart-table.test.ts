import { describe, expect, it } from 'vitest';
import { curveTable, sampleEvenly } from '../../../src/ui/common/chart-table';

describe('sampleEvenly', () => {
	it('keeps short lists whole', () => {
		expect(sampleEvenly([1, 2, 3], 5)).toEqual([1, 2, 3]);
		expect(sampleEvenly([], 5)).toEqual([]);
	});
	it('spreads the kept items evenly, first and last included', () => {
		const items = Array.from({ length: 101 }, (_, i) => i);
		expect(sampleEvenly(items, 5)).toEqual([0, 25, 50, 75, 100]);
		expect(sampleEvenly(items, 21)).toHaveLength(21);
	});
	it('gives at most max items for tiny maxima', () => {
		expect(sampleEvenly([1, 2, 3], 1)).toEqual([1]);
		expect(sampleEvenly([1, 2, 3], 0)).toEqual([]);
	});
});

describe('curveTable', () => {
	it('has no series column for one curve', () => {
		const table = curveTable(
			[
				{
					name: 'bad',
					points: [
						['0', '0'],
						['1', '1']
					]
				}
			],
			['x', 'y']
		);
		expect(table).toEqual({
			columns: ['x', 'y'],
			rows: [
				['0', '0'],
				['1', '1']
			]
		});
	});
	it('names the series of each row when there are several', () => {
		const table = curveTable(
			[
				{ name: 'a', points: [['0', '1']] },
				{ name: 'b', points: [['0', '2']] }
			],
			['x', 'y']
		);
		expect(table.columns).toEqual(['Series', 'x', 'y']);
		expect(table.rows).toEqual([
			['a', '0', '1'],
			['b', '0', '2']
		]);
	});
});
