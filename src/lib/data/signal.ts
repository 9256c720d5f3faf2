/**
 * The signal screen: before any training, how strongly each column alone tells the target's classes apart,
 * and which columns look too good to be true (a leak: the outcome in disguise). Per column, over the rows
 * with a target (the others are left out and counted):
 * - numeric and date columns, binary target: ROC AUC of the raw value as the positive class's score, rows
 *   with a value only, reported as max(AUC, 1 − AUC) with its direction ("higher values → more positives");
 * - numeric and date columns, multiclass target: Cramér's V of the column's bins (see signal-bins.ts) against
 *   the classes, missing as its own bin. A raw value's one-vs-rest AUC would miss a class in the middle of
 *   the range, and V on bins sees any shape;
 * - categorical and boolean columns: Cramér's V of the levels against the classes, missing as its own level;
 * - binary targets, every screened column: Information Value of its WoE bins (signal-measures.ts);
 * - text, id and constant columns are not screened (listed with the reason).
 * Columns are sorted by IV (binary targets) or V (multiclass), strongest first. Bands follow the usual IV
 * rule of thumb (< 0.02 useless, 0.02–0.1 weak, 0.1–0.3 medium, 0.3–0.5 strong, > 0.5 suspicious); for V
 * the same names at 0.05 / 0.1 / 0.3 / 0.5. Flags: "leak" when AUC ≥ 0.95, IV > 1 or V ≥ 0.9 (never for a
 * column with more than one level per 5 rows, whose many small groups inflate V and IV); "none" when IV <
 * 0.02 and AUC < 0.52 (numeric) or V < 0.05 (categorical; multiclass: V < 0.05 alone). The training-time
 * leak check (features/leaks.ts) is stricter (0.98) and blocks nothing either; this screen is a first look.
 */
import { text } from '$lib/i18n';
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import { throttleProgress, type LongWork } from '$lib/shared/progress';
import {
	columnAsNumbers,
	columnAsStrings,
	findColumn,
	type Column,
	type ColumnKind,
	type ColumnRole,
	type Table
} from './table';
import {
	binLevels,
	binNumbers,
	compareCodePoints,
	type BinDescription,
	type Binned
} from './signal-bins';
import { cramersV, informationValue, rocAucOf, type WoeCounts } from './signal-measures';

export type SignalRequest = {
	target: string;
	/** Every column's kind and role as the user set them (the target's entry is ignored). */
	columns: { name: string; kind: ColumnKind; role: ColumnRole }[];
	/** The class WoE and AUC count as the event; default the minority class (ties: the later label). */
	positiveLabel?: string | null;
};

export type SignalBand = 'useless' | 'weak' | 'medium' | 'strong' | 'suspicious';
export type SignalFlag = 'leak' | 'none';
/** One WoE bin of a column, binary targets only. */
export type SignalBin = WoeCounts & { bin: BinDescription };
/**
 * One test behind a flag, for the page to write in the reader's language: "AUC 0.970 ≥ 0.95"; `value` null
 * when the measure is undefined ("V undefined").
 */
export type FlagCheck = {
	measure: 'AUC' | 'V' | 'IV';
	value: number | null;
	relation: '≥' | '>' | '<';
	at: number;
};
/** What a column's note says: too many levels for the rows, or a single value where present. */
export type SignalNote = { kind: 'many-levels'; levels: number } | { kind: 'one-value' };

