/** Checks of what `trainModel` receives: shapes that disagree are bugs upstream, settings are the user's. */
import { featureWidth, type FeatureMatrix } from '$lib/features/matrix';
import { FaroError } from '$lib/shared/errors';
import type { TrainInput } from './train-types';

/**
 * @throws FaroError settings-invalid (class weights that do not match the classes), no-features, internal
 *   (inconsistent shapes or labels), class-too-small (an empty training or validation part)
 */
export function validateTrainInput(input: TrainInput): void {
	const { train, validation, classCount, spec } = input;
	if (!Number.isInteger(classCount) || classCount < 2) {
		throw new FaroError(
			'target-single-class',
			`Training needs at least 2 classes; got ${classCount}.`,
			{
				hint: 'Choose a target column with two or more values.'
			}
		);
	}
	if (featureWidth(train.x) === 0) {
		throw new FaroError('no-features', 'There are no feature columns to learn from.', {
			hint: 'Set at least one column\'s role to "feature".'
		});
	}
	if (train.x.rowCount === 0 || validation.x.rowCount === 0) {
		throw new FaroError('class-too-small', 'The training or validation part has no rows.', {
			where: `train ${train.x.rowCount} rows, validation ${validation.x.rowCount} rows`,
			hint: 'Use more rows, or give the validation part a larger fraction.'
		});
	}
	checkClassWeights(spec.classWeights, classCount);
	checkPart('training', train.x, train.y, classCount);
	checkPart('validation', validation.x, validation.y, classCount);
	if (featureWidth(validation.x) !== featureWidth(train.x)) {
		throw internal(
			`validation has ${featureWidth(validation.x)} features, training ${featureWidth(train.x)}`
		);
	}
	if (train.sampleWeight && train.sampleWeight.length !== train.y.length) {
		throw internal(
			`${train.sampleWeight.length} sample weights for ${train.y.length} training rows`
		);
	}
	if (train.sampleWeight?.some((w) => !(w >= 0 && Number.isFinite(w)))) {
		throw internal('a sample weight is negative or not a number');
	}
}

function checkPart(name: string, x: FeatureMatrix, y: Int32Array, classCount: number): void {
	if (y.length !== x.rowCount)
		throw internal(`${name} has ${x.rowCount} feature rows but ${y.length} labels`);
	if (y.some((c) => !(c >= 0 && c < classCount)))
		throw internal(`${name} has a label outside 0..${classCount - 1}`);
	if (x.dense.some((v) => !Number.isFinite(v))) {
		throw internal(
			`${name} features contain NaN or infinity (missing values must be imputed first)`
		);
	}
}

const internal = (what: string) =>
	new FaroError('internal', `Training received inconsistent data: ${what}.`, {
		hint: 'This is a bug; the console has the details.'
	});

/**
 * One class weight per class, or none (shared by every model family).
 * @throws FaroError settings-invalid
 */
export function checkClassWeights(
	weights: readonly number[] | null | undefined,
	classCount: number
): void {
	if (weights && weights.length !== classCount) {
		throw new FaroError(
			'settings-invalid',
			`There are ${weights.length} class weights for ${classCount} classes.`,
			{
				where: 'model.classWeights',
				hint: 'Give one weight per class, or none.'
			}
		);
	}
}
