/**
 * fitGbdt against scikit-learn 1.2.1 HistGradientBoostingClassifier with the same settings and early stopping
 * off (tests/fixtures/gbdt/make_fixtures.py): German credit (binary, one-hot, NaNs injected, one case with class
 * weights), a 4-class make_classification set with NaNs, and a sparse TF-IDF matrix (scikit-learn ran on it
 * densified). Bin thresholds, every tree's nodes and the test probabilities must agree.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fitGbdt, predictGbdt, type GbdtArtifacts } from '$lib/models/gbdt';
import { binFeatures } from '$lib/models/gbdt/binning';
import { createRng } from '$lib/shared/rng';
import {
	caseSpec,
	loadFixture,
	noRows,
	type Fixture,
	type SklearnCase
} from '../../fixtures/gbdt/load-fixture';

const fixtures = (['german-credit', 'multiclass', 'tfidf'] as const).map(loadFixture);

/** Rank AUC of class `positive` scores (ties averaged). */
function auc(scores: ArrayLike<number>, isPositive: (i: number) => boolean): number {
	const order = Array.from({ length: scores.length }, (_, i) => i).sort(
		(a, b) => scores[a] - scores[b]
	);
	let rankSum = 0;
	let positives = 0;
	for (let start = 0; start < order.length;) {
		let end = start;
		while (end + 1 < order.length && scores[order[end + 1]] === scores[order[start]]) end++;
		for (let k = start; k <= end; k++) {
			if (isPositive(order[k])) {
				rankSum += (start + end) / 2 + 1;
				positives++;
			}
		}
		start = end + 1;
	}
	return (rankSum - (positives * (positives + 1)) / 2) / (positives * (order.length - positives));
}

function logLoss(proba: ArrayLike<number>, y: Int32Array, k: number): number {
	let total = 0;
	for (let i = 0; i < y.length; i++) total -= Math.log(proba[i * k + y[i]]);
	return total / y.length;
}

describe.each(fixtures.flatMap((f) => f.cases.map((c) => [`${f.name}: ${c.name}`, f, c] as const)))(
	'fitGbdt matches scikit-learn HistGradientBoostingClassifier, %s',
	(_label: string, fixture: Fixture, reference: SklearnCase) => {
		let model: GbdtArtifacts;
		let proba: Float32Array;
		beforeAll(async () => {
			const spec = caseSpec(reference, fixture.train.x.rowCount);
			const fit = await fitGbdt({
				train: fixture.train,
				validation: { x: noRows(fixture.train.x), y: new Int32Array(0) },
				classCount: fixture.classCount,
				spec,
				seed: 0
			});
			model = fit.model;
			proba = predictGbdt(model, fixture.test.x);
		});

		it('bins every feature at scikit-learn’s thresholds, to the last bit', async () => {
			const binned = await binFeatures(fixture.train.x, reference.settings.maxBins, createRng(0));
			expect(binned.thresholds.map((t) => Array.from(t))).toEqual(reference.thresholds);
		});

		it('starts from the same baseline and grows the same number of trees and leaves', () => {
			model.baseline.forEach((b, k) => expect(b).toBeCloseTo(reference.baseline[k], 14));
			expect(model.trees.length).toBe(reference.trees.length);
			const leaves = (left: number[]) => left.filter((l) => l === -1).length;
			expect(model.trees.map((t) => leaves(t.left))).toEqual(reference.trees.map((t) => t.leaves));
		});

		it('grows every tree node for node: features, thresholds, missing-value directions, leaf values', () => {
			model.trees.forEach((tree, t) => {
				const ref = reference.trees[t];
				expect(tree.left, `trees[${t}].left`).toEqual(ref.left);
				expect(tree.right, `trees[${t}].right`).toEqual(ref.right);
				expect(tree.feature, `trees[${t}].feature`).toEqual(ref.feature);
				expect(tree.threshold, `trees[${t}].threshold`).toEqual(ref.threshold);
				expect(tree.missingLeft, `trees[${t}].missingLeft`).toEqual(ref.missingLeft);
				tree.value.forEach((v, i) => {
					if (tree.left[i] !== -1) return; // scikit-learn keeps unshrunk values on split nodes
					expect(Math.abs(v - ref.value[i]), `trees[${t}].value[${i}]`).toBeLessThanOrEqual(
						1e-12 * Math.max(1, Math.abs(ref.value[i]))
					);
				});
			});
		});

		it('gives the test rows scikit-learn’s probabilities (to float32 rounding), so the same AUC and log loss', () => {
			let maxDiff = 0;
			for (let i = 0; i < proba.length; i++)
				maxDiff = Math.max(maxDiff, Math.abs(proba[i] - reference.testProba[i]));
			expect(maxDiff).toBeLessThan(1e-6);
			const k = fixture.classCount;
			const y = fixture.test.y;
			expect(logLoss(proba, y, k)).toBeCloseTo(logLoss(reference.testProba, y, k), 6);
			const last = (p: ArrayLike<number>) =>
				Float64Array.from({ length: y.length }, (_, i) => p[i * k + k - 1]);
			expect(auc(last(proba), (i) => y[i] === k - 1)).toBeCloseTo(
				auc(last(reference.testProba), (i) => y[i] === k - 1),
				6
			);
		});
	}
);

describe('scikit-learn fixtures', () => {
	it('cover missing values, percentile and midpoint thresholds, class weights, several classes and sparse input', () => {
		const [german, multi, text] = fixtures;
		expect(Array.from(german.train.x.dense).some(Number.isNaN)).toBe(true);
		expect(german.cases.some((c) => c.classWeights !== null)).toBe(true);
		expect(multi.classCount).toBe(4);
		expect(text.train.x.sparse?.width).toBe(300);
		// a feature binned by percentiles (maxBins − 1 thresholds) and one by midpoints, in each case
		for (const c of fixtures.flatMap((f) => f.cases)) {
			expect(c.thresholds.some((t) => t.length === c.settings.maxBins - 1)).toBe(true);
			expect(c.thresholds.some((t) => t.length < c.settings.maxBins - 1)).toBe(true);
		}
		// learnt missing-value directions both ways on German credit's numeric columns (0–3 have NaNs)
		const numericSplits = german.cases[0].trees.flatMap((t) =>
			t.missingLeft.filter((_, i) => t.feature[i] >= 0 && t.feature[i] <= 3)
		);
		expect(new Set(numericSplits)).toEqual(new Set([0, 1]));
		// splits on "missing or not" (scikit-learn's threshold +∞, written as Number.MAX_VALUE)
		expect(multi.cases[0].trees.some((t) => t.threshold.includes(Number.MAX_VALUE))).toBe(true);
	});
});
