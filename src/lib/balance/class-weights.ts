/** Class weights inversely proportional to class frequency. */
import { text } from '../i18n/text';
import { FaroError } from '../shared/errors';
import { countClasses } from './strategy';

/**
 * scikit-learn `compute_class_weight('balanced')`: n_rows / (n_classes × rows of the class), n_classes being the
 * classes present in `y`. A class with no rows gets weight 0 (sklearn refuses such a class; it contributes no
 * loss anyway).
 * @throws FaroError settings-invalid for an empty `y` or a label outside `0..classCount-1`.
 */
export function balancedClassWeights(y: Int32Array, classCount: number): number[] {
	if (y.length === 0) {
		throw new FaroError('settings-invalid', text('err_balance_weights_empty'), {
			where: text('err_where_class_weights'),
			hint: text('err_balance_weights_empty_hint')
		});
	}
	const counts = countClasses(y, classCount);
	const present = counts.filter((n) => n > 0).length;
	return counts.map((n) => (n > 0 ? y.length / (present * n) : 0));
}
