/**
 * The balance step of a pipeline: after the Recipe is fitted on the training part and applied to it, and before
 * the model is trained, the training rows (never validation or test rows) are re-balanced by the method the
 * user chose. Decisions:
 * - SMOTE and Borderline-SMOTE interpolate the dense features. When the Recipe has text features (a sparse
 *   TF-IDF part) they are refused with `settings-invalid`: Euclidean neighbours in thousands of sparse TF-IDF
 *   dimensions are close to arbitrary and an interpolated TF-IDF vector is no document, so random
 *   over-sampling or class weights are suggested instead. SMOTE-NC still works with text (see balance-mixed.ts).
 * - SMOTE on one-hot columns gives fractional category values (as imbalanced-learn's SMOTE would); a note says
 *   so and points to SMOTE-NC, which interpolates the raw columns and encodes afterwards.
 * - Random over-sampling appends duplicates of training rows; they count as "synthetic" rows in the summary.
 */
import {
	balancedClassWeights,
	countClasses,
	oversampleBorderline,
	oversampleRandom,
	oversampleSmote,
	undersampleRandom,
	type Dense
} from '$lib/balance';
import { appendRows, takeFeatureRows, type FeatureMatrix, type FittedRecipe } from '$lib/features';
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import { inEnglish, text, type Text } from '$lib/i18n';
import type { Progress } from '$lib/shared/progress';
import type { Rng } from '$lib/shared/rng';
import { oversampleTable } from './balance-mixed';
import { DEFAULT_BALANCE } from '$lib/runs/default-settings';
import type { Part, PipelineWork } from './part';
import type { BalanceMethod, BalanceSettings, TrainSettings } from '$lib/runs/types';

/** The rebalanced training rows, the class weights for the loss (class-weights method only), and a summary. */
export type BalancedTraining = {
	x: FeatureMatrix;
	y: Int32Array;
	classWeights: number[] | null;
	before: number[];
	after: number[];
	synthetic: number;
	/** What the user should know (k reduced for a small class…), in English. */
	notes: string[];
	/** The same notes as catalogue Texts, for the page's language. */
	noteTexts: Text[];
};

/** Names shown in progress and notes. */
export const BALANCE_METHOD_NAMES: Record<BalanceMethod, string> = {
	none: 'none',
	'class-weights': 'class weights',
	'random-over': 'random over-sampling',
	'random-under': 'random under-sampling',
	smote: 'SMOTE',
	'smote-nc': 'SMOTE-NC',
	borderline: 'Borderline-SMOTE'
};

/** The run's balance settings; settings stored before balancing existed mean none. */
export const balanceOf = (settings: Pick<TrainSettings, 'balance'>): BalanceSettings =>
	settings.balance ?? DEFAULT_BALANCE;

/**
 * Balances the training part `train`, whose encoded features are `x` (the fitted `recipe` applied to
 * `train.table`). The inputs are not modified; the same `rng` state gives the same rows.
 * @throws FaroError settings-invalid (unknown method, bad k or ratio, SMOTE with text features, SMOTE-NC
 *   without both numeric and categorical features), class-too-small, cancelled
 */
export async function balanceTraining(
	train: Part,
	x: FeatureMatrix,
	recipe: FittedRecipe,
	classCount: number,
	settings: Pick<TrainSettings, 'balance'>,
	rng: Rng,
	work: PipelineWork = {}
): Promise<BalancedTraining> {
	const balance = balanceOf(settings);
	validateBalance(balance);
	const { y } = train;
	const before = countClasses(y, classCount);
	const unchanged = {
		x,
		y,
		classWeights: null,
		before,
		after: before,
		synthetic: 0,
		notes: [],
		noteTexts: []
	};
	if (balance.method === 'none') return unchanged;
	if (balance.method === 'class-weights') {
		return { ...unchanged, classWeights: balancedClassWeights(y, classCount) };
	}
	throwIfAborted(work.signal);
	const phase = `Balancing classes (${BALANCE_METHOD_NAMES[balance.method]})`;
	work.onProgress?.({ phase, done: 0, total: 0 });
	const options = {
		k: balance.k,
		strategy: balance.strategy,
		rng,
		signal: work.signal,
		onProgress: (p: Progress) => work.onProgress?.({ phase, done: p.done, total: p.total })
	};
	const added = await addedRows(balance.method, train, x, recipe, classCount, options);
	throwIfAborted(work.signal);
	const after = countClasses(added.y, classCount);
	const total = y.length;
	work.onProgress?.({ phase, done: total, total });
	const { notes, ...rows } = added;
	return {
		...rows,
		classWeights: null,
		before,
		after,
		notes: notes.map(inEnglish),
		noteTexts: notes
	};
}

