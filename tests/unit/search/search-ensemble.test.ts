/**
 * Ensemble selection (src/lib/search/ensemble-select.ts) against a Python reference of the same greedy
 * algorithm scored with scikit-learn `roc_auc_score` (tests/fixtures/reference/scripts/ensemble_reference.py),
 * then its behaviour on made-up predictions: when there is no blend, the member cap, log loss, which trials are
 * candidates and how many keep their predictions, and the search loop around it (fake evaluator).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/eval';
import { createRng, type Rng } from '$lib/shared/rng';
import type { FoldPredictions } from '$lib/search/cross-validate';
import { summarizeFolds, type CvSummary } from '$lib/runs/cv-summary';
import {
	blendMetrics,
	ENSEMBLE_MAX_MEMBERS,
	selectEnsemble,
	type EnsembleCandidate,
	type EnsembleContext
} from '$lib/search/ensemble-select';
import {
	ENSEMBLE_CANDIDATES,
	isEnsembleCandidate,
	keepCandidate
} from '$lib/search/ensemble-candidates';
import { runSearchWith, type TrialEvaluator } from '$lib/search/run-search';
import { rankTrials, type RankMetric } from '$lib/search/rank';
import { sampleParams, type SearchSpace, type TrialParams } from '$lib/search/space';
import type { Trial } from '$lib/runs/trial';
import reference from '../../fixtures/reference/ensemble-selection.json';

const THRESHOLD = { method: 'f1' as const, value: 0.5 };

type ReferenceCase = (typeof reference.cases)[number];

/** Row-major probabilities of a fixture part: binary cases store the positive class's column only. */
function probaOf(values: number[], c: ReferenceCase): Float32Array {
	if (c.classes > 2) return Float32Array.from(values);
	const positive = c.positiveIndex ?? 1;
	const out = new Float32Array(values.length * 2);
	values.forEach((p, i) => {
		out[i * 2 + positive] = p;
		out[i * 2 + 1 - positive] = 1 - p;
	});
	return out;
}

const trialOf = (id: number, scores: Partial<CvSummary>, params?: Partial<TrialParams>): Trial => ({
	id,
	rung: 0,
	parentId: null,
	params: { family: 'logistic', maxEpochs: 100, ...params } as TrialParams,
	cvScores: scores as CvSummary,
	status: 'done',
	durationMs: 1
});

function referenceInputs(c: ReferenceCase) {
	const context: EnsembleContext = {
		folds: c.folds.map((f) => ({
			heldOutY: Int32Array.from(f.heldOutY),
			validationY: Int32Array.from(f.validationY)
		})),
		labels: c.labels,
		positiveIndex: c.positiveIndex ?? undefined,
		threshold: THRESHOLD
	};
	const candidates: EnsembleCandidate[] = c.candidates.map((cand, i) => ({
		trial: trialOf(cand.trialId, { rocAuc: { mean: c.singleAuc[i], std: 0, folds: 5 } }),
		predictions: cand.heldOut.map((heldOut, f) => ({
			heldOut: probaOf(heldOut, c),
			validation: probaOf(cand.validation[f], c)
		}))
	}));
	return { context, candidates };
}