export type ColumnSignal = {
	column: string;
	kind: ColumnKind;
	/** What `value` is: ROC AUC (numeric and date columns, binary target) or Cramér's V. */
	measure: 'auc' | 'cramers-v';
	/** max(AUC, 1 − AUC) or V; null when undefined (e.g. one value where present). */
	value: number | null;
	/** Whether higher or lower values go with the positive class (AUC only; null at exactly 0.5). */
	direction: 'higher' | 'lower' | null;
	/** Information Value (binary targets), else null. */
	iv: number | null;
	/** The sort key: IV for binary targets, V otherwise (0 when undefined). */
	strength: number;
	band: SignalBand;
	flag: SignalFlag | null;
	/** Why the flag was raised, e.g. "AUC 0.97 ≥ 0.95". */
	flagReason: string | null;
	/** The same reason as data (the tests that raised the flag), for the page to write in its language. */
	flagChecks: FlagCheck[] | null;
	/** Rows with a target and, of them, rows where this column is missing. */
	rows: number;
	missing: number;
	/** Bins behind IV (binary) or V (numeric, multiclass). */
	binCount: number;
	/** The WoE bins (binary targets), else null. */
	bins: SignalBin[] | null;
	/** A caveat about the numbers, when there is one. */
	note: string | null;
	/** The same caveat as data, for the page to write in its language. */
	noteInfo: SignalNote | null;
};

export type SkippedColumn = { column: string; kind: ColumnKind; reason: string };

/** Why a column is not screened: the English `reason` of a SkippedColumn per case (the page translates it). */
export const SKIP_REASONS = {
	id: 'id column: a row key, not screened',
	text: 'text: not screened',
	constant: 'constant: the same value in every row',
	'all-missing': 'all missing in the rows with a target'
} as const;

export type SignalScreen = {
	target: string;
	labels: string[];
	positiveLabel: string | null;
	/** Rows with a target value (all measures use these). */
	rows: number;
	droppedTargetMissing: number;
	columns: ColumnSignal[];
	skipped: SkippedColumn[];
};

export const LEAK_AUC = 0.95;
export const LEAK_IV = 1;
export const LEAK_CRAMERS_V = 0.9;
export const NO_SIGNAL_IV = 0.02;
export const NO_SIGNAL_AUC = 0.52;
export const NO_SIGNAL_CRAMERS_V = 0.05;
/** A target with more classes is not a classification target worth screening. */
export const MAX_SIGNAL_CLASSES = 50;
const IV_BANDS = [0.02, 0.1, 0.3, 0.5];
const V_BANDS = [0.05, 0.1, 0.3, 0.5];
const BAND_NAMES: SignalBand[] = ['useless', 'weak', 'medium', 'strong', 'suspicious'];
const ROWS_PER_LEVEL = 5;

/**
 * Screens every column of `table` against `request.target`.
 * @throws FaroError settings-invalid (no such target or positive class), target-missing, target-single-class,
 *   target-too-many-classes, cancelled
 * @example
 * const screen = await screenSignal(table, { target: 'Risk', columns: record.settings.columns });
 * screen.columns[0].column; // 'Checking account' on German credit (IV 0.666)
 */
export async function screenSignal(
	table: Table,
	request: SignalRequest,
	{ signal, onProgress }: LongWork = {}
): Promise<SignalScreen> {
	const target = readTarget(table, request);
	const report = throttleProgress(onProgress);
	const toScreen = request.columns.filter((c) => c.name !== request.target);
	const columns: ColumnSignal[] = [];
	const skipped: SkippedColumn[] = [];
	let lastYieldMs = performance.now();
	for (let i = 0; i < toScreen.length; i++) {
		throwIfAborted(signal);
		const setting = toScreen[i];
		report({ phase: `Screening “${setting.name}”`, done: i, total: toScreen.length });
		const column = findColumn(table, setting.name);
		if (!column) continue;
		const result = screenColumn(column, setting.kind, setting.role, target);
		if ('reason' in result) skipped.push(result);
		else columns.push(result);
		// let the worker receive a cancel between columns, at most every 50 ms
		if (performance.now() - lastYieldMs > 50) {
			await new Promise<void>((resolve) => setTimeout(resolve, 0));
			lastYieldMs = performance.now();
		}
	}
	throwIfAborted(signal);
	report({ phase: 'Done', done: toScreen.length, total: toScreen.length }, true);
	columns.sort((a, b) => b.strength - a.strength || compareCodePoints(a.column, b.column));
	return {
		target: request.target,
		labels: target.labels,
		positiveLabel: target.positive === null ? null : target.labels[target.positive],
		rows: target.kept.length,
		droppedTargetMissing: table.rowCount - target.kept.length,
		columns,
		skipped
	};
}

