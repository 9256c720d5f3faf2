/**
 * One training run, start to finish: target → seeded stratified split → Recipe fitted on the training part →
 * model trained with early stopping on the validation part → threshold chosen on validation → metrics on the
 * untouched test part. With `settings.finalFit` 'train+validation' the model is then refitted on the training
 * + validation rows for the epochs that fit chose (final-fit.ts), the threshold kept. Pure over its inputs (a
 * Table and settings): the train worker and the Node CLI both call it; the worker adds IndexedDB around it.
 * The steps are exported one by one (`prepareRun`, `fitRunModel`, `evaluateRun`) because a blend of models
 * (search/ensemble-run.ts) fits each member exactly as a run fits its model.
 */
import { takeRows, type Table } from '$lib/data/table';
import type { EncodedTarget, FeatureMatrix } from '$lib/features';
import { applyRecipe, findLeaks } from '$lib/features';
import type { Split } from '$lib/models';
import {
	disposeFitted,
	fittedArtifacts,
	predictFitted,
	type TrainedFit
} from '$lib/models/fitted-model';
import { predictTable } from '$lib/bundle/predict';
import { checkCosts, evaluate, thresholdSweep, type ErrorCosts } from '$lib/eval';
import { columnOf, positivesOf, thresholdOnValidation } from './validation-threshold';
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import type { ModelArtifacts, RunResult, TrainProgress, TrainSettings } from '$lib/runs/types';
import { fitPipeline, type FittedPipeline, type Part } from './pipeline';
import { finalFitParts, finalFitSettings } from './final-fit';
import { splitRows } from './split-rows';
import { computeTermWeights } from './term-weights';
import {
	IMPORTANCE_MAX_ROWS,
	permutationImportance,
	type PermutationImportance
} from './importance';
import { createRng, shuffledIndices } from '$lib/shared/rng';
import { scoreProfile, trainingReference } from '$lib/explain/reference';
import { treeColumnImportance } from '$lib/explain/tree-importance';

export type TrainWork = { signal?: AbortSignal; onProgress?: (p: TrainProgress) => void };

/** A run's rows: the encoded target, the split, and the three parts. */
export type PreparedRun = {
	/** The rows the split's indices point into (rows without a target dropped). */
	rows: Table;
	target: EncodedTarget;
	classCount: number;
	split: Split;
	train: Part;
	validation: Part;
	test: Part;
};

/** One model fitted on a run's training part, with its probabilities on the validation and test parts. */
export type FittedRunModel = FittedPipeline & {
	/** The test part's features (the fitted Recipe applied to it). */
	xTest: FeatureMatrix;
	/** Row-major `rows × classes`. */
	validationProba: Float32Array;
	testProba: Float32Array;
};

/** The model refitted on training + validation rows (`fitRows`, before balancing). */
export type FinalFit = FittedRunModel & { fitRows: Part };

/** What evaluating a run's probabilities gives: the parts of RunResult that do not depend on the model. */
export type RunEvaluation = Pick<
	RunResult,
	| 'labels'
	| 'positiveLabel'
	| 'threshold'
	| 'thresholdMethod'
	| 'splitSizes'
	| 'metrics'
	| 'validationMetrics'
	| 'testRows'
	| 'thresholdSweep'
	| 'costs'
	| 'testScores'
>;

/**
 * Trains and evaluates a model on `table` with `settings`.
 * @throws FaroError target-missing, target-single-class, target-too-many-classes, class-too-small,
 *   no-features, column-all-missing, training-diverged, cancelled
 * @example
 * const result = await trainRun(table, settings, { onProgress: (p) => console.log(p.phase) });
 * console.log(result.metrics.rocAuc);
 */
export async function trainRun(
	table: Table,
	settings: TrainSettings,
	work: TrainWork = {}
): Promise<RunResult> {
	work.onProgress?.({ phase: 'Preparing features', done: 0, total: 0 });
	const run = prepareRun(table, settings);
	const warnings = leakWarnings(run, settings);
	throwIfAborted(work.signal);
	const first = await fitRunModel(run, settings, work);
	let final: FinalFit | null = null;
	try {
		if (settings.finalFit === 'train+validation')
			final = await fitFinalModel(run, settings, first.trained, work);
		return await runResult(run, settings, { first, final, warnings }, work);
	} finally {
		disposeFitted(first.trained.model);
		if (final) disposeFitted(final.trained.model);
	}
}

