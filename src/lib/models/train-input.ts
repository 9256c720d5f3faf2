/** Checks of what `trainModel` receives: shapes that disagree are bugs upstream, settings are the user's. */
import { featureWidth, type FeatureMatrix } from '$lib/shared/feature-matrix';
import { FaroError } from '$lib/shared/errors';
import { text } from '$lib/i18n';
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
			text('err_train_single_class', { count: String(classCount) }),
			{
				hint: text('err_train_single_class_hint')
			}
		);
	}
	if (featureWidth(train.x) === 0) {
		throw new FaroError('no-features', text('err_train_no_features'), {
			hint: text('err_train_no_features_hint')
		});
	}
	if (train.x.rowCount === 0 || validation.x.rowCount === 0) {
		throw new FaroError('class-too-small', text('err_train_empty_part'), {
			where: text('err_train_where_rows', {
				train: train.x.rowCount,
				validation: validation.x.rowCount
			}),
			hint: text('err_train_empty_part_hint')
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
	new FaroError('internal', text('err_train_internal', { what }), {
		hint: text('err_train_bug_hint')
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
			text('err_train_class_weights_count', { weights: weights.length, classes: classCount }),
			{
				where: 'model.classWeights',
				hint: text('err_train_class_weights_count_hint')
			}
		);
	}
}