type Target = {
	labels: string[];
	/** Row numbers with a target value. */
	kept: Int32Array;
	/** Class index per kept row. */
	classes: Int32Array;
	/** Index of the positive label (binary), else null. */
	positive: number | null;
	/** 1 where the kept row is of the positive class (binary). */
	isPositive: Uint8Array;
};

function readTarget(table: Table, request: SignalRequest): Target {
	const column = findColumn(table, request.target);
	if (!column) {
		throw new FaroError(
			'settings-invalid',
			text('err_target_not_column', { name: request.target }),
			{
				hint: text('err_target_not_column_hint')
			}
		);
	}
	const values = columnAsStrings(column);
	const counts = new Map<string, number>();
	for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
	const labels = [...counts.keys()].sort(
		column.storage === 'number' ? (a, b) => Number(a) - Number(b) : compareCodePoints
	);
	const where = request.target;
	if (labels.length === 0)
		throw new FaroError('target-missing', text('err_target_no_values', { name: where }), {
			where,
			hint: text('err_target_no_values_hint')
		});
	if (labels.length === 1) {
		throw new FaroError(
			'target-single-class',
			text('err_target_single_class', { name: where, label: labels[0] }),
			{
				where,
				hint: text('err_signal_single_class_hint')
			}
		);
	}
	if (labels.length > MAX_SIGNAL_CLASSES) {
		throw new FaroError(
			'target-too-many-classes',
			text('err_signal_too_many_classes', { name: where, count: labels.length }),
			{
				where,
				hint: text('err_signal_too_many_classes_hint', { max: MAX_SIGNAL_CLASSES })
			}
		);
	}
	const index = new Map(labels.map((label, i) => [label, i]));
	const keptRows: number[] = [];
	for (let i = 0; i < values.length; i++) if (values[i] !== null) keptRows.push(i);
	const kept = Int32Array.from(keptRows);
	const classes = Int32Array.from(kept, (row) => index.get(values[row] as string) ?? 0);
	let positive: number | null = null;
	if (labels.length === 2) {
		if (request.positiveLabel != null) {
			positive = labels.indexOf(request.positiveLabel);
			if (positive < 0) {
				throw new FaroError(
					'settings-invalid',
					text('err_signal_positive_not_class', { label: request.positiveLabel, name: where }),
					{
						hint: text('err_signal_positive_not_class_hint', { labels: labels.join(', ') })
					}
				);
			}
		} else positive = (counts.get(labels[1]) ?? 0) <= (counts.get(labels[0]) ?? 0) ? 1 : 0;
	}
	const isPositive = Uint8Array.from(classes, (c) => (c === positive ? 1 : 0));
	return { labels, kept, classes, positive, isPositive };
}