/**
 * The run's result. `first` (fitted on the training part) gives the threshold, the validation metrics, the
 * sweep and the history; the model, recipe, test metrics, importance, term weights and reference come from
 * `final` (refitted on training + validation) when there is one, else from `first`.
 */
async function runResult(
	run: PreparedRun,
	settings: TrainSettings,
	fits: { first: FittedRunModel; final: FinalFit | null; warnings: RunResult['warnings'] },
	work: TrainWork
): Promise<RunResult> {
	const { first, final, warnings } = fits;
	const shipped = final ?? first;
	const { trained, recipe } = shipped;
	const model: ModelArtifacts = await fittedArtifacts(trained.model);
	const termWeights =
		trained.model.kind === 'tfjs'
			? await computeTermWeights(
					trained.model.layers,
					recipe,
					shipped.xTest,
					run.test.y,
					run.target.labels,
					{ signal: work.signal }
				)
			: undefined;
	const evaluation = evaluateRun(run, settings, first.validationProba, shipped.testProba);
	const importances = await runImportance(
		run,
		// the refitted model has seen the validation rows: importance on them would be in-sample
		final ? { ...settings, importance: { validation: false } } : settings,
		evaluation,
		(t) => predictTable(trained.model, recipe, t),
		work
	);
	const fitTable = final ? final.fitRows.table : run.train.table;
	const reference = trainingReference(fitTable, recipe.inputs, {
		// linear contributions are measured from the mean training row (before any oversampling)
		features: trained.model.kind === 'tfjs' ? applyRecipe(recipe, fitTable) : undefined,
		// the score's drift reference is taken on rows the shipped model has not seen
		score: scoreProfile(
			final ? final.testProba : heldOut(first.validationProba, first.testProba),
			evaluation.labels,
			evaluation.positiveLabel
		)
	});
	const treeImportance =
		trained.model.kind === 'gbdt' ? treeColumnImportance(trained.model.trees, recipe) : null;
	return {
		...evaluation,
		...importances,
		reference,
		...(treeImportance && { treeImportance }),
		history: first.trained.history,
		bestEpoch: first.trained.bestEpoch,
		stoppedEarly: first.trained.stoppedEarly,
		featureCount: shipped.x.train.names.length,
		warnings,
		recipe,
		model,
		balance: shipped.balance,
		...(termWeights && { termWeights }),
		...(final && {
			finalFit: { rows: final.fitRows.y.length, epochs: final.trained.bestEpoch + 1 }
		})
	};
}

/**
 * The final fit (final-fit.ts): the model fitted again on the run's training + validation rows, for the epochs
 * the fit on the training part (`first`) chose, and scored on the test part. The caller disposes its model.
 * A blend (search/ensemble-run.ts) refits each member this way.
 * @throws FaroError like fitRunModel
 */
export async function fitFinalModel(
	run: PreparedRun,
	settings: TrainSettings,
	first: TrainedFit,
	work: TrainWork
): Promise<FinalFit> {
	work.onProgress?.({ phase: 'Refitting on the training + validation rows', done: 0, total: 0 });
	const parts = finalFitParts(run.rows, run.target.y, run.split, settings.model.family);
	const fitted = await fitRunModel({ ...run, ...parts }, finalFitSettings(settings, first), work);
	return { ...fitted, fitRows: parts.train };
}

/**
 * Encodes the target and splits the rows into training, validation and test parts (split-rows.ts).
 * @throws FaroError target-missing, target-single-class, target-too-many-classes, class-too-small;
 *   eval-input-invalid when the threshold is chosen by cost without valid costs (before any training)
 */
export function prepareRun(table: Table, settings: TrainSettings): PreparedRun {
	if (settings.threshold.method === 'cost') checkCosts(settings.threshold.costs);
	const { target, rows, classCount, split } = splitRows(table, settings);
	const part = (indices: Int32Array): Part => ({
		table: takeRows(rows, indices),
		y: pick(target.y, indices)
	});
	return {
		rows,
		target,
		classCount,
		split,
		train: part(split.train),
		validation: part(split.validation),
		test: part(split.test)
	};
}

