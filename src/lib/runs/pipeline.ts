/**
 * The part of a run that is repeated for every training set — a run's training part, or a cross-validation
 * fold: fit the Recipe on the training rows only, apply it to the training and validation rows, (balance the
 * training rows,) and train the model with early stopping on the validation rows. Evaluation is the caller's.
 */
import type { Table } from '$lib/data/table';
import { applyRecipe, fitRecipe, type FeatureMatrix, type FittedRecipe } from '$lib/features';
import { trainModel, type EpochReport, type TrainedModel } from '$lib/models';
import { throwIfAborted } from '$lib/shared/errors';
import type { TrainProgress, TrainSettings } from './types';

/** Rows of one part: the raw table and the encoded target. */
export type Part = { table: Table; y: Int32Array };

export type FittedPipeline = {
	recipe: FittedRecipe;
	trained: TrainedModel;
	x: { train: FeatureMatrix; validation: FeatureMatrix };
};

export type PipelineWork = { signal?: AbortSignal; onProgress?: (p: TrainProgress) => void };

/**
 * Fits the Recipe on `train`, trains the model with early stopping on `validation`. The caller disposes
 * `trained.model`.
 * @throws FaroError no-features, column-all-missing, settings-invalid, training-diverged, cancelled
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
	const x = { train: applyRecipe(recipe, train.table), validation: applyRecipe(recipe, validation.table) };
	throwIfAborted(signal);
	const liveHistory: EpochReport[] = [];
	const trained = await trainModel(
		{
			train: { x: x.train, y: train.y },
			validation: { x: x.validation, y: validation.y },
			classCount,
			spec: settings.model,
			seed: settings.seed
		},
		{
			signal,
			onEpoch: (e) => {
				liveHistory.push(e);
				onProgress?.({
					phase: `Epoch ${e.epoch + 1} of at most ${settings.model.maxEpochs}`,
					done: e.epoch + 1,
					total: settings.model.maxEpochs,
					etaMs: e.etaMs,
					history: liveHistory.slice()
				});
			}
		}
	);
	return { recipe, trained, x };
}
