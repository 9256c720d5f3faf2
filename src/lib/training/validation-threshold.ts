/**
 * The decision threshold of a binary model, chosen on validation probabilities the way every evaluation in Faro
 * chooses it: a run (train-run.ts), each cross-validation fold (search/cross-validate.ts) and a blend of
 * trials scored on the folds (search/ensemble-select.ts). Free of TF.js.
 */
import { chooseThreshold } from '$lib/eval';
import type { TrainSettings } from '$lib/runs/types';

/** Column `column` of a row-major n × k probability matrix. */
export function columnOf(proba: ArrayLike<number>, k: number, column: number): Float64Array {
	const out = new Float64Array(proba.length / k);
	for (let i = 0; i < out.length; i++) out[i] = proba[i * k + column];
	return out;
}

/** 1 where `y` is the positive class, else 0. */
export const positivesOf = (y: Int32Array, positive: number) =>
	Uint8Array.from(y, (v) => (v === positive ? 1 : 0));

/**
 * The threshold on p(positive) chosen on the validation rows with the settings' method; undefined when the target
 * is not binary (`positiveIndex` undefined: the most probable class wins).
 * @example
 * const cut = thresholdOnValidation(validationProba, validationY, 2, 1, { method: 'f1', value: 0.5 });
 */
export function thresholdOnValidation(
	validationProba: ArrayLike<number>,
	validationY: Int32Array,
	classCount: number,
	positiveIndex: number | undefined,
	threshold: TrainSettings['threshold']
): number | undefined {
	if (positiveIndex === undefined) return undefined;
	return chooseThreshold(
		columnOf(validationProba, classCount, positiveIndex),
		positivesOf(validationY, positiveIndex),
		threshold.method,
		threshold.value,
		threshold.costs
	);
}
