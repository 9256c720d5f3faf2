import { describe, expect, it } from 'vitest';
import { compareImportance } from '$lib/report';
import type { PermutationImportance } from '$lib/runs/types';

const importance = (
	metric: PermutationImportance['metric'],
	columns: [string, number][]
): PermutationImportance => ({
	metric,
	baseline: 0.8,
	repeats: 5,
	rows: 100,
	columns: columns.map(([column, mean]) => ({ column, mean, std: 0, drops: [] }))
});

describe('compareImportance', () => {
	it('orders by the mean importance when every run lost the same score', () => {
		const table = compareImportance([
			importance('rocAuc', [
				['a', 0.1],
				['b', 0.05]
			]),
			importance('rocAuc', [
				['b', 0.3],
				['a', 0.02]
			]),
			undefined
		]);
		expect(table.isMixed).toBe(false);
		expect(table.orderedBy).toBe('mean');
		expect(table.metrics).toEqual(['rocAuc', 'rocAuc', null]);
		expect(table.rows.map((r) => r.column)).toEqual(['b', 'a']); // means 0.175, 0.06
		expect(table.rows[0].values).toEqual([0.05, 0.3, null]);
	});
	it('orders by mean rank, not by mixing ROC AUC and accuracy points, when the scores differ', () => {
		// averaging would put "c" first (0.5 accuracy points), but it ranks last in the ROC AUC run
		const table = compareImportance([
			importance('rocAuc', [
				['a', 0.04],
				['b', 0.03],
				['c', 0.01]
			]),
			importance('accuracy', [
				['c', 1.0],
				['a', 0.2],
				['b', 0.1]
			])
		]);
		expect(table.isMixed).toBe(true);
		expect(table.orderedBy).toBe('rank');
		expect(table.rows.map((r) => [r.column, r.ranks])).toEqual([
			['a', [1, 2]],
			['c', [3, 1]],
			['b', [2, 3]]
		]);
	});
	it('puts columns no run measured last and gives an empty table without importance', () => {
		expect(compareImportance([undefined, null]).rows).toEqual([]);
	});
});
