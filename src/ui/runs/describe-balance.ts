/** One-line descriptions of a run's class balancing, for the results and the settings summary. */
import type { BalanceSettings } from '$lib/runs/types';

const NAMES: Record<BalanceSettings['method'], string> = {
	none: 'none',
	'class-weights': 'class weights ("balanced")',
	'random-over': 'random over-sampling',
	'random-under': 'random under-sampling',
	smote: 'SMOTE',
	'smote-nc': 'SMOTE-NC',
	borderline: 'Borderline-SMOTE (borderline-1)'
};

/** e.g. "SMOTE-NC, k = 5, every class to the majority"; "none" when absent (runs before balancing existed). */
export function describeBalance(balance: BalanceSettings | undefined): string {
	if (!balance || balance.method === 'none') return 'none';
	if (balance.method === 'class-weights') return NAMES[balance.method];
	const parts = [NAMES[balance.method]];
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
