/**
 * Per-row reasons through real bundles (trainRun → writeBundle → JSON → loadBundle) of every family: each
 * method's contributions add up to the margin the model actually gives (local accuracy), that margin is the
 * one the probabilities imply, and the reasons point toward the predicted label.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeRows, type Table } from '$lib/data';
import { loadBundle, type LoadedBundle } from '$lib/bundle';
import { marginOf } from '$lib/explain/explain';
import { renderCell, renderReason } from '$lib/explain/words';
import { applyRecipe, featureColumns } from '$lib/features';
import { predictProba } from '$lib/models';
import { trainGermanCredit, type Trained } from '../bundle/train-fixture';

const families = [
	['logistic', 'linear'],
	['gbdt', 'tree-shap'],
	['mlp', 'shapley-sampled']
] as const;

type Case = { trained: Trained; loaded: LoadedBundle; rows: Table };
const cases = new Map<string, Case>();
const caseOf = (family: string): Case => {
	const c = cases.get(family);
	if (!c) throw new Error(`no ${family} bundle`);
	return c;
};

beforeAll(async () => {
	for (const [family] of families) {
		const trained = await trainGermanCredit({ family, maxEpochs: 3 });
		const loaded = await loadBundle(trained.json);
		const rows = takeRows(trained.table, Int32Array.from(trained.result.testRows.slice(0, 25)));
		cases.set(family, { trained, loaded, rows });
	}
}, 120_000);
afterAll(() => cases.forEach((c) => c.loaded.dispose()));

describe('logistic contributions', () => {
	it('are what the model loses when a column’s features are set to their training means (through TF.js)', async () => {
		const { loaded, rows } = caseOf('logistic');
		const { labels } = await loaded.predictTable(rows);
		const ex = await loaded.explain(rows, labels);
		const model = loaded.model;
		if (model.kind !== 'tfjs') throw new Error('not a TF.js model');
		const means = loaded.bundle.reference?.featureMeans ?? [];
		const x = applyRecipe(loaded.bundle.recipe, rows);
		const sources = featureColumns(loaded.bundle.recipe);
		const positive = loaded.bundle.labels.indexOf(loaded.bundle.positiveLabel as string);
		const margins = async (m: typeof x) => {
			const proba = await predictProba(model.layers, m);
			return Array.from({ length: m.rowCount }, (_, r) =>
				marginOf(proba, r * 2, 2, positive, true)
			);
		};
		const full = await margins(x);
		const d = ex.columns.length;
		for (const [c, column] of ex.columns.entries()) {
			const dense = x.dense.slice();
			sources.forEach((cols, f) => {
				if (!cols.includes(column)) return;
				for (let r = 0; r < x.rowCount; r++) dense[r * x.denseWidth + f] = means[f];
			});
			const without = await margins({ ...x, dense });
			for (let r = 0; r < x.rowCount; r++)
				expect(ex.contributions[r * d + c]).toBeCloseTo(full[r] - without[r], 4);
		}
	});
});

describe.each(families)('reasons of a %s bundle', (family, method) => {
	it(`uses ${method}, and the contributions add up to the model's margin`, async () => {
		const { loaded, rows } = caseOf(family);
		const { labels, proba } = await loaded.predictTable(rows);
		const ex = await loaded.explain(rows, labels);
		expect(ex.method).toBe(method);
		expect(ex.scale).toBe('log-odds');
		const d = ex.columns.length;
		expect(ex.columns).toEqual(loaded.inputColumns.map((c) => c.name));
		const positive = loaded.bundle.labels.indexOf(loaded.bundle.positiveLabel as string);
		for (let r = 0; r < rows.rowCount; r++) {
			let sum = ex.base[r];
			for (let c = 0; c < d; c++) sum += ex.contributions[r * d + c];
			expect(sum).toBeCloseTo(ex.margin[r], 9);
			// the explained margin is the log-odds of the positive class the probabilities give (float32)
			expect(ex.margin[r]).toBeCloseTo(marginOf(proba, r * 2, 2, positive, true), 4);
			expect(ex.explained[r]).toBe(loaded.bundle.positiveLabel);
		}
	});

	it('gives up to three reasons pushing toward the predicted label, in words', async () => {
		const { loaded, rows } = caseOf(family);
		const predictions = await loaded.predict(
			Array.from({ length: 5 }, (_, r) =>
				Object.fromEntries(
					loaded.inputColumns.map((c) => {
						const col = rows.columns.find((x) => x.name === c.name) as Table['columns'][number];
						const v =
							col.storage === 'category'
								? col.codes[r] < 0
									? null
									: col.levels[col.codes[r]]
								: col.storage === 'text'
									? col.values[r]
									: col.values[r];
						return [c.name, typeof v === 'number' && Number.isNaN(v) ? null : v];
					})
				)
			),
			{ reasons: true }
		);
		for (const p of predictions) {
			const e = p.explanation;
			if (!e) throw new Error('no explanation');
			expect(e.contributions.length).toBe(loaded.inputColumns.length);
			expect(e.reasons.length).toBeGreaterThan(0);
			expect(e.reasons.length).toBeLessThanOrEqual(3);
			const toward = p.label === loaded.bundle.positiveLabel ? 1 : -1;
			for (const reason of e.reasons) {
				expect(toward * reason.contribution).toBeGreaterThan(0);
				expect(reason.text).toContain(reason.column);
				expect(reason.text).toMatch(
					toward > 0 ? /makes “bad” more likely$/ : /makes “bad” less likely$/
				);
				// the words are the sentence as data: the page's English is the file's
				expect(renderReason(reason.words, 'en')).toBe(reason.text);
			}
			for (const c of e.contributions) expect(renderCell(c.words, 'en')).toBe(c.cell);
			// the strongest push first
			const sizes = e.reasons.map((r) => Math.abs(r.contribution));
			expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
		}
	});
});
