/** Warnings a data scientist would want about one column. */
import type { ColumnFacts } from './infer-types';
import type { ColumnProfile, ProfileWarning } from './profile-types';

/** Constant, all or mostly missing, id-like and high-cardinality warnings. */
export function columnWarnings(
	profile: ColumnProfile,
	facts: ColumnFacts,
	isHighCardinality: boolean
): ProfileWarning[] {
	const { name, kind, missingFraction, distinctCount } = profile;
	const warnings: ProfileWarning[] = [];
	const percent = (x: number) => `${Math.round(x * 100)}%`;
	if (distinctCount === 0) {
		warnings.push({ code: 'all-missing', message: `"${name}" has no values; it is ignored.` });
	} else if (distinctCount === 1) {
		warnings.push({
			code: 'constant',
			message: `"${name}" has a single value, so it cannot help a model; it is ignored.`
		});
	}
	if (distinctCount > 0 && missingFraction > 0.5) {
		warnings.push({
			code: 'mostly-missing',
			message: `"${name}" is missing in ${percent(missingFraction)} of rows; consider ignoring it or adding a missing indicator.`
		});
	}
	const uniquePerRow = facts.presentCount === facts.rowCount && distinctCount === facts.rowCount;
	if (
		kind === 'id' ||
		(uniquePerRow &&
			facts.rowCount >= 10 &&
			(facts.isInteger || facts.storage !== 'number') &&
			kind !== 'text')
	) {
		warnings.push({
			code: 'id-like',
			message: `"${name}" has a different value in every row, like an identifier: it is kept with the predictions but not used as a feature.`
		});
	}
	if (kind === 'categorical' && isHighCardinality) {
		warnings.push({
			code: 'high-cardinality',
			message: `"${name}" has ${distinctCount} distinct values (${percent(distinctCount / Math.max(1, facts.presentCount))} of rows): treat it as text or ignore it.`
		});
	}
	return warnings;
}
