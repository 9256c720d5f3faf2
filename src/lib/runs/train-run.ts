/**
 * One training run, start to finish: target → seeded stratified split → Recipe fitted on the training part →
 * model trained with early stopping on the validation part → threshold chosen on validation → metrics on the
 * untouched test part. Pure over its inputs (a Table and settings): the train worker and the Node CLI both
 * call it; the worker adds IndexedDB around it.
 */
import { takeRows, type Table } from '$lib/data/table';
import { applyRecipe, findLeaks } from '$lib/features';
import { disposeFitted, fittedArtifacts, predictFitted } from '$lib/models/fitted-model';
import { chooseThreshold, evaluate } from '$lib/eval';
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import type { ModelArtifacts, RunResult, TrainProgress, TrainSettings } from './types';
import { fitPipeline } from './pipeline';
import { splitRows } from './split-rows';
import { computeTermWeights } from './term-weights';

export type TrainWork = { signal?: AbortSignal; onProgress?: (p: TrainProgress) => void };

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
	const { signal, onProgress } = work;
	onProgress?.({ phase: 'Preparing features', done: 0, total: 0 });
	const { target, rows, classCount, split } = splitRows(table, settings);
	const part = (indices: Int32Array) => ({ table: takeRows(rows, indices), y: pick(target.y, indices) });
	const train = part(split.train);
	const validation = part(split.validation);
	const test = part(split.test);

	const warnings = findLeaks(train.table, settings.recipe, train.y).map((leak) => ({
		code: 'target-leak',
		message: leak.message
	}));
	throwIfAborted(signal);
	const {
		recipe: fitted,
		trained,
		x: fittedX,
		balance
	} = await fitPipeline(train, validation, classCount, settings, work);
	const x = { ...fittedX, test: applyRecipe(fitted, test.table) };
	try {
		onProgress?.({ phase: 'Evaluating on the test part', done: 0, total: 0 });
		const validationProba = await predictFitted(trained.model, x.validation);
		const testProba = await predictFitted(trained.model, x.test);
		const positiveIndex =
			classCount === 2 ? positiveClassIndex(settings.positiveLabel, target.labels, train.y) : undefined;
		const threshold =
			positiveIndex === undefined
				? undefined
				: chooseThreshold(
						columnOf(validationProba, classCount, positiveIndex),
						positivesOf(validation.y, positiveIndex),
						settings.threshold.method,
						settings.threshold.value
					);
		const options = { labels: target.labels, positiveIndex, threshold };
		const model: ModelArtifacts = await fittedArtifacts(trained.model);
		const termWeights =
			trained.model.kind === 'tfjs'
				? await computeTermWeights(trained.model.layers, fitted, x.test, test.y, target.labels, { signal })
				: undefined;
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
			metrics: evaluate(test.y, testProba, options),
			validationMetrics: evaluate(validation.y, validationProba, options),
			history: trained.history,
			bestEpoch: trained.bestEpoch,
			stoppedEarly: trained.stoppedEarly,
			featureCount: x.train.names.length,
			warnings,
			recipe: fitted,
			model,
			testRows: Array.from(split.test, (i) => target.keptRows[i]),
			balance,
			...(termWeights && { termWeights })
		};
	} finally {
		disposeFitted(trained.model);
	}
}

const pick = (y: Int32Array, indices: Int32Array) => Int32Array.from(indices, (i) => y[i]);

/** The positive class of a binary target: `label` when given, else the minority class of `y` (ties → the second). */
export function positiveClassIndex(label: string | null, labels: string[], y: Int32Array): number {
	if (label !== null) {
		const index = labels.indexOf(label);
		if (index < 0) {
			throw new FaroError('settings-invalid', `The positive class "${label}" is not a class of the target.`, {
				hint: `Choose one of: ${labels.join(', ')}.`
			});
		}
		return index;
	}
	const counts = [0, 0];
	for (const v of y) counts[v]++;
	return counts[1] <= counts[0] ? 1 : 0; // the minority class; ties → the second label
}

/** Column `column` of a row-major n × k probability matrix. */
export function columnOf(proba: Float32Array, k: number, column: number): Float64Array {
	const out = new Float64Array(proba.length / k);
	for (let i = 0; i < out.length; i++) out[i] = proba[i * k + column];
	return out;
}

/** 1 where `y` is the positive class, else 0. */
export const positivesOf = (y: Int32Array, positive: number) => Uint8Array.from(y, (v) => (v === positive ? 1 : 0));
