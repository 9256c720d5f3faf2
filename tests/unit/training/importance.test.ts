/**
 * Permutation importance against sklearn.inspection.permutation_importance (scikit-learn 1.2.1,
 * tests/fixtures/reference/scripts/importance_reference.py): a fixed linear softmax on four numeric columns,
 * binary (roc_auc) and three classes (roc_auc_ovr), with scikit-learn's own row orders; then on a trained run.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '$lib/data/table';
import { evaluate } from '$lib/eval';
import { permutationImportance } from '$lib/training/importance';
import { type TrainSettings } from '$lib/runs';
import { trainRun } from '$lib/training';
import { expectClose } from '../helpers/expect-close';
import { loadGermanCredit } from '../helpers/german-credit';

type Case = {
	name: string;
	columns: string[];
	x: number[][];
	y: number[];
	W: number[][];
	b: number[];
	orders: number[][];
	importances: number[][];
	mean: number[];
	std: number[];
};
const fixture = JSON.parse(
	readFileSync(
		fileURLToPath(new URL('../../fixtures/reference/importance.json', import.meta.url)),
		'utf8'
	)
) as { cases: Case[] };

function tableOf(c: Case): Table {
	return {
		rowCount: c.x.length,
		columns: c.columns.map((name, j) => ({
			name,
			storage: 'number' as const,
			values: Float64Array.from(c.x, (row) => row[j])
		}))
	};
}

/** The fixture's model: softmax(x · W + b) on the table's columns, scored by (macro one-vs-rest) ROC AUC. */
function scorer(c: Case) {
	const k = c.b.length;
	const y = Int32Array.from(c.y);
	const labels = Array.from({ length: k }, (_, i) => `c${i}`);
	return async (t: Table) => {
		const proba = new Float64Array(t.rowCount * k);
		const z = new Float64Array(k);
		for (let i = 0; i < t.rowCount; i++) {
			for (let q = 0; q < k; q++) {
				z[q] = c.b[q];
				t.columns.forEach((col, j) => {
					if (col.storage === 'number') z[q] += col.values[i] * c.W[j][q];
				});
			}
			const max = Math.max(...z);
			let sum = 0;
			for (let q = 0; q < k; q++) sum += Math.exp(z[q] - max);
			for (let q = 0; q < k; q++) proba[i * k + q] = Math.exp(z[q] - max) / sum;
		}
		return evaluate(y, proba, { labels }).rocAuc ?? NaN;
	};
}

describe.each(fixture.cases.map((c) => [c.name, c] as const))(
	'permutationImportance, %s',
	(_name, c) => {
		it("matches scikit-learn's importances given its row orders (every repeat, mean and std)", async () => {
			const result = await permutationImportance(
				tableOf(c),
				c.columns,
				scorer(c),
				{ metric: 'rocAuc', seed: 0 },
				{ shuffle: (_column, repeat) => Int32Array.from(c.orders[repeat]) }
			);
			const byName = new Map(result.columns.map((r) => [r.column, r]));
			c.columns.forEach((name, j) => {
				const got = byName.get(name);
				expectClose(got?.drops, c.importances[j], { digits: 12 });
				expectClose(got?.mean, c.mean[j], { digits: 12 });
				expectClose(got?.std, c.std[j], { digits: 12 });
			});
			// most important first
			expect(result.columns.map((r) => r.column)).toEqual(
				[...c.columns].sort((a, b) => c.mean[c.columns.indexOf(b)] - c.mean[c.columns.indexOf(a)])
			);
		});

		it('with its own seeded shuffles: same seed, same result; the strong column first, the unused one near 0', async () => {
			const run = () =>
				permutationImportance(tableOf(c), c.columns, scorer(c), { metric: 'rocAuc', seed: 5 });
			const a = await run();
			expect(await run()).toEqual(a);
			expect(a.columns[0].column).toBe('x0');
			const unused = a.columns.find((r) => r.column === 'x3');
			expect(Math.abs(unused?.mean ?? 1)).toBeLessThan(0.01);
		});
	}
);

describe('a run’s importance', () => {
	let table: Table;
	let settings: TrainSettings;
	beforeAll(async () => {
		const credit = await loadGermanCredit();
		table = credit.table;
		settings = credit.settingsFor('logistic');
	});

	it('is computed on the test part for every feature column, by ROC AUC, most important first', async () => {
		const result = await trainRun(table, settings);
		const importance = result.importance;
		const features = settings.columns.filter((c) => c.role === 'feature').map((c) => c.name);
		expect(importance?.metric).toBe('rocAuc');
		expect(importance?.rows).toBe(result.splitSizes.test);
		expect(importance?.baseline).toBeCloseTo(result.metrics.rocAuc ?? NaN, 12);
		expect(importance?.columns.map((c) => c.column).sort()).toEqual([...features].sort());
		const means = importance?.columns.map((c) => c.mean) ?? [];
		expect(means).toEqual([...means].sort((x, y) => y - x));
		// German credit: the checking account carries the most signal (as in every model of it)
		expect(importance?.columns[0].column).toBe('Checking account');
	});

	it('is also computed on the validation part when the settings ask, by that part’s ROC AUC', async () => {
		const result = await trainRun(table, { ...settings, importance: { validation: true } });
		const { importance, validationImportance } = result;
		expect(importance?.part).toBe('test');
		expect(validationImportance?.part).toBe('validation');
		expect(validationImportance?.rows).toBe(result.splitSizes.validation);
		expect(validationImportance?.baseline).toBeCloseTo(result.validationMetrics.rocAuc ?? NaN, 12);
		expect(validationImportance?.columns.map((c) => c.column).sort()).toEqual(
			importance?.columns.map((c) => c.column).sort()
		);
		// without the setting, the validation part is not scored
		expect((await trainRun(table, settings)).validationImportance).toBeUndefined();
	});
});
