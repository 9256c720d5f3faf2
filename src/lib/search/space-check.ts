/**
 * Checks a search space the user narrowed: every range positive where it is log-scaled, min ≤ max, inside
 * what the model settings accept, and a non-empty choice list for every family searched. The search panel
 * shows the problems next to the fields (in the language in use); the train worker refuses a space that has
 * any (its error says the problem in English, and the page shows the error in the reader's language).
 */
import { BASE_LOCALE, m, text, type Locale } from '$lib/i18n';
import { settingNumber } from '$lib/models/describe-spec';
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

type Say = (locale?: Locale) => string;

/** Each range's label in a language (the English is `RANGE_LIMITS[field].label`). */
const RANGE_LABELS: Record<RangeField, Say> = {
	learningRate: (locale) => m.train_learning_rate({}, { locale }),
	l2: () => 'L2',
	dropout: (locale) => m.train_dropout({}, { locale }),
	treeLearningRate: (locale) => m.train_range_tree_learning_rate({}, { locale }),
	treeL2: (locale) => m.train_range_tree_l2({}, { locale })
};

/** Every problem of `space` (empty when it can be searched), in the language in use or in `locale`. */
export function searchSpaceProblems(space: SearchSpace, locale?: Locale): SpaceProblem[] {
	const o = { locale };
	const problems: SpaceProblem[] = [];
	const families = space.families ?? [];
	if (families.length === 0) {
		problems.push({ field: 'families', message: m.train_space_no_family({}, o) });
	}
	for (const family of families) {
		if (!MODEL_FAMILIES.includes(family)) {
			problems.push({ field: 'families', message: m.train_space_not_family({ family }, o) });
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
		const message = used ? rangeProblem(space[field], field, locale) : null;
		if (message) problems.push({ field, message });
	}
	const lists: [keyof SearchSpace, boolean, Say][] = [
		['hiddenLayouts', searches('mlp'), (l) => m.train_space_what_layouts({}, { locale: l })],
		['batchSizes', searches('mlp'), (l) => m.train_space_what_batch_sizes({}, { locale: l })],
		['scales', neural, (l) => m.train_space_what_scalings({}, { locale: l })],
		['treeLeaves', searches('gbdt'), (l) => m.train_space_what_leaves({}, { locale: l })],
		['treeDepths', searches('gbdt'), (l) => m.train_space_what_depths({}, { locale: l })],
		['treeMinLeafRows', searches('gbdt'), (l) => m.train_space_what_min_leaf({}, { locale: l })],
		['treeIterations', searches('gbdt'), (l) => m.train_space_what_iterations({}, { locale: l })],
		['oneHotK', true, (l) => m.train_space_what_onehot({}, { locale: l })]
	];
	for (const [field, used, what] of lists) {
		const list = space[field];
		if (used && (!Array.isArray(list) || list.length === 0)) {
			problems.push({ field, message: m.train_space_keep_one({ what: what(locale) }, o) });
		}
	}
	return problems;
}

/**
 * Throws when `space` has a problem.
 * @throws FaroError settings-invalid naming the first problem's field
 */
export function validateSearchSpace(space: SearchSpace): void {
	// The error's English is what logs and the CLI read; the page renders its keys in the reader's language.
	const [first] = searchSpaceProblems(space, BASE_LOCALE);
	if (first) {
		throw new FaroError(
			'settings-invalid',
			text('train_err_search_space', { problem: first.message }),
			{
				where: text('train_err_search_space_where', { field: first.field }),
				hint: text('train_err_search_space_hint')
			}
		);
	}
}

function rangeProblem(range: Range | undefined, field: RangeField, locale?: Locale): string | null {
	const { min, max } = RANGE_LIMITS[field];
	const label = RANGE_LABELS[field](locale);
	const o = { locale };
	if (!range || !Number.isFinite(range.min) || !Number.isFinite(range.max)) {
		return m.train_space_range_empty({ label }, o);
	}
	if (range.min < min || range.max > max) {
		return m.train_space_range_limits(
			{ label, min: settingNumber(min, locale), max: settingNumber(max, locale) },
			o
		);
	}
	if (range.min > range.max) return m.train_space_range_inverted({ label }, o);
	return null;
}