describe('selectEnsemble against the Python reference (scikit-learn roc_auc_score)', () => {
	for (const c of reference.cases) {
		it(`${c.name}: same members and weights, same blend ROC AUC per fold`, () => {
			const { context, candidates } = referenceInputs(c);
			const choice = selectEnsemble(candidates, context, 'rocAuc');
			expect(c.choice).not.toBeNull();
			expect(choice?.members).toEqual(c.choice?.members);
			// Per fold, through the exported blend evaluation (counts = weight × prefix length).
			const byId = new Map(candidates.map((cand) => [cand.trial.id, cand]));
			const members = (choice?.members ?? []).map((m) => ({
				candidate: byId.get(m.trialId) as EnsembleCandidate,
				count: Math.round(m.weight * c.prefix)
			}));
			const folds = blendMetrics(members, context);
			folds.forEach((m, f) => expect(m.rocAuc).toBeCloseTo(c.choice?.foldAuc[f] ?? NaN, 9));
			const mean = (c.choice?.foldAuc ?? []).reduce((a, b) => a + b, 0) / 5;
			expect(choice?.cvScores.rocAuc?.mean).toBeCloseTo(mean, 9);
			expect(choice?.cvScores).toEqual(summarizeFolds(folds));
			expect(choice?.cvScores.rocAuc?.mean).toBeGreaterThan(Math.max(...c.singleAuc) + 1e-4);
		});
	}

	it('caps the blend at five distinct trials where ten would be chosen without the cap', () => {
		const c = reference.cases.find((x) => x.name === 'cap') as ReferenceCase & {
			uncappedMembers: number;
		};
		expect(c.uncappedMembers).toBeGreaterThan(ENSEMBLE_MAX_MEMBERS);
		const { context, candidates } = referenceInputs(c);
		expect(selectEnsemble(candidates, context, 'rocAuc')?.members).toHaveLength(
			ENSEMBLE_MAX_MEMBERS
		);
	});

	it('does not depend on the order the candidates come in', () => {
		const c = reference.cases[0];
		const { context, candidates } = referenceInputs(c);
		const shuffled = [...candidates].reverse();
		expect(selectEnsemble(shuffled, context, 'rocAuc')).toEqual(
			selectEnsemble(candidates, context, 'rocAuc')
		);
	});
});

/** Synthetic binary folds: a latent signal per row; each candidate sees it through its own noise. */
function syntheticFolds(rng: Rng, rows = 80, folds = 3) {
	const gauss = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
	const parts = Array.from({ length: folds }, () => {
		const make = (n: number) => {
			const z = Array.from({ length: n }, gauss);
			const y = Int32Array.from(z, (v) => (v + gauss() > 0 ? 1 : 0));
			return { z, y };
		};
		return { heldOut: make(rows), validation: make(Math.round(rows / 3)) };
	});
	const context: EnsembleContext = {
		folds: parts.map((p) => ({ heldOutY: p.heldOut.y, validationY: p.validation.y })),
		labels: ['no', 'yes'],
		positiveIndex: 1,
		threshold: THRESHOLD
	};
	/** Predictions of a candidate with signal strength `a` and noise scale `noise`, sharpened by `sharpness`. */
	const predictionsOf = (a: number, noise: number, sharpness = 1): FoldPredictions[] =>
		parts.map((p) => {
			const proba = (z: number[]) => {
				const out = new Float32Array(z.length * 2);
				z.forEach((v, i) => {
					const q = 1 / (1 + Math.exp(-sharpness * (a * v + noise * gauss())));
					out[i * 2 + 1] = q;
					out[i * 2] = 1 - q;
				});
				return out;
			};
			return { heldOut: proba(p.heldOut.z), validation: proba(p.validation.z) };
		});
	return { context, predictionsOf };
}

/** A candidate whose trial scores are its own cross-validation (as a search would record them). */
function candidateOf(
	id: number,
	predictions: FoldPredictions[],
	context: EnsembleContext,
	params?: Partial<TrialParams>
): EnsembleCandidate {
	const metrics = predictions.map((p, f) =>
		evaluate(context.folds[f].heldOutY, p.heldOut, { labels: context.labels, positiveIndex: 1 })
	);
	return { trial: trialOf(id, summarizeFolds(metrics), params), predictions };
}