type Options = Parameters<typeof oversampleSmote>[1] & { k: number };
type Rows = { x: FeatureMatrix; y: Int32Array; synthetic: number; notes: Text[] };

async function addedRows(
	method: Exclude<BalanceMethod, 'none' | 'class-weights'>,
	train: Part,
	x: FeatureMatrix,
	recipe: FittedRecipe,
	classCount: number,
	options: Options
): Promise<Rows> {
	const { y } = train;
	if (method === 'random-under') {
		const { keep } = undersampleRandom({ y, classCount }, options.strategy, options.rng);
		return { x: takeFeatureRows(x, keep), y: pick(y, keep), synthetic: 0, notes: [] };
	}
	if (method === 'random-over') {
		const { indices } = oversampleRandom({ y, classCount }, options.strategy, options.rng);
		const extra = takeFeatureRows(x, indices);
		return withRows(x, y, extra, pick(y, indices), []);
	}
	if (method === 'smote-nc') {
		const made = await oversampleTable(train, recipe, classCount, options);
		return withRows(x, y, made.x, made.y, made.notes);
	}
	if (x.sparse) {
		throw new FaroError(
			'settings-invalid',
			text('err_balance_text_features', {
				method: BALANCE_METHOD_NAMES[method],
				width: x.sparse.width
			}),
			{
				where: text('err_balance_where_method'),
				hint: text('err_balance_text_features_hint')
			}
		);
	}
	const dense: Dense = { x: x.dense, width: x.denseWidth, y, classCount };
	const made =
		method === 'smote'
			? await oversampleSmote(dense, options)
			: await oversampleBorderline(dense, options);
	const extra: FeatureMatrix = {
		rowCount: made.y.length,
		dense: made.x,
		denseWidth: x.denseWidth,
		sparse: null,
		names: x.names
	};
	return withRows(x, y, extra, made.y, [...made.notes, ...oneHotNote(recipe, method)]);
}

function withRows(
	x: FeatureMatrix,
	y: Int32Array,
	extra: FeatureMatrix,
	extraY: Int32Array,
	notes: Text[]
): Rows {
	const allY = new Int32Array(y.length + extraY.length);
	allY.set(y);
	allY.set(extraY, y.length);
	return { x: appendRows(x, extra), y: allY, synthetic: extraY.length, notes };
}

function oneHotNote(recipe: FittedRecipe, method: 'smote' | 'borderline'): Text[] {
	const oneHot = recipe.dense.some((s) => s.type === 'categorical' && s.encoding === 'onehot');
	if (!oneHot) return [];
	return [text('runs_balance_note_one_hot', { method: BALANCE_METHOD_NAMES[method] })];
}

const pick = (y: Int32Array, rows: Int32Array) => Int32Array.from(rows, (r) => y[r]);

const METHODS = Object.keys(BALANCE_METHOD_NAMES);

/** @throws FaroError settings-invalid for an unknown method or a k that is not a whole number ≥ 1. */
export function validateBalance(balance: BalanceSettings): void {
	if (!METHODS.includes(balance.method)) {
		throw new FaroError(
			'settings-invalid',
			text('err_balance_unknown_method', { method: String(balance.method) }),
			{
				where: 'balance.method',
				hint: text('err_settings_choose_one_of', { choices: METHODS.join(', ') })
			}
		);
	}
	if (!(Number.isInteger(balance.k) && balance.k >= 1)) {
		throw new FaroError('settings-invalid', text('err_balance_bad_k', { k: String(balance.k) }), {
			where: 'balance.k',
			hint: text('err_balance_bad_k_hint')
		});
	}
	const { strategy } = balance;
	if (strategy.kind !== 'auto' && strategy.kind !== 'ratio') {
		throw new FaroError('settings-invalid', text('err_balance_bad_strategy'), {
			where: 'balance.strategy',
			hint: text('err_balance_bad_strategy_hint')
		});
	}
}