function screenColumn(
	column: Column,
	kind: ColumnKind,
	role: ColumnRole,
	target: Target
): ColumnSignal | SkippedColumn {
	const skip = (reason: string): SkippedColumn => ({ column: column.name, kind, reason });
	if (role === 'id' || kind === 'id') return skip(SKIP_REASONS.id);
	if (kind === 'text') return skip(SKIP_REASONS.text);
	if (kind === 'constant') return skip(SKIP_REASONS.constant);
	const isNumeric = kind === 'numeric' || kind === 'date';
	const numbers = isNumeric ? pick(columnAsNumbers(column), target.kept) : null;
	const binned: Binned = numbers
		? binNumbers(numbers)
		: binLevels(pickStrings(column, target.kept));
	const missingBin = binned.bins.findIndex((b) => b.kind === 'missing');
	const missing = missingBin < 0 ? 0 : binned.codes.filter((c) => c === missingBin).length;
	const present = binned.bins.length - (missingBin < 0 ? 0 : 1);
	if (present === 0) return skip(SKIP_REASONS['all-missing']);
	if (binned.bins.length === 1) return skip(SKIP_REASONS.constant);
	const isBinary = target.positive !== null;
	const useAuc = isBinary && numbers !== null;
	const raw = useAuc ? rocAucOf(numbers, target.isPositive) : null;
	const value = useAuc
		? raw === null
			? null
			: Math.max(raw, 1 - raw)
		: cramersV(binned.codes, binned.bins.length, target.classes, target.labels.length);
	const woe = isBinary
		? informationValue(binned.codes, binned.bins.length, target.isPositive)
		: null;
	const iv = woe?.iv ?? null;
	const manyLevels = numbers === null && present * ROWS_PER_LEVEL > target.kept.length;
	const strength = (isBinary ? iv : value) ?? 0;
	const measure = useAuc ? 'auc' : 'cramers-v';
	const flagged = flagOf(measure, value, iv, manyLevels);
	return {
		column: column.name,
		kind,
		measure,
		value,
		direction: raw === null || raw === 0.5 ? null : raw > 0.5 ? 'higher' : 'lower',
		iv,
		strength,
		band: bandOf(strength, isBinary ? IV_BANDS : V_BANDS),
		flag: flagged?.flag ?? null,
		flagReason: flagged ? flagged.checks.map(describeCheck).join(', ') : null,
		flagChecks: flagged?.checks ?? null,
		rows: target.kept.length,
		missing,
		binCount: binned.bins.length,
		bins: woe ? woe.bins.map((counts, b) => ({ bin: binned.bins[b], ...counts })) : null,
		note: manyLevels
			? `${present} levels for ${target.kept.length} rows: so many small groups overstate V and IV.`
			: present === 1
				? 'One value where present: only whether it is missing is measured.'
				: null,
		noteInfo: manyLevels
			? { kind: 'many-levels', levels: present }
			: present === 1
				? { kind: 'one-value' }
				: null
	};
}

function flagOf(
	measure: 'auc' | 'cramers-v',
	value: number | null,
	iv: number | null,
	manyLevels: boolean
): { flag: SignalFlag; checks: FlagCheck[] } | null {
	const name = measure === 'auc' ? 'AUC' : 'V';
	const leakAt = measure === 'auc' ? LEAK_AUC : LEAK_CRAMERS_V;
	if (!manyLevels && value !== null && value >= leakAt)
		return { flag: 'leak', checks: [{ measure: name, value, relation: '≥', at: leakAt }] };
	if (!manyLevels && iv !== null && iv > LEAK_IV)
		return { flag: 'leak', checks: [{ measure: 'IV', value: iv, relation: '>', at: LEAK_IV }] };
	const noneAt = measure === 'auc' ? NO_SIGNAL_AUC : NO_SIGNAL_CRAMERS_V;
	const weakValue = value === null || value < noneAt;
	if (weakValue && (iv === null || iv < NO_SIGNAL_IV)) {
		const checks: FlagCheck[] = [];
		if (iv !== null) checks.push({ measure: 'IV', value: iv, relation: '<', at: NO_SIGNAL_IV });
		if (value !== null) checks.push({ measure: name, value, relation: '<', at: noneAt });
		if (checks.length === 0) checks.push({ measure: name, value: null, relation: '<', at: noneAt });
		return { flag: 'none', checks };
	}
	return null;
}

/** A check in English, as `flagReason` holds it: "AUC 0.970 ≥ 0.95", "V undefined". */
const describeCheck = (c: FlagCheck): string =>
	c.value === null
		? `${c.measure} undefined`
		: `${c.measure} ${c.value.toFixed(3)} ${c.relation} ${c.at}`;

function bandOf(strength: number, cuts: number[]): SignalBand {
	// IV: < 0.02 useless … 0.3–0.5 strong (0.5 included), > 0.5 suspicious
	let band = 0;
	while (band < cuts.length - 1 && strength >= cuts[band]) band++;
	if (band === cuts.length - 1 && strength > cuts[band]) band++;
	return BAND_NAMES[band];
}

const pick = (values: Float64Array, rows: Int32Array): Float64Array =>
	Float64Array.from(rows, (r) => values[r]);

function pickStrings(column: Column, rows: Int32Array): (string | null)[] {
	const all = columnAsStrings(column);
	return Array.from(rows, (r) => all[r]);
}