describe('selectEnsemble behaviour', () => {
	it('gives no blend for one candidate, or when copies of one model are all there is', () => {
		const { context, predictionsOf } = syntheticFolds(createRng(1));
		const one = candidateOf(1, predictionsOf(1, 1), context);
		expect(selectEnsemble([one], context, 'rocAuc')).toBeNull();
		expect(selectEnsemble([], context, 'rocAuc')).toBeNull();
		const copies = [1, 2, 3].map((id) => candidateOf(id, one.predictions, context));
		expect(selectEnsemble(copies, context, 'rocAuc')).toBeNull();
	});

	it('gives no blend when the others only make the best one worse', () => {
		const { context, predictionsOf } = syntheticFolds(createRng(2));
		// A perfect ranker: AUC 1 cannot be beaten, so the best prefix is the single trial.
		const perfect = context.folds.map((f) => {
			const proba = (y: Int32Array) =>
				Float32Array.from(Array.from(y).flatMap((v) => [1 - v * 0.8, v * 0.8]));
			return { heldOut: proba(f.heldOutY), validation: proba(f.validationY) };
		});
		const candidates = [
			candidateOf(1, perfect, context),
			candidateOf(2, predictionsOf(1, 1.5), context),
			candidateOf(3, predictionsOf(0.5, 1), context)
		];
		expect(candidates[0].trial.cvScores?.rocAuc?.mean).toBe(1);
		expect(selectEnsemble(candidates, context, 'rocAuc')).toBeNull();
	});

	it('blends for a lower log loss when the metric is log loss (lower is better)', () => {
		const { context, predictionsOf } = syntheticFolds(createRng(3));
		// Over-confident models: each alone has a poor log loss; averaging them tempers it.
		const candidates = [1, 2, 3, 4].map((id) => candidateOf(id, predictionsOf(1, 1, 3), context));
		const bestLoss = Math.min(...candidates.map((c) => c.trial.cvScores?.logLoss?.mean ?? NaN));
		const choice = selectEnsemble(candidates, context, 'logLoss');
		expect(choice).not.toBeNull();
		expect(choice?.cvScores.logLoss?.mean).toBeLessThan(bestLoss - 1e-4);
		// The heaviest member is the lowest-loss trial or ties with it.
		const ranked = rankTrials(
			candidates.map((c) => c.trial),
			'logLoss'
		);
		expect(choice?.members.map((m) => m.trialId)).toContain(ranked[0].id);
	});

	it('scores threshold metrics with a threshold chosen on the blended validation slice', () => {
		const { context, predictionsOf } = syntheticFolds(createRng(4), 150);
		const candidates = [1, 2, 3, 4, 5].map((id) => candidateOf(id, predictionsOf(1, 1.2), context));
		for (const metric of ['f1Macro', 'balancedAccuracy', 'prAuc'] as RankMetric[]) {
			const choice = selectEnsemble(candidates, context, metric);
			expect(choice, metric).not.toBeNull();
			const best = Math.max(...candidates.map((c) => c.trial.cvScores?.[metric]?.mean ?? NaN));
			expect(choice?.cvScores[metric]?.mean).toBeGreaterThan(best + 1e-4);
			expect(choice?.members.reduce((a, m) => a + m.weight, 0)).toBeCloseTo(1, 12);
		}
	});

	it('leaves out candidates whose predictions do not fit the folds', () => {
		const { context, predictionsOf } = syntheticFolds(createRng(5));
		const good = [1, 2, 3].map((id) => candidateOf(id, predictionsOf(1, 1), context));
		const short = { ...good[0], trial: { ...good[0].trial, id: 9 } };
		short.predictions = short.predictions.slice(1);
		const choice = selectEnsemble([...good, short], context, 'rocAuc');
		expect(choice?.members.map((m) => m.trialId)).not.toContain(9);
	});
});

