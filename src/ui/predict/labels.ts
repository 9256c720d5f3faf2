/**
 * The Predict screen's words for values, in the reader's language: column kinds, PSI bands, explanation scales
 * and methods, and the English the predict worker and src/lib write (the model in words, the run a model came
 * from, per-row reasons, drift messages and bin labels). In English every such string is shown exactly as it
 * came; in another language a string that matches one of the English catalogue messages is shown in that
 * language, with its numbers in the language's format, and anything else (data, a blend member's free-text
 * description) as it came. Functions, so they follow a language switch.
 */
import { BASE_LOCALE, currentLocale, m, numberFormat, type Locale } from '$lib/i18n';
import type { DriftBin, PsiBand } from '$lib/explain/drift';
import type { ExplainMethod } from '$lib/explain/explain';

type Options = { locale?: Locale };
/** A compiled message without parameters. */
type Plain = (inputs?: Record<string, never>, options?: Options) => string;
/** A compiled message with parameters `P`. */
type WithParams<P> = (inputs: P, options?: Options) => string;
type Strings<P> = { [K in keyof P]: string };

const isEnglish = (): boolean => currentLocale() === BASE_LOCALE;
const inEnglish = (message: Plain): string => message({}, { locale: BASE_LOCALE });

const SLOT = (i: number) => `\u0000${i}\u0000`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The unknown parameters of `message` when `text` is its English with the `known` parameters, else null.
 * @example
 * matchEnglish(m.predict_source_run, {}, ['name'], 'run “a”'); // { name: 'a' }
 */
function matchEnglish<P>(
	message: WithParams<P>,
	known: Partial<Strings<P>>,
	unknown: (keyof P & string)[],
	text: string,
	/** A slot's own pattern (default: any text, as short as the rest allows). */
	patterns: Partial<Record<keyof P & string, string>> = {}
): Strings<P> | null {
	const slots: Record<string, string> = { ...(known as Record<string, string>) };
	unknown.forEach((name, i) => (slots[name] = SLOT(i)));
	let pattern = escapeRegExp(message(slots as P, { locale: BASE_LOCALE }));
	unknown.forEach(
		(name, i) => (pattern = pattern.replace(SLOT(i), `(${patterns[name] ?? '[\\s\\S]*?'})`))
	);
	const found = new RegExp(`^${pattern}$`).exec(text);
	if (!found) return null;
	return {
		...known,
		...Object.fromEntries(unknown.map((name, i) => [name, found[i + 1]]))
	} as Strings<P>;
}

/** A number as en-US writes it ("8,000", "-0.25", "33.5") in the language in use; other text unchanged. */
function relocalizeNumber(text: string, options: Intl.NumberFormatOptions): string {
	if (!/^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/.test(text) || !/\d/.test(text)) return text;
	const value = Number(text.replaceAll(',', ''));
	return Number.isFinite(value) ? numberFormat(options).format(value) : text;
}

export const kindLabel = (kind: string): string =>
	(
		({
			numeric: m.predict_kind_numeric,
			categorical: m.predict_kind_categorical,
			boolean: m.predict_kind_boolean,
			date: m.predict_kind_date,
			text: m.predict_kind_text,
			id: m.predict_kind_id,
			constant: m.predict_kind_constant
		}) as Record<string, (() => string) | undefined>
	)[kind]?.() ?? kind;

export const bandLabel = (band: PsiBand): string =>
	({
		stable: m.predict_band_stable,
		watch: m.predict_band_watch,
		shifted: m.predict_band_shifted
	})[band]?.() ?? band;

export const scaleLabel = (scale: string): string =>
	scale === 'log-odds'
		? m.predict_scale_log_odds()
		: scale === 'centred log-probability'
			? m.predict_scale_centred()
			: scale;

/** A PSI as the Predict screen shows it: 1 decimal from 10, 4 below 0.01, else 3 ("0.123"; "0,123"). */
export function formatPsi(value: number): string {
	const digits = value >= 10 ? 1 : value < 0.01 && value > 0 ? 4 : 3;
	return numberFormat({
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		useGrouping: false
	}).format(value);
}

/** A PSI threshold or a small constant: "0.1", "0.25" ("0,1", "0,25"). */
export const formatConstant = (value: number): string =>
	numberFormat({ maximumFractionDigits: 6 }).format(value);

/** A blend member's share, a whole percent: "45%" ("45 %"). */
export const formatShare = (weight: number): string =>
	numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(
		Math.round(weight * 100) / 100
	);

/** The model in words ("Logistic regression", "Gradient-boosted trees, 120 trees", "Blend of 3 models"). */
export function modelLabel(words: string): string {
	if (isEnglish()) return words;
	if (words === 'Logistic regression') return m.predict_model_logistic();
	const trees = /^Gradient-boosted trees, (\d+) trees?$/.exec(words);
	if (trees) {
		const count = Number(trees[1]);
		return count === 1
			? m.predict_model_gbdt_one({ count })
			: m.predict_model_gbdt_other({ count });
	}
	const blend = /^Blend of (\d+) models?$/.exec(words);
	if (blend) {
		const count = Number(blend[1]);
		return count === 1
			? m.predict_model_blend_one({ count })
			: m.predict_model_blend_other({ count });
	}
	return words; // "MLP 64-32", or a blend member's own description
}

/** Where the model came from: a file name, or `run “name”`. */
export function sourceLabel(source: string): string {
	if (isEnglish()) return source;
	const run = matchEnglish(m.predict_source_run, {}, ['name'], source);
	return run ? m.predict_source_run(run) : source;
}

