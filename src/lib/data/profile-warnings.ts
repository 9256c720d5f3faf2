/** Warnings a data scientist would want about one column. */
import { inEnglish, text, type Text } from '../i18n/text';
import type { ColumnFacts } from './infer-types';
import type { ColumnProfile, ProfileWarning } from './profile-types';

/** A warning: its English message (stored with the profile) and its Text (shown in the reader's language). */
export const warning = (code: ProfileWarning['code'], t: Text): ProfileWarning => ({
	code,
	message: inEnglish(t),
	text: t
});

/** Constant, all or mostly missing, id-like and high-cardinality warnings. */
export function columnWarnings(
	profile: ColumnProfile,
	facts: ColumnFacts,
	isHighCardinality: boolean
): ProfileWarning[] {
	const { name, kind, missingFraction, distinctCount } = profile;
	const warnings: ProfileWarning[] = [];
	const percent = (x: number) => `${Math.round(x * 100)}%`;
	const say = warning;
	if (distinctCount === 0) {
		warnings.push(say('all-missing', text('data_warn_all_missing', { name })));
	} else if (distinctCount === 1) {
		warnings.push(say('constant', text('data_warn_constant', { name })));
	}
	if (distinctCount > 0 && missingFraction > 0.5) {
		warnings.push(
			say(
				'mostly-missing',
				text('data_warn_mostly_missing', { name, percent: percent(missingFraction) })
			)
		);
	}
	const uniquePerRow = facts.presentCount === facts.rowCount && distinctCount === facts.rowCount;
	if (
		kind === 'id' ||
		(uniquePerRow &&
			facts.rowCount >= 10 &&
			(facts.isInteger || facts.storage !== 'number') &&
			kind !== 'text')
	) {
		warnings.push(say('id-like', text('data_warn_id_like', { name })));
	}
	if (kind === 'categorical' && isHighCardinality) {
		const share = percent(distinctCount / Math.max(1, facts.presentCount));
		warnings.push(
			say(
				'high-cardinality',
				text('data_warn_high_cardinality', { name, count: distinctCount, share })
			)
		);
	}
	return warnings;
}
