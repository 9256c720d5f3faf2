/**
 * One-line descriptions of a run's class balancing: the run page, the settings summary and the report, in the
 * language in use (or `locale`).
 */
import { m, renderOr, type Locale } from '$lib/i18n';
import { settingNumber } from '$lib/models/describe-spec';
import type { BalanceSettings } from './balance-settings';
import type { BalanceSummary } from './types';

const BALANCE_NAMES: Record<BalanceSettings['method'], (locale?: Locale) => string> = {
	none: (locale) => m.runs_balance_name_none({}, { locale }),
	'class-weights': (locale) => m.runs_balance_name_weights({}, { locale }),
	'random-over': (locale) => m.runs_balance_name_over({}, { locale }),
	'random-under': (locale) => m.runs_balance_name_under({}, { locale }),
	smote: () => 'SMOTE',
	'smote-nc': () => 'SMOTE-NC',
	borderline: () => 'Borderline-SMOTE (borderline-1)'
};

/** "SMOTE-NC, k = 5, every class up to the majority"; "none" when absent (runs before balancing existed). */
export function describeBalance(balance: BalanceSettings | undefined, locale?: Locale): string {
	const o = { locale };
	if (!balance || balance.method === 'none') return m.runs_balance_name_none({}, o);
	if (balance.method === 'class-weights') return BALANCE_NAMES[balance.method](locale);
	const parts = [BALANCE_NAMES[balance.method](locale)];
	if (['smote', 'smote-nc', 'borderline'].includes(balance.method)) parts.push(`k = ${balance.k}`);
	const under = balance.method === 'random-under';
	parts.push(
		balance.strategy.kind === 'ratio'
			? m.runs_balance_ratio_value({ ratio: settingNumber(balance.strategy.ratio, locale) }, o)
			: under
				? m.runs_balance_down({}, o)
				: m.runs_balance_up({}, o)
	);
	return parts.join(', ');
}

/** A balancing note in the language in use: its Text when the run has one this build knows, else the English. */
export const balanceNote = (
	balance: Pick<BalanceSummary, 'noteTexts'>,
	index: number,
	english: string
): string => renderOr(balance.noteTexts?.[index], english);