/** Target-leak warnings for the features `settings.recipe` makes from the training part. */
export const leakWarnings = (run: PreparedRun, settings: TrainSettings): RunResult['warnings'] =>
	findLeaks(run.train.table, settings.recipe, run.train.y).map((leak) => ({
		code: 'target-leak',
		message: leak.message
	}));

/**
 * Fits `settings`' Recipe and model on the run's training part (early stopping on its validation part,
 * pipeline.ts) and scores the validation and test parts. The caller disposes `trained.model`.
 * @throws FaroError no-features, column-all-missing, settings-invalid, class-too-small, training-diverged,
 *   cancelled
 */
export async function fitRunModel(
	run: PreparedRun,
	settings: TrainSettings,
	work: TrainWork = {}
): Promise<FittedRunModel> {
	const fitted = await fitPipeline(run.train, run.validation, run.classCount, settings, work);
	try {
		work.onProgress?.({ phase: 'Evaluating on the test part', done: 0, total: 0 });
		const xTest = applyRecipe(fitted.recipe, run.test.table);
		const validationProba = await predictFitted(fitted.trained.model, fitted.x.validation);
		const testProba = await predictFitted(fitted.trained.model, xTest);
		return { ...fitted, xTest, validationProba, testProba };
	} catch (err) {
		disposeFitted(fitted.trained.model);
		throw err;
	}
}

/**
 * Binary targets: the threshold chosen on the validation probabilities (`settings.threshold`); then the
 * metrics of the test and validation probabilities, with the split's sizes and the test rows.
 * @throws FaroError settings-invalid when `settings.positiveLabel` is not a class
 */
export function evaluateRun(
	run: PreparedRun,
	settings: TrainSettings,
	validationProba: Float32Array,
	testProba: Float32Array
): RunEvaluation {
	const { target, classCount, split, train, validation, test } = run;
	const positiveIndex =
		classCount === 2
			? positiveClassIndex(settings.positiveLabel, target.labels, train.y)
			: undefined;
	const threshold = thresholdOnValidation(
		validationProba,
		validation.y,
		classCount,
		positiveIndex,
		settings.threshold
	);
	const options = { labels: target.labels, positiveIndex, threshold };
	const metrics = evaluate(test.y, testProba, options);
	const validationMetrics = evaluate(validation.y, validationProba, options);
	const costs = settings.threshold.method === 'cost' ? settings.threshold.costs : undefined;
	const sweep =
		positiveIndex === undefined || validation.y.length === 0
			? undefined
			: thresholdSweep(
					columnOf(validationProba, classCount, positiveIndex),
					positivesOf(validation.y, positiveIndex),
					costs ?? null
				);
	return {
		labels: target.labels,
		positiveLabel: positiveIndex === undefined ? null : target.labels[positiveIndex],
		threshold: threshold ?? null,
		thresholdMethod: settings.threshold.method,
		splitSizes: {
			train: split.train.length,
			validation: split.validation.length,
			test: split.test.length,
			droppedMissingTarget: target.droppedMissing
		},
		metrics,
		validationMetrics,
		testRows: Array.from(split.test, (i) => target.keptRows[i]),
		...(sweep && { thresholdSweep: sweep }),
		...(positiveIndex !== undefined && {
			testScores: {
				p: Array.from(columnOf(testProba, classCount, positiveIndex)),
				positive: Array.from(positivesOf(test.y, positiveIndex))
			}
		}),
		...(costs &&
			positiveIndex !== undefined && {
				costs: {
					...costs,
					test: errorCost(metrics.confusion, positiveIndex, costs),
					validation: errorCost(validationMetrics.confusion, positiveIndex, costs)
				}
			})
	};
}

/** The validation and test parts' probabilities, end to end (the rows the score's drift reference is taken on). */
export function heldOut(validation: Float32Array, test: Float32Array): Float32Array {
	const out = new Float32Array(validation.length + test.length);
	out.set(validation);
	out.set(test, validation.length);
	return out;
}

const pick = (y: Int32Array, indices: Int32Array) => Int32Array.from(indices, (i) => y[i]);

