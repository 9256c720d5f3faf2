/**
 * The final fit of `TrainSettings.finalFit: 'train+validation'` (AutoGluon's refit_full): once the fit on the
 * training part has chosen the threshold and the number of epochs, the model is fitted again on the training
 * + validation rows (Recipe and balancing refitted on them too) for that many epochs, with no early stopping,
 * so the shipped model sees every non-test row, as scikit-learn's reference fit does. train-run.ts runs it.
 */
import { takeRows, type Table } from '$lib/data/table';
import type { ModelFamily, Split } from '$lib/models';
import type { TrainedFit } from '$lib/models/fitted-model';
import type { TrainSettings } from '$lib/runs/types';
import type { Part } from './part';

/**
 * The settings of the refit: the epochs / boosting iterations the first fit chose (its best epoch's count) with
 * a patience that never runs out. A logistic regression solved by L-BFGS keeps its iteration cap: the solver
 * goes to the optimum of the objective, so there is no epoch count to carry over.
 */
export function finalFitSettings(settings: TrainSettings, first: TrainedFit): TrainSettings {
	const model = settings.model;
	if (model.family === 'logistic' && model.solver === 'lbfgs') return settings;
	const epochs = first.bestEpoch + 1;
	return { ...settings, model: { ...model, maxEpochs: epochs, patience: epochs } };
}

/**
 * The parts the refit is given: as training, the split's training rows followed by its validation rows (of
 * `rows`, the table the split indexes, with encoded target `y`). As validation, gradient boosting gets none
 * (every iteration is kept); TF.js training requires some, so it gets those same rows: L-BFGS only reports
 * their loss, and Adam, whose patience outlasts its epochs, keeps the epoch with the lowest loss on them
 * (in practice the last; the refit's `bestEpoch` says which).
 */
export function finalFitParts(
	rows: Table,
	y: Int32Array,
	split: Split,
	family: ModelFamily
): { train: Part; validation: Part } {
	const indices = new Int32Array(split.train.length + split.validation.length);
	indices.set(split.train);
	indices.set(split.validation, split.train.length);
	const train = { table: takeRows(rows, indices), y: Int32Array.from(indices, (i) => y[i]) };
	const none = new Int32Array(0);
	const validation = family === 'gbdt' ? { table: takeRows(rows, none), y: none } : train;
	return { train, validation };
}
