import { defaultRecipeSpec } from '$lib/features';
import { defaultModelSpec, type ModelFamily } from '$lib/models/spec';
import type { DatasetSettings } from '$lib/storage/dataset-record';
import { FaroError } from '$lib/shared/errors';
import type { TrainSettings } from './types';

export const DEFAULT_SEED = 42;

/**
 * Training settings chosen from the dataset's column settings: the default Recipe for the columns' kinds,
 * the default model for the row count, a 70/15/15 split, seed 42, automatic backend, F1-optimal threshold.
 * @throws FaroError target-missing when no target is chosen
 */
export function defaultTrainSettings(
	dataset: DatasetSettings,
	rowCount: number,
	family: ModelFamily = 'mlp'
): TrainSettings {
	if (!dataset.target) {
		throw new FaroError('target-missing', 'Choose the column to predict before training.', {
			hint: 'Pick the target on the Data screen.'
		});
	}
	return {
		target: dataset.target,
		columns: dataset.columns,
		recipe: defaultRecipeSpec(dataset.columns),
		model: defaultModelSpec(family, rowCount),
		split: { train: 0.7, validation: 0.15, test: 0.15 },
		seed: DEFAULT_SEED,
		backend: 'auto',
		positiveLabel: null,
		threshold: { method: 'f1', value: 0.5 }
	};
}