const METHODS: Record<Exclude<ExplainMethod, 'shapley-sampled'>, Plain> = {
	linear: m.predict_method_linear,
	'tree-shap': m.predict_method_tree_shap,
	'shapley-exact': m.predict_method_shapley_exact
};

/** How per-row reasons are computed, in words (the worker's English words for the method). */
export function methodLabel(words: string): string {
	if (isEnglish()) return words;
	for (const message of Object.values(METHODS)) if (words === inEnglish(message)) return message();
	const sampled = matchEnglish(m.predict_method_shapley_sampled, {}, ['count'], words);
	return sampled && /^\d+$/.test(sampled.count)
		? m.predict_method_shapley_sampled({ count: sampled.count })
		: words;
}

/** Why a model file cannot give per-row reasons (the English message of the error the worker caught). */
export function reasonsUnavailableLabel(message: string): string {
	if (isEnglish()) return message;
	for (const key of [m.predict_reasons_unavailable_old, m.predict_reasons_unavailable_trees])
		if (message === inEnglish(key)) return key();
	return message;
}

const POSITIONS: Plain[] = [
	m.predict_position_top_10,
	m.predict_position_top_25,
	m.predict_position_bottom_10,
	m.predict_position_bottom_25,
	m.predict_position_middle
];

const reasonNumber = (text: string) => relocalizeNumber(text, { maximumFractionDigits: 2 });

/**
 * A row's cell in words as src/lib/explain/reasons.ts writes it: "Age 23 (bottom 10 %)", "Sex = male (69 % of
 * training rows)", "Purpose missing", "Note “…”".
 */
export function cellLabel(cell: string, column: string): string {
	if (isEnglish()) return cell;
	const known = { column };
	if (matchEnglish(m.predict_reason_missing, known, [], cell))
		return m.predict_reason_missing(known);
	const text = matchEnglish(m.predict_reason_text, known, ['text'], cell);
	if (text) return m.predict_reason_text(text);
	// the share is digits, so a level holding " (" stays whole ("car (new) (12 % of training rows)")
	const level = matchEnglish(m.predict_reason_level, known, ['value', 'share'], cell, {
		value: '[\\s\\S]*',
		share: '\\d+'
	});
	if (level) return m.predict_reason_level(level);
	const unseen = matchEnglish(m.predict_reason_level_unseen, known, ['value'], cell);
	if (unseen) return m.predict_reason_level_unseen(unseen);
	const at = matchEnglish(m.predict_reason_value_at, known, ['value', 'position'], cell);
	const position = at && POSITIONS.find((p) => inEnglish(p) === at.position);
	if (at && position)
		return m.predict_reason_value_at({
			column,
			value: reasonNumber(at.value),
			position: position()
		});
	const value = matchEnglish(m.predict_reason_value, known, ['value'], cell);
	if (value) return m.predict_reason_value({ column, value: reasonNumber(value.value) });
	return cell;
}

/** One reason: "<cell> makes “bad” more likely" / "… less likely" / "<cell> points to “good”". */
export function reasonLabel(reason: { column: string; text: string }, explained: string): string {
	if (isEnglish()) return reason.text;
	const known = { label: explained };
	for (const effect of [
		m.predict_reason_more_likely,
		m.predict_reason_less_likely,
		m.predict_reason_points_to
	]) {
		const found = matchEnglish(effect, known, ['cell'], reason.text);
		if (found) return effect({ cell: cellLabel(found.cell, reason.column), label: explained });
	}
	return reason.text;
}

/** Why there is no stability report, or a note on what could not be compared (src/lib/explain/drift.ts). */
export function driftMessageLabel(message: string): string {
	if (isEnglish()) return message;
	for (const key of [
		m.predict_drift_no_reference,
		m.predict_drift_no_rows,
		m.predict_drift_labels_differ,
		m.predict_drift_text_note
	])
		if (message === inEnglish(key)) return key();
	const column = matchEnglish(m.predict_drift_no_profile, {}, ['column'], message);
	return column ? m.predict_drift_no_profile(column) : message;
}

const MISSING = 'missing';

/** A range label's edge ("1,262", "33.5", "0.1406"; dates stay) as the language writes it. */
const edge = (text: string) =>
	relocalizeNumber(
		text,
		Math.abs(Number(text.replaceAll(',', ''))) >= 1000
			? { maximumFractionDigits: 0 }
			: { maximumSignificantDigits: 4 }
	);

function rangeLabel(label: string): string {
	const below = /^([≤>]) (.+)$/.exec(label);
	if (below) return `${below[1]} ${edge(below[2])}`;
	const between = /^(.+) – (.+)$/.exec(label);
	if (between) return `${edge(between[1])} – ${edge(between[2])}`;
	return label;
}

/**
 * The labels of a column's (or the score's) bins, in order: the words drift.ts writes ("missing" last,
 * "other" before it for levels, "present" / "any value" first of two) and the range edges in the language in
 * use; levels and class labels (data) as they are. Takes every bin, before any is hidden.
 */
export function binLabels(bins: readonly DriftBin[]): string[] {
	const labels = bins.map((b) => b.label);
	if (isEnglish()) return labels;
	const n = labels.length;
	if (n === 0 || labels[n - 1] !== MISSING) return labels; // a score's predicted labels: data
	const levels = n >= 2 && labels[n - 2] === 'other';
	const out = levels ? [...labels] : labels.map(rangeLabel);
	out[n - 1] = m.predict_bin_missing();
	if (levels) out[n - 2] = m.predict_bin_other();
	if (n === 2 && labels[0] === 'present') out[0] = m.predict_bin_present();
	if (n === 2 && labels[0] === 'any value') out[0] = m.predict_bin_any();
	return out;
}