/** FP · c₊ + FN · c₋ from a binary confusion matrix (rows = true class), in total and per row. */
function errorCost(
	confusion: number[][],
	positiveIndex: number,
	costs: ErrorCosts
): { total: number; perRow: number } {
	const negative = 1 - positiveIndex;
	const fp = confusion[negative][positiveIndex];
	const fn = confusion[positiveIndex][negative];
	const rows = confusion.flat().reduce((a, b) => a + b, 0);
	const total = fp * costs.falsePositive + fn * costs.falseNegative;
	return { total, perRow: rows > 0 ? total / rows : 0 };
}

/**
 * Permutation importance of every feature column on the run's test part (importance.ts), and on its
 * validation part too when `settings.importance.validation` asks, by the part's ROC AUC (accuracy at the
 * run's threshold where ROC AUC is undefined); `predict` scores raw rows (the model with its Recipe, or a blend).
 * A part of more than `IMPORTANCE_MAX_ROWS` rows is subsampled (seeded; scikit-learn's `max_samples`):
 * the cost is columns × repeats predictions of those rows, per part.
 */
export async function runImportance(
	run: PreparedRun,
	settings: TrainSettings,
	evaluation: RunEvaluation,
	predict: (table: Table) => Promise<Float32Array>,
	work: TrainWork = {}
): Promise<Pick<RunResult, 'importance' | 'validationImportance'>> {
	const importance = await partImportance(
		run.test,
		evaluation.metrics,
		'test',
		settings,
		evaluation,
		predict,
		work
	);
	if (!settings.importance?.validation || run.validation.y.length === 0) return { importance };
	const validationImportance = await partImportance(
		run.validation,
		evaluation.validationMetrics,
		'validation',
		settings,
		evaluation,
		predict,
		work
	);
	return { importance, validationImportance };
}

async function partImportance(
	part: Part,
	metrics: RunResult['metrics'],
	name: 'test' | 'validation',
	settings: TrainSettings,
	evaluation: RunEvaluation,
	predict: (table: Table) => Promise<Float32Array>,
	work: TrainWork
): Promise<PermutationImportance> {
	const { labels, positiveLabel, threshold } = evaluation;
	const options = {
		labels,
		positiveIndex: positiveLabel === null ? undefined : labels.indexOf(positiveLabel),
		threshold: threshold ?? undefined
	};
	const rows = importanceRows(part.table.rowCount, settings.seed);
	const table = rows ? takeRows(part.table, rows) : part.table;
	const y = rows ? pick(part.y, rows) : part.y;
	// decided on the rows scored: a subsample can miss a rare class, and ROC AUC is then undefined
	const baseline = rows ? evaluate(y, await predict(table), options) : metrics;
	const metric = baseline.rocAuc === null ? 'accuracy' : 'rocAuc';
	const score = async (t: Table) => {
		const m = evaluate(y, await predict(t), options);
		return metric === 'rocAuc' ? (m.rocAuc ?? NaN) : m.accuracy;
	};
	const columns = settings.columns.filter((c) => c.role === 'feature').map((c) => c.name);
	const onProgress = work.onProgress;
	const result = await permutationImportance(
		table,
		columns,
		score,
		{ metric, seed: settings.seed },
		{
			signal: work.signal,
			onProgress:
				onProgress &&
				(name === 'validation'
					? (p) => onProgress({ ...p, phase: `${p.phase} (validation)` })
					: onProgress)
		}
	);
	return { ...result, part: name };
}

/** The test rows importance scores: all of them, or a seeded sorted subset of `IMPORTANCE_MAX_ROWS`. */
function importanceRows(count: number, seed: number): Int32Array | null {
	if (count <= IMPORTANCE_MAX_ROWS) return null;
	const all = shuffledIndices(count, createRng((seed ^ 0x1a9e) >>> 0));
	return all.slice(0, IMPORTANCE_MAX_ROWS).sort();
}

/** The positive class of a binary target: `label` when given, else the minority class of `y` (ties → the second). */
export function positiveClassIndex(label: string | null, labels: string[], y: Int32Array): number {
	if (label !== null) {
		const index = labels.indexOf(label);
		if (index < 0) {
			throw new FaroError('settings-invalid', text('err_train_unknown_positive', { label }), {
				hint: text('err_settings_choose_one_of', { choices: labels.join(', ') })
			});
		}
		return index;
	}
	const counts = [0, 0];
	for (const v of y) counts[v]++;
	return counts[1] <= counts[0] ? 1 : 0; // the minority class; ties → the second label
}

export { columnOf, positivesOf } from './validation-threshold';
