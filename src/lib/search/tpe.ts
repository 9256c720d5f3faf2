/**
 * Tree-structured Parzen Estimator (Bergstra et al., 2011), univariate as in Optuna's `TPESampler`: the first
 * trials are drawn at random; after that, the finished trials are split by the ranking metric into the good
 * ones (the best γ = 25 %, at least one) and the rest — failed trials count among the rest. For each parameter,
 * a Parzen estimator l(x) is fitted to the good trials' values and g(x) to the others' (parzen.ts); 24
 * candidates are drawn from l and the one with the highest l(x) / g(x) is kept. Parameters that belong to one
 * family (MLP layouts and dropout, tree settings, each family's learning rate and L2, …) are fitted on the
 * trials of the family just chosen, so the tree search never learns from an MLP's learning rate; the
 * preparation choices shared by every family (one-hot K, vocabulary, balancing) learn from all trials.
 */
import type { Rng } from '$lib/shared/rng';
import {
	fitCategoricalParzen,
	fitNumericParzen,
	logDensityCategorical,
	logDensityNumeric,
	sampleCategorical,
	sampleNumeric
} from './parzen';
import { orientedScore, type RankMetric } from './rank';
import {
	fitRange,
	sampleParams,
	solvedLogistic,
	treeParams,
	type Range,
	type SearchSpace,
	type TrialParams
} from './space';
import type { Trial } from '$lib/runs/trial';

/** Share of the finished trials that make the "good" group. */
export const TPE_GAMMA = 0.25;
/** Candidates drawn from l(x) per parameter (Optuna's and hyperopt's `n_ei_candidates`). */
export const TPE_CANDIDATES = 24;

/**
 * Trials drawn at random before the model takes over: a quarter of the trial budget, at least 5 and at
 * most 8 (Optuna starts with 10, hyperopt with 20, but a browser search affords tens of trials, not hundreds).
 */
export const tpeStartupTrials = (trialBudget: number): number =>
	Math.min(8, Math.max(5, Math.ceil(trialBudget / 4)));

/**
 * Whether TPE should take over before its random start-up ends: when the time left affords fewer than twice the
 * random draws still to come (at the finished trials' mean duration, over every lane), those draws would spend
 * most of the budget at random. On 43,500 rows × 7 classes (bench/search-quality.ts gen7) the starting trials
 * take about a minute of two and trees beat logistic regression by 0.16 ROC AUC, yet five more random draws
 * (cheap logistic ones among them) filled the rest; TPE, fitted on what finished, spends it on the family that
 * is winning. Trials of a second (German credit) never meet the condition, so those searches are unchanged.
 * @param durationsMs the finished trials' durations (0 or less: not finished, ignored)
 * @param remainingMs the time budget left (Infinity without one: never)
 */
export function tpeTakesOver(
	durationsMs: readonly number[],
	remainingMs: number,
	lanes: number,
	randomLeft: number
): boolean {
	const finished = durationsMs.filter((ms) => ms > 0);
	if (finished.length === 0 || !Number.isFinite(remainingMs)) return false;
	const meanMs = finished.reduce((sum, ms) => sum + ms, 0) / finished.length;
	return (remainingMs / meanMs) * Math.max(1, lanes) < 2 * randomLeft;
}

/**
 * The next configuration to try, given the trials so far (at random while none has a score).
 * `maxEpochs` is the epoch cap of logistic and MLP trials, as for `sampleParams`.
 */
