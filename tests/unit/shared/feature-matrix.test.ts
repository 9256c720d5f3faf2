import { describe, expect, it } from 'vitest';
import {
	appendRows,
	denseBatch,
	featureWidth,
	hstackSparse,
	takeFeatureRows,
	type FeatureMatrix,
	type SparseRows
} from '$lib/shared/feature-matrix';
import { FaroError } from '$lib/shared/errors';

/** 3 rows: dense [[1, 2], [3, 4], [5, 6]], sparse width 3: row 0 {2: 0.5}, row 1 {}, row 2 {0: 1, 2: 2}. */
const sparse = (): SparseRows => ({
	rowPtr: Int32Array.from([0, 1, 1, 3]),
	indices: Int32Array.from([2, 0, 2]),
	values: Float32Array.from([0.5, 1, 2]),
	width: 3
});
const matrix = (): FeatureMatrix => ({
	rowCount: 3,
	dense: Float32Array.from([1, 2, 3, 4, 5, 6]),
	denseWidth: 2,
	sparse: sparse(),
	names: ['a', 'b', 't0', 't1', 't2']
});

describe('feature matrix', () => {
	it('counts dense and sparse features', () => {
		expect(featureWidth(matrix())).toBe(5);
		expect(featureWidth({ ...matrix(), sparse: null })).toBe(2);
	});

	it('densifies chosen rows, in order, into a reused buffer', () => {
		const out = new Float32Array(20).fill(9);
		const batch = denseBatch(matrix(), [2, 1, 0], out);
		expect(batch).toBe(out);
		expect(Array.from(batch.subarray(0, 15))).toEqual([
			5, 6, 1, 0, 2, 3, 4, 0, 0, 0, 1, 2, 0, 0, 0.5
		]);
		expect(Array.from(denseBatch(matrix(), Int32Array.from([1])))).toEqual([3, 4, 0, 0, 0]);
		expect(denseBatch(matrix(), []).length).toBe(0);
	});

	it('takes rows (with repeats) of both parts', () => {
		const taken = takeFeatureRows(matrix(), Int32Array.from([2, 2, 0]));
		expect(taken.rowCount).toBe(3);
		expect(Array.from(denseBatch(taken, [0, 1, 2]))).toEqual(
			Array.from(denseBatch(matrix(), [2, 2, 0]))
		);
		expect(Array.from(taken.sparse?.rowPtr ?? [])).toEqual([0, 2, 4, 5]);
	});

	it('appends rows', () => {
		const both = appendRows(matrix(), takeFeatureRows(matrix(), Int32Array.from([0])));
		expect(both.rowCount).toBe(4);
		expect(Array.from(denseBatch(both, [3]))).toEqual([1, 2, 0, 0, 0.5]);
		expect(Array.from(both.sparse?.rowPtr ?? [])).toEqual([0, 1, 1, 3, 4]);
		expect(() => appendRows(matrix(), { ...matrix(), sparse: null })).toThrow(FaroError);
	});

	it('stacks sparse blocks side by side, shifting column indices', () => {
		const stacked = hstackSparse([sparse(), sparse()], 3);
		expect(stacked.width).toBe(6);
		expect(Array.from(stacked.rowPtr)).toEqual([0, 2, 2, 6]);
		expect(Array.from(stacked.indices)).toEqual([2, 5, 0, 2, 3, 5]);
		expect(Array.from(stacked.values)).toEqual([0.5, 0.5, 1, 2, 1, 2]);
	});
});
