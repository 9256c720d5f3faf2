/**
 * Ensemble selection on real training (German credit, TF.js cpu and gradient-boosted trees): the folds'
 * predictions cross-validation hands back, and a search that ends with a blend.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '$lib/data';
import { evaluate } from '$lib/eval';
import type { TrainSettings } from '$lib/runs';
import { crossValidatePrepared, prepareFolds } from '$lib/search/cross-validate';
import { defaultSearchSpace, rankTrials, runSearch, type SearchSpace } from '$lib/search';
import { loadGermanCredit } from '../helpers/german-credit';

let table: Table;
let base: TrainSettings;
let space: SearchSpace;

beforeAll(async () => {
	const credit = await loadGermanCredit();
	table = credit.table;
	base = credit.settingsFor('logistic');
	base.model = { ...base.model, maxEpochs: 5 };
	// Diverse and quick: logistic regression and small tree ensembles (20 boosting iterations).
	space = { ...defaultSearchSpace(base), families: ['logistic', 'gbdt'], treeIterations: [20] };
});

describe('crossValidatePrepared with keepPredictions', () => {
	it('hands back each fold model’s probabilities, which give the fold’s own metrics', async () => {
		const prepared = prepareFolds(table, base, 3);
		const kept = await crossValidatePrepared(prepared, base, { keepPredictions: true });
		const plain = await crossValidatePrepared(prepared, base);
		expect(plain.predictions).toBeUndefined();
		expect(kept.summary).toEqual(plain.summary);
		const k = prepared.labels.length;
		expect(kept.predictions).toHaveLength(3);
		kept.predictions?.forEach((p, f) => {
			const plan = prepared.folds[f];
			expect(p.heldOut).toBeInstanceOf(Float32Array);
			expect([p.heldOut.length, p.validation.length]).toEqual([
				plan.heldOut.length * k,
				plan.innerValidation.length * k
			]);
			const y = Int32Array.from(plan.heldOut, (i) => prepared.y[i]);
			const metrics = evaluate(y, p.heldOut, {
				labels: prepared.labels,
				positiveIndex: prepared.positiveIndex,
				threshold: kept.folds[f].metrics.threshold ?? undefined
			});
			expect(metrics).toEqual(kept.folds[f].metrics);
		});
	});
});

describe('runSearch with ensemble selection', () => {
	it('ends with a blend that cross-validates at least as well as the best trial', async () => {
		const options = { strategy: 'random' as const, budget: { trials: 6 }, k: 3, space };
		const outcome = await runSearch(table, base, options);
		const best = rankTrials(outcome.trials, 'rocAuc')[0];
		expect(outcome.best).toEqual(best);
		const choice = outcome.ensemble;
		expect(choice).not.toBeNull();
		expect(choice?.members.length).toBeGreaterThanOrEqual(2);
		expect(choice?.members.reduce((a, m) => a + m.weight, 0)).toBeCloseTo(1, 12);
		const ids = new Set(outcome.trials.map((t) => t.id));
		expect(choice?.members.every((m) => ids.has(m.trialId))).toBe(true);
		expect(choice?.cvScores.rocAuc?.mean).toBeGreaterThanOrEqual(best.cvScores?.rocAuc?.mean ?? 1);
		expect(choice?.cvScores.rocAuc?.folds).toBe(3);
		const off = await runSearch(table, base, { ...options, ensemble: false });
		expect(off.ensemble).toBeNull();
		expect(off.trials.map((t) => t.cvScores)).toEqual(outcome.trials.map((t) => t.cvScores));
	});

	it('gives no blend when cancelled', async () => {
		const controller = new AbortController();
		const cancelled = await runSearch(
			table,
			base,
			{ strategy: 'random', budget: { trials: 5 }, k: 3, space },
			{ signal: controller.signal, onTrial: (t) => t.id === 3 && controller.abort() }
		);
		expect(cancelled.stopped).toBe('cancelled');
		expect(cancelled.trials).toHaveLength(3);
		expect(cancelled.ensemble).toBeNull();
	});
});