describe('ensemble candidates during a search', () => {
	const space: SearchSpace = {
		families: ['logistic', 'mlp', 'gbdt'],
		hiddenLayouts: [[32], [64, 32]],
		learningRate: { min: 3e-4, max: 3e-2 },
		l2: { min: 1e-5, max: 1e-1 },
		dropout: { min: 0, max: 0.5 },
		batchSizes: [32, 64],
		treeLeaves: [7, 15, 31],
		treeDepths: [null, 3],
		treeMinLeafRows: [5, 20],
		treeLearningRate: { min: 0.02, max: 0.3 },
		treeL2: { min: 1e-3, max: 10 },
		treeIterations: [100, 300],
		oneHotK: [5, 20],
		scales: ['standard', 'minmax'],
		textVocab: [],
		balance: ['none', 'class-weights']
	};

	it('counts only trials that ran their configuration in full (not halving’s shorter rungs)', () => {
		const rng = createRng(6);
		const mlp = sampleParams({ ...space, families: ['mlp'] }, rng, 100);
		const tree = sampleParams({ ...space, families: ['gbdt'] }, rng, 100);
		const done = (params: TrialParams) => trialOf(1, {}, params);
		expect(isEnsembleCandidate(done(mlp), 100)).toBe(true);
		expect(isEnsembleCandidate(done({ ...mlp, maxEpochs: 33 }), 100)).toBe(false);
		expect(isEnsembleCandidate(done(tree), 100)).toBe(true); // its own iteration budget
		expect(isEnsembleCandidate(done({ ...tree, maxEpochs: 7 }), 100)).toBe(false);
		expect(isEnsembleCandidate({ ...done(mlp), status: 'failed', cvScores: null }, 100)).toBe(
			false
		);
	});

	it(`keeps predictions for the best ${ENSEMBLE_CANDIDATES} candidates only, as trials finish`, () => {
		const rng = createRng(7);
		const kept = new Map<number, EnsembleCandidate>();
		const all: Trial[] = [];
		for (let id = 1; id <= 30; id++) {
			const auc = 0.6 + 0.3 * rng.next();
			const trial = trialOf(id, { rocAuc: { mean: auc, std: 0, folds: 3 } });
			all.push(trial);
			keepCandidate(kept, { trial, predictions: [] }, 100, 'rocAuc');
			expect(kept.size).toBe(Math.min(id, ENSEMBLE_CANDIDATES));
		}
		const top = rankTrials(all, 'rocAuc').slice(0, ENSEMBLE_CANDIDATES);
		expect([...kept.keys()].sort((a, b) => a - b)).toEqual(
			top.map((t) => t.id).sort((a, b) => a - b)
		);
		// A shorter run of a configuration never enters.
		const short = trialOf(99, { rocAuc: { mean: 0.99, std: 0, folds: 3 } }, { maxEpochs: 10 });
		keepCandidate(kept, { trial: short, predictions: [] }, 100, 'rocAuc');
		expect(kept.has(99)).toBe(false);
	});

	it("always keeps each model family's best trial, even below the top", () => {
		const kept = new Map<number, EnsembleCandidate>();
		const all: Trial[] = [];
		// 20 MLP trials fill the top; one logistic and one tree trial score below all of them.
		const add = (id: number, auc: number, params: Partial<TrialParams>) => {
			const trial = trialOf(id, { rocAuc: { mean: auc, std: 0, folds: 3 } }, params);
			all.push(trial);
			keepCandidate(kept, { trial, predictions: [] }, 100, 'rocAuc');
		};
		add(1, 0.7, { family: 'logistic' });
		add(2, 0.69, {
			family: 'gbdt',
			maxEpochs: 100,
			trees: { maxLeafNodes: 7, maxDepth: null, minSamplesLeaf: 5, maxIterations: 100 }
		});
		add(3, 0.6, { family: 'logistic' }); // not its family's best: may go
		for (let id = 4; id < 24; id++) add(id, 0.8 + id / 1000, { family: 'mlp' });
		expect(kept.size).toBe(ENSEMBLE_CANDIDATES);
		expect(kept.has(1)).toBe(true);
		expect(kept.has(2)).toBe(true);
		expect(kept.has(3)).toBe(false);
		const mlpKept = [...kept.values()]
			.filter((c) => c.trial.params.family === 'mlp')
			.map((c) => c.trial.id);
		const bestMlp = rankTrials(
			all.filter((t) => t.params.family === 'mlp'),
			'rocAuc'
		)
			.slice(0, ENSEMBLE_CANDIDATES - 2)
			.map((t) => t.id);
		expect(mlpKept.sort((a, b) => a - b)).toEqual(bestMlp.sort((a, b) => a - b));
	});

	/** A fake evaluator whose predictions depend on the configuration (its learning rate and epochs). */
	function fakeSearch(seed: number) {
		const { context, predictionsOf } = syntheticFolds(createRng(seed), 60);
		const evaluated: number[] = [];
		const evaluate: TrialEvaluator = async (params, work) => {
			evaluated.push(params.maxEpochs);
			const strength = 0.5 + 10 * params.learningRate + params.maxEpochs / 200;
			const predictions = predictionsOf(strength, 1);
			const metrics = predictions.map((p, f) =>
				evaluate0(context.folds[f].heldOutY, p.heldOut, context.labels)
			);
			return {
				summary: summarizeFolds(metrics),
				...(work.keepPredictions && { predictions })
			};
		};
		return { context, evaluate, evaluated };
	}
	const evaluate0 = (y: Int32Array, p: Float32Array, labels: string[]) =>
		evaluate(y, p, { labels, positiveIndex: 1 });

	it('ends a search with a blend of its trials, better than its best trial', async () => {
		for (const strategy of ['random', 'tpe'] as const) {
			const { context, evaluate } = fakeSearch(8);
			const outcome = await runSearchWith(
				evaluate,
				{ seed: 3, maxEpochs: 100, space, ensemble: context },
				{ strategy, budget: { trials: 14 } }
			);
			const choice = outcome.ensemble;
			expect(choice, strategy).not.toBeNull();
			expect(choice?.members.length).toBeGreaterThanOrEqual(2);
			expect(choice?.cvScores.rocAuc?.mean).toBeGreaterThan(
				(outcome.best?.cvScores?.rocAuc?.mean ?? 1) + 1e-4
			);
		}
	});

	it('blends no shorter run of successive halving: only its full-length trials are candidates', async () => {
		const { context, evaluate } = fakeSearch(8);
		const outcome = await runSearchWith(
			evaluate,
			{ seed: 3, maxEpochs: 100, space, ensemble: context },
			{ strategy: 'halving', budget: { trials: 14 } }
		);
		// Budget 14 → rungs [9, 3, 1]: only the last rung's trial ran its configuration in full.
		const full = outcome.trials.filter((t) => isEnsembleCandidate(t, 100));
		expect(full.map((t) => t.rung)).toEqual([2]);
		expect(outcome.ensemble).toBeNull();
		// With a 2-epoch cap every rung runs in full (rungs never go below 2 epochs): all are candidates.
		const short = await runSearchWith(
			evaluate,
			{
				seed: 3,
				maxEpochs: 2,
				space: { ...space, families: ['logistic', 'mlp'] },
				ensemble: context
			},
			{ strategy: 'halving', budget: { trials: 14 } }
		);
		expect(short.trials.every((t) => isEnsembleCandidate(t, 2))).toBe(true);
		expect(short.ensemble?.members.length).toBeGreaterThanOrEqual(2);
	});

	it('gives no blend when turned off or cancelled, and asks for no predictions when off', async () => {
		const off = fakeSearch(9);
		let asked = false;
		const spy: TrialEvaluator = (params, work) => {
			asked ||= work.keepPredictions === true;
			return off.evaluate(params, work);
		};
		const outcome = await runSearchWith(
			spy,
			{ seed: 3, maxEpochs: 100, space, ensemble: off.context },
			{ strategy: 'random', budget: { trials: 6 }, ensemble: false }
		);
		expect([outcome.ensemble, asked]).toEqual([null, false]);

		const on = fakeSearch(9);
		const controller = new AbortController();
		const cancelled = await runSearchWith(
			on.evaluate,
			{ seed: 3, maxEpochs: 100, space, ensemble: on.context },
			{ strategy: 'random', budget: { trials: 8 } },
			{ signal: controller.signal, onTrial: (t) => t.id === 5 && controller.abort() }
		);
		expect(cancelled.stopped).toBe('cancelled');
		expect(cancelled.trials).toHaveLength(5);
		expect(cancelled.ensemble).toBeNull();
		// Without fold classes (no ensemble context) there is nothing to select with.
		const noContext = await runSearchWith(
			on.evaluate,
			{ seed: 3, maxEpochs: 100, space },
			{ strategy: 'random', budget: { trials: 6 } }
		);
		expect(noContext.ensemble).toBeNull();
	});

	it('still selects after the minutes run out', async () => {
		const { context, evaluate } = fakeSearch(10);
		// Six quick trials, then one that runs until the clock cuts it off (and is dropped).
		let calls = 0;
		const stalling: TrialEvaluator = (params, work) =>
			++calls <= 6
				? evaluate(params, work)
				: new Promise((_, reject) =>
						work.signal.addEventListener('abort', () => reject(work.signal.reason))
					);
		const outcome = await runSearchWith(
			stalling,
			{ seed: 3, maxEpochs: 100, space, ensemble: context },
			{ strategy: 'random', budget: { trials: 200, minutes: 0.01 } } // 600 ms
		);
		expect(outcome.stopped).toBe('time');
		expect(outcome.trials).toHaveLength(6);
		expect(outcome.ensemble?.members.length).toBeGreaterThanOrEqual(2);
	});
});