export function suggestParams(
	space: SearchSpace,
	history: readonly Trial[],
	metric: RankMetric,
	rng: Rng,
	maxEpochs: number
): TrialParams {
	const scored = history.filter((t) => orientedScore(t, metric) > -Infinity).length;
	if (scored === 0) return sampleParams(space, rng, maxEpochs);
	const ranked = [...history].sort(
		(a, b) => orientedScore(b, metric) - orientedScore(a, metric) || a.id - b.id
	);
	const goodCount = Math.min(scored, Math.max(1, Math.ceil(TPE_GAMMA * history.length)));
	const byId = (a: Trial, b: Trial) => a.id - b.id;
	const split: Split = {
		good: ranked
			.slice(0, goodCount)
			.sort(byId)
			.map((t) => t.params),
		bad: ranked
			.slice(goodCount)
			.sort(byId)
			.map((t) => t.params)
	};
	const tpe = new Tpe(split, rng);
	const all = () => true;

	const family = tpe.choose(space.families, (p) => p.family, all);
	const shared = {
		oneHotK: tpe.choose(space.oneHotK, (p) => p.oneHotK, all),
		textVocab: space.textVocab.length ? tpe.choose(space.textVocab, (p) => p.textVocab, all) : null,
		balance: space.balance.length ? tpe.choose(space.balance, (p) => p.balance, all) : 'none'
	} satisfies Partial<TrialParams>;
	const ofFamily = (p: TrialParams) => p.family === family;
	if (family === 'gbdt') {
		const trees = {
			maxLeafNodes: tpe.choose(space.treeLeaves, (p) => p.trees?.maxLeafNodes, ofFamily),
			maxDepth: tpe.choose(space.treeDepths, (p) => p.trees?.maxDepth, ofFamily),
			minSamplesLeaf: tpe.choose(space.treeMinLeafRows, (p) => p.trees?.minSamplesLeaf, ofFamily),
			maxIterations: tpe.choose(space.treeIterations, (p) => p.trees?.maxIterations, ofFamily)
		};
		return treeParams(trees, {
			...shared,
			learningRate: tpe.float(space.treeLearningRate, true, (p) => p.learningRate, ofFamily),
			l2: tpe.float(space.treeL2, true, (p) => p.l2, ofFamily)
		});
	}
	if (family === 'logistic') {
		// solved by L-BFGS: only the penalty and the preparation act on it
		const params: TrialParams = {
			family,
			hiddenUnits: [],
			learningRate: 0,
			l2: tpe.float(space.l2, true, (p) => p.l2, ofFamily),
			dropout: 0,
			batchSize: 0,
			maxEpochs,
			scale: tpe.choose(space.scales, (p) => p.scale, ofFamily),
			...shared
		};
		return solvedLogistic(params);
	}
	return {
		family,
		hiddenUnits: [...tpe.choose(space.hiddenLayouts, (p) => p.hiddenUnits, ofFamily)],
		learningRate: tpe.float(space.learningRate, true, (p) => p.learningRate, ofFamily),
		l2: tpe.float(space.l2, true, (p) => p.l2, ofFamily),
		dropout: tpe.float(space.dropout, false, (p) => p.dropout, ofFamily),
		batchSize: tpe.choose(space.batchSizes, (p) => p.batchSize, ofFamily),
		maxEpochs,
		scale: tpe.choose(space.scales, (p) => p.scale, ofFamily),
		...shared
	};
}

/** The good trials' and the other trials' params, each oldest first. */
type Split = { good: TrialParams[]; bad: TrialParams[] };

class Tpe {
	constructor(
		private readonly split: Split,
		private readonly rng: Rng
	) {}

	/** One of `options`, by l/g over the choices the relevant trials made. */
	choose<T>(
		options: readonly T[],
		valueOf: (p: TrialParams) => T | undefined,
		relevant: (p: TrialParams) => boolean
	): T {
		if (options.length === 1) return options[0];
		const indices = (params: TrialParams[]) =>
			params
				.filter(relevant)
				.map((p) => options.findIndex((o) => sameChoice(o, valueOf(p))))
				.filter((i) => i >= 0);
		const l = fitCategoricalParzen(indices(this.split.good), options.length);
		const g = fitCategoricalParzen(indices(this.split.bad), options.length);
		const best = this.#bestCandidate(
			() => sampleCategorical(l, this.rng),
			(i) => logDensityCategorical(l, i) - logDensityCategorical(g, i)
		);
		return options[best];
	}

	/** A value in `range` (log-uniform prior when `log`), by l/g over the relevant trials' values. */
	float(
		range: Range,
		log: boolean,
		valueOf: (p: TrialParams) => number,
		relevant: (p: TrialParams) => boolean
	): number {
		const to = (x: number) => (log ? Math.log(x) : x);
		const spec = { low: to(range.min), high: to(range.max) };
		if (!(spec.high > spec.low)) return range.min;
		const values = (params: TrialParams[]) =>
			params
				.filter(relevant)
				.map((p) => to(valueOf(p)))
				.filter(Number.isFinite)
				.map((x) => Math.min(spec.high, Math.max(spec.low, x)));
		const l = fitNumericParzen(values(this.split.good), spec);
		const g = fitNumericParzen(values(this.split.bad), spec);
		const best = this.#bestCandidate(
			() => sampleNumeric(l, this.rng),
			(x) => logDensityNumeric(l, x) - logDensityNumeric(g, x)
		);
		return fitRange(log ? Math.exp(best) : best, range);
	}

	#bestCandidate<V>(draw: () => V, score: (v: V) => number): V {
		let best = draw();
		let bestScore = score(best);
		for (let i = 1; i < TPE_CANDIDATES; i++) {
			const candidate = draw();
			const s = score(candidate);
			if (s > bestScore) [best, bestScore] = [candidate, s];
		}
		return best;
	}
}

/** Equal choices: the same number, string or null, or the same hidden layout. */
const sameChoice = (a: unknown, b: unknown): boolean =>
	a === b || (Array.isArray(a) && JSON.stringify(a) === JSON.stringify(b));
