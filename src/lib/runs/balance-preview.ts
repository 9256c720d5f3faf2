/**
 * What class balancing will do, shown on the Train screen before anything trains: the training part's class
 * counts (the dataset's counts × the training share, rounded) and the counts after the chosen method, by
 * the same rule the balance step applies (balance/strategy.ts `targetCounts`, imbalanced-learn's).
 */
import { targetCounts } from '$lib/balance/strategy';
import type { DatasetProfile } from '$lib/data/profile-types';
import type { BalanceSettings } from './balance-settings';
import type { TrainSettings } from './types';

export type BalancePreview = { before: number[]; after: number[]; synthetic: number };

/**
 * @param classCounts rows per class in the whole dataset
 * @param trainShare the training part's share of the rows (0–1)
 * @throws FaroError settings-invalid when the strategy cannot apply to these counts (as training would)
 */
export function previewBalance(
	classCounts: readonly number[],
	trainShare: number,
	balance: Pick<BalanceSettings, 'method' | 'strategy'>
): BalancePreview {
	const before = classCounts.map((n) => Math.round(n * trainShare));
	if (balance.method === 'none' || balance.method === 'class-weights') {
		return { before, after: before, synthetic: 0 };
	}
	const mode = balance.method === 'random-under' ? 'under' : 'over';
	const wanted = targetCounts(before, balance.strategy, mode);
	if (mode === 'under') return { before, after: wanted, synthetic: 0 };
	return {
		before,
		after: before.map((n, i) => n + wanted[i]),
		synthetic: wanted.reduce((a, b) => a + b, 0)
	};
}

/**
 * The training part's share of the rows: `split.train`, or with a test column, the rows outside its test value
 * (counted in the profile) times train / (train + validation). Unknown counts (the value is not among the
 * profile's listed levels): `split.train`.
 */
export function trainingShare(
	split: Pick<TrainSettings['split'], 'train' | 'validation' | 'testColumn'>,
	profile: Pick<DatasetProfile, 'rowCount' | 'columns'>
): number {
	const marker = split.testColumn;
	const rest = split.train + split.validation;
	if (!marker || rest <= 0 || profile.rowCount <= 0) return split.train;
	const column = profile.columns.find((c) => c.name === marker.name);
	const testRows = column?.categories?.top.find((t) => t.label === marker.value)?.count;
	if (testRows === undefined) return split.train;
	return ((profile.rowCount - testRows) / profile.rowCount) * (split.train / rest);
}
