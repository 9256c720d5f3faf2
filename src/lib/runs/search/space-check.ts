/**
 * Checks a search space the user narrowed: every range positive where it is log-scaled, min ≤ max, inside
 * what the model settings accept, and a non-empty choice list for every family searched. The search panel
 * shows the problems next to the fields; the train worker refuses a space that has any.
 */
import { MODEL_FAMILIES } from '$lib/models/spec';
import { FaroError } from '$lib/shared/errors';
import type { Range, SearchSpace } from './space';

/** One problem: the field of `SearchSpace` it concerns and a sentence saying what is expected. */
export type SpaceProblem = { field: keyof SearchSpace; message: string };

/** The limits of each range: what validateModelSpec accepts, and whether it is searched on a log scale. */
export const RANGE_LIMITS = {
	learningRate: { label: 'Learning rate', min: 1e-6, max: 1, log: true },
	l2: { label: 'L2', min: 1e-8, max: 10, log: true },
	dropout: { label: 'Dropout', min: 0, max: 0.9, log: false },
	treeLearningRate: { label: 'Trees: learning rate', min: 1e-4, max: 1, log: true },
	treeL2: { label: 'Trees: L2', min: 1e-6, max: 10, log: true }
} as const satisfies Record<string, { label: string; min: number; max: number; log: boolean }>;

export type RangeField = keyof typeof RANGE_LIMITS;

/** Every problem of `space` (empty when it can be searched). */
export function searchSpaceProblems(space: SearchSpace): SpaceProblem[] {
	const problems: SpaceProblem[] = [];
	const families = space.families ?? [];
	if (families.length === 0) {
		problems.push({ field: 'families', message: 'Choose at least one model family.' });
	}
	for (const family of families) {
		if (!MODEL_FAMILIES.includes(family)) {
			problems.push({ field: 'families', message: `"${family}" is not a model family.` });
		}
	}
	const searches = (family: string) => families.some((f) => f === family);
	const neural = searches('logistic') || searches('mlp');
	const ranges: [RangeField, boolean][] = [
		['learningRate', searches('mlp')],
		['l2', neural],
		['dropout', searches('mlp')],
		['treeLearningRate', searches('gbdt')],
		['treeL2', searches('gbdt')]
	];
	for (const [field, used] of ranges) {
		const message = used ? rangeProblem(space[field], RANGE_LIMITS[field]) : null;
		if (message) problems.push({ field, message });
	}
	const lists: [keyof SearchSpace, boolean, string][] = [
		['hiddenLayouts', searches('mlp'), 'MLP layouts'],
		['batchSizes', searches('mlp'), 'batch sizes'],
		['scales', neural, 'scalings'],
		['treeLeaves', searches('gbdt'), 'leaf counts'],
		['treeDepths', searches('gbdt'), 'depth limits'],
		['treeMinLeafRows', searches('gbdt'), 'rows per leaf'],
		['treeIterations', searches('gbdt'), 'iteration counts'],
		['oneHotK', true, 'one-hot level counts']
	];
	for (const [field, used, what] of lists) {
		const list = space[field];
		if (used && (!Array.isArray(list) || list.length === 0)) {
			problems.push({ field, message: `Keep at least one of the ${what}.` });
		}
	}
	return problems;
}

/**
 * Throws when `space` has a problem.
 * @throws FaroError settings-invalid naming the first problem's field
 */
export function validateSearchSpace(space: SearchSpace): void {
	const [first] = searchSpaceProblems(space);
	if (first) {
		throw new FaroError('settings-invalid', `The search range is not usable: ${first.message}`, {
			where: `search space: ${first.field}`,
			hint: 'Fix the range in "Find the best model", or reset the ranges to the defaults.'
		});
	}
}

function rangeProblem(
	range: Range | undefined,
	limits: { label: string; min: number; max: number; log: boolean }
): string | null {
	const { label, min, max } = limits;
	if (!range || !Number.isFinite(range.min) || !Number.isFinite(range.max)) {
		return `${label}: enter a lowest and a highest value.`;
	}
	if (range.min < min || range.max > max) {
		return `${label}: values must lie between ${min} and ${max}.`;
	}
	if (range.min > range.max) return `${label}: the lowest value is above the highest.`;
	return null;
}
