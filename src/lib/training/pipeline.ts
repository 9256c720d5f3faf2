/**
 * The part of a run that is repeated for every training set — a run's training part, or a cross-validation
 * fold: fit the Recipe on the training rows only, apply it to the training and validation rows, balance the
 * training rows (balance-step.ts), and train the model (early stopping on the validation rows, except for a logistic regression solved by L-BFGS).
 * Evaluation is the caller's.
 */
import { applyRecipe, fitRecipe, type FeatureMatrix, type FittedRecipe } from '$lib/features';
import type { EpochReport } from '$lib/models';
import { trainFitted, type TrainedFit } from '$lib/models/fitted-model';
import { throwIfAborted } from '$lib/shared/errors';
import { createRng } from '$lib/shared/rng';
import { balanceOf, balanceTraining } from './balance-step';
import type { BalanceSummary, TrainSettings } from '$lib/runs/types';

/** Rows of one part: the raw table and the encoded target. */
export type { Part } from './part';
import type { Part } from './part';

export type FittedPipeline = {
	recipe: FittedRecipe;
	trained: TrainedFit;
	/** The training part's features before balancing (row i is `train.y[i]`). */
	x: { train: FeatureMatrix; validation: FeatureMatrix };
	/** What balancing did to the training rows the model saw. */
	balance: BalanceSummary;
};

/** Balancing draws from its own stream, so turning it on leaves the split and weight seeds alone. */
const BALANCE_SEED_SALT = 0x62616c;

export type { PipelineWork } from './part';
import type { PipelineWork } from './part';

/**
 * Fits the Recipe on `train`, balances the encoded training rows, trains the model with early stopping on
 * `validation`. The caller disposes `trained.model` (disposeFitted).
 * @throws FaroError no-features, column-all-missing, settings-invalid, class-too-small, training-diverged,
 *   cancelled
 */
export async function fitPipeline(
	train: Part,
	validation: Part,
	classCount: number,
	settings: TrainSettings,
	work: PipelineWork = {}
): Promise<FittedPipeline> {
	const { signal, onProgress } = work;
	const recipe = fitRecipe(settings.recipe, train.table);
	const x = {
		train: applyRecipe(recipe, train.table),
		validation: applyRecipe(recipe, validation.table)
	};
	throwIfAborted(signal);
	const rng = createRng((settings.seed ^ BALANCE_SEED_SALT) >>> 0);
	const balanced = await balanceTraining(train, x.train, recipe, classCount, settings, rng, work);
	const spec = balanced.classWeights
		? { ...settings.model, classWeights: balanced.classWeights }
		: settings.model;
	const liveHistory: EpochReport[] = [];
	const m = settings.model;
	const step =
		m.family === 'gbdt' ? 'Iteration' : m.solver === 'lbfgs' ? 'Solver iteration' : 'Epoch';
	const trained = await trainFitted(
		{
			train: { x: balanced.x, y: balanced.y },
			validation: { x: x.validation, y: validation.y },
			classCount,
			spec,
			seed: settings.seed
		},
		{
			signal,
			onEpoch: (e) => {
				liveHistory.push(e);
				onProgress?.({
					phase: `${step} ${e.epoch + 1} of at most ${settings.model.maxEpochs}`,
					done: e.epoch + 1,
					total: settings.model.maxEpochs,
					etaMs: e.etaMs,
					history: liveHistory.slice()
				});
			}
		}
	);
	const { before, after, synthetic, notes, noteTexts } = balanced;
	return {
		recipe,
		trained,
		x,
		balance: { ...balanceOf(settings), before, after, synthetic, notes, noteTexts }
	};
}
