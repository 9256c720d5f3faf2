/**
 * Yes/no columns as one 0/1 feature. Which level is 1 is recorded: a level that reads as true (true, yes,
 * y, t, 1, on; any case) is 1, else the other level of one that reads as false (false, no, n, f, 0, off),
 * else the alphabetically later of the two levels (as scikit-learn `LabelEncoder` would code it).
 * Missing values, and at apply time a level not seen in training, take the most frequent training level
 * (ties → alphabetically first) and set the "(missing)" indicator when the step has one.
 */
import { text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { compareText, countLevels, mostFrequent } from './encode';
import type { ColumnLookup } from './numeric-step';
import { mapStrings, readStrings } from './read-column';
import type { NumericOptions } from './recipe-spec';

export type FittedBooleanStep = {
	type: 'boolean';
	column: string;
	/** The level coded 1 (null when training only saw a "false" level). */
	positive: string | null;
	/** The level coded 0 (null when training only saw a "true" level). */
	negative: string | null;
	/** The value (0 or 1) of a missing or unseen cell. */
	fill: number;
	indicator: boolean;
};

const TRUE_WORDS = new Set(['true', 'yes', 'y', 't', '1', 'on']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'f', '0', 'off']);
const reads = (words: Set<string>, level: string) => words.has(level.trim().toLowerCase());

/** Learns the 0/1 coding of a two-level column. @throws FaroError column-all-missing, settings-invalid */
export function fitBooleanStep(
	column: string,
	missingIndicator: NumericOptions['missingIndicator'],
	lookup: ColumnLookup
): FittedBooleanStep {
	const raw = readStrings(lookup(column));
	const counts = countLevels(raw);
	const levels = [...counts.keys()].sort(compareText);
	const common = mostFrequent(counts);
	if (common === null) {
		throw new FaroError('column-all-missing', text('err_column_no_values', { name: column }), {
			where: column,
			hint: text('err_column_no_values_boolean_hint')
		});
	}
	if (levels.length > 2) {
		throw new FaroError(
			'settings-invalid',
			text('err_boolean_levels', {
				name: column,
				count: levels.length,
				levels: `${levels.slice(0, 4).join(', ')}${levels.length > 4 ? ', …' : ''}`
			}),
			{ where: column, hint: text('err_boolean_levels_hint') }
		);
	}
	const [positive, negative] = chooseCoding(levels);
	const hasMissing = raw.some((v) => v === null);
	return {
		type: 'boolean',
		column,
		positive,
		negative,
		fill: common === positive ? 1 : 0,
		indicator: missingIndicator === 'always' || (missingIndicator === 'auto' && hasMissing)
	};
}

function chooseCoding(levels: string[]): [string | null, string | null] {
	const truthy = levels.find((l) => reads(TRUE_WORDS, l));
	if (truthy !== undefined) return [truthy, levels.find((l) => l !== truthy) ?? null];
	const falsy = levels.find((l) => reads(FALSE_WORDS, l));
	if (falsy !== undefined) return [levels.find((l) => l !== falsy) ?? null, falsy];
	return levels.length === 2 ? [levels[1], levels[0]] : [levels[0], null];
}

/** Output names: "<column>=<positive level>" (+ "<column> (missing)"). */
export function booleanStepNames(step: FittedBooleanStep): string[] {
	const name = step.positive === null ? `${step.column}=true` : `${step.column}=${step.positive}`;
	return step.indicator ? [name, `${step.column} (missing)`] : [name];
}

/** The 0/1 column (+ the indicator column). */
export function applyBooleanStep(step: FittedBooleanStep, lookup: ColumnLookup): Float64Array[] {
	// 1 = positive, 0 = negative, −1 = missing or unseen; decided once per dictionary level, not per row.
	const codes = mapStrings(lookup(step.column), (v) =>
		v !== null && v === step.positive ? 1 : v !== null && v === step.negative ? 0 : -1
	);
	const value = new Float64Array(codes.length);
	const missing = new Float64Array(codes.length);
	for (let i = 0; i < codes.length; i++) {
		const code = codes[i];
		if (code >= 0) value[i] = code;
		else {
			value[i] = step.fill;
			missing[i] = 1;
		}
	}
	return step.indicator ? [value, missing] : [value];
}
