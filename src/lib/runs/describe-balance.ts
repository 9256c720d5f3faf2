/** One-line descriptions of a run's class balancing: the run page, the settings summary and the report. */
import type { BalanceSettings } from './balance-settings';

const BALANCE_NAMES: Record<BalanceSettings['method'], string> = {
	none: 'none',
	'class-weights': 'class weights ("balanced")',
	'random-over': 'random over-sampling',
	'random-under': 'random under-sampling',
	smote: 'SMOTE',
	'smote-nc': 'SMOTE-NC',
	borderline: 'Borderline-SMOTE (borderline-1)'
};

/** "SMOTE-NC, k = 5, every class up to the majority"; "none" when absent (runs before balancing existed). */
export function describeBalance(balance: BalanceSettings | undefined): string {
	if (!balance || balance.method === 'none') return 'none';
	if (balance.method === 'class-weights') return BALANCE_NAMES[balance.method];
	const parts = [BALANCE_NAMES[balance.method]];
	if (['smote', 'smote-nc', 'borderline'].includes(balance.method)) parts.push(`k = ${balance.k}`);
	const under = balance.method === 'random-under';
	parts.push(
		balance.strategy.kind === 'ratio'
			? `minority / majority ratio ${balance.strategy.ratio}`
			: under
				? 'every class down to the minority'
				: 'every class up to the majority'
	);
	return parts.join(', ');
}
