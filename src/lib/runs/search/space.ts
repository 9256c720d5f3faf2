/**
 * The search space of "Find the best model": model family and size, optimiser and regularisation
 * hyperparameters, and preparation choices, with default ranges that suit small to mid-sized tables. A
 * sample is a `TrialParams` (the knobs only, small enough to keep for every trial); `applyParams` turns it into
 * full training settings on top of the user's own.
 */
import type { ModelFamily } from '$lib/models/spec';
import type { NumericOptions } from '$lib/features/recipe-spec';
import type { Rng } from '$lib/shared/rng';
import { DEFAULT_BALANCE } from '../default-settings';
import type { BalanceMethod, TrainSettings } from '../types';

export type Range = { min: number; max: number };

export type SearchSpace = {
	families: ModelFamily[];
	/** MLP hidden layouts to choose from (units per layer). */
	hiddenLayouts: number[][];
	/** Adam learning rate, log-uniform. */
	learningRate: Range;
	/** L2 penalty, log-uniform. */
	l2: Range;
	/** MLP dropout, uniform. */
	dropout: Range;
	batchSizes: number[];
	/** One-hot keeps this many levels per categorical column. */
	oneHotK: number[];
	scales: NumericOptions['scale'][];
	/** TF-IDF vocabulary sizes; empty when the data has no text column. */
	textVocab: number[];
	/** Class balancing of each fold's training rows. */
	balance: BalanceMethod[];
};

/** The sampled choices of one trial; `maxEpochs` is set by the strategy (successive halving varies it). */
export type TrialParams = {
	family: ModelFamily;
	hiddenUnits: number[];
	learningRate: number;
	l2: number;
	dropout: number;
	batchSize: number;
	maxEpochs: number;
	oneHotK: number;
	scale: NumericOptions['scale'];
	textVocab: number | null;
	balance: BalanceMethod;
};

/**
 * Default ranges around Faro's untuned defaults (spec.ts): learning rate 3·10⁻⁴–3·10⁻², L2 10⁻⁵–10⁻¹,
 * dropout 0–0.5, batch 16–128, one-hot K 5–50, standard or min-max scaling, for text 2,000–20,000 terms;
 * balancing none, class weights or random over-sampling (cheap, and safe with text; SMOTE is opt-in).
 */
export function defaultSearchSpace(settings: TrainSettings): SearchSpace {
	const hasText = settings.columns.some((c) => c.role === 'feature' && c.kind === 'text');
	return {
		families: ['logistic', 'mlp'],
		hiddenLayouts: [[32], [64], [128], [64, 32], [128, 64], [128, 64, 32]],
		learningRate: { min: 3e-4, max: 3e-2 },
		l2: { min: 1e-5, max: 1e-1 },
		dropout: { min: 0, max: 0.5 },
		batchSizes: [16, 32, 64, 128],
		oneHotK: [5, 10, 20, 50],
		scales: ['standard', 'minmax'],
		textVocab: hasText ? [2000, 5000, 20000] : [],
		balance: ['none', 'class-weights', 'random-over']
	};
}

/** Draws one configuration from `space` (3 significant digits for continuous values, so they read well). */
export function sampleParams(space: SearchSpace, rng: Rng, maxEpochs: number): TrialParams {
	const pickOne = <T>(options: T[]): T => options[rng.int(options.length)];
	const logUniform = (r: Range) =>
		round3(Math.exp(Math.log(r.min) + rng.next() * (Math.log(r.max) - Math.log(r.min))));
	const family = pickOne(space.families);
	const hiddenUnits = pickOne(space.hiddenLayouts);
	const learningRate = logUniform(space.learningRate);
	const l2 = logUniform(space.l2);
	const dropout = round3(space.dropout.min + rng.next() * (space.dropout.max - space.dropout.min));
	return {
		family,
		hiddenUnits: family === 'mlp' ? [...hiddenUnits] : [],
		learningRate,
		l2,
		dropout: family === 'mlp' ? dropout : 0,
		batchSize: pickOne(space.batchSizes),
		maxEpochs,
		oneHotK: pickOne(space.oneHotK),
		scale: pickOne(space.scales),
		textVocab: space.textVocab.length ? pickOne(space.textVocab) : null,
		balance: space.balance.length ? pickOne(space.balance) : 'none'
	};
}

/** The full training settings of a trial: `base` with the trial's choices. */
export function applyParams(base: TrainSettings, p: TrialParams): TrainSettings {
	const recipe = base.recipe;
	return {
		...base,
		model: {
			...base.model,
			family: p.family,
			hiddenUnits: p.hiddenUnits,
			learningRate: p.learningRate,
			l2: p.l2,
			dropout: p.dropout,
			batchSize: p.batchSize,
			maxEpochs: p.maxEpochs
		},
		recipe: {
			...recipe,
			numeric: { ...recipe.numeric, scale: p.scale },
			categorical: { ...recipe.categorical, maxLevels: p.oneHotK },
			text: p.textVocab === null ? recipe.text : { ...recipe.text, maxFeatures: p.textVocab }
		},
		balance: { ...(base.balance ?? DEFAULT_BALANCE), method: p.balance }
	};
}

const round3 = (x: number) => Number(x.toPrecision(3));
