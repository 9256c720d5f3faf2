/**
 * What class balancing will do, shown on the Train screen before anything trains: the training part's class
 * counts (the dataset's counts × the training share, rounded) and the counts after the chosen method, by
 * the same rule the balance step applies (balance/strategy.ts `targetCounts`, imbalanced-learn's).
 */
import { targetCounts } from '$lib/balance/strategy';
import type { BalanceSettings } from './balance-settings';

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
