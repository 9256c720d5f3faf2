/**
 * Words of the Data screen that stand for values (column kinds and roles, signal bands, the signal screen's
 * reasons and notes), in the reader's language. Functions, so they follow a language switch.
 */
import { m, numberFormat } from '$lib/i18n';
import type { ColumnKind, ColumnRole } from '$lib/data/table';
import {
	SKIP_REASONS,
	type ColumnSignal,
	type FlagCheck,
	type SignalBand,
	type SkippedColumn
} from '$lib/data/signal';
import type { Progress } from '$lib/shared/progress';
import { formatCount } from '../format';

export const kindLabel = (kind: ColumnKind): string =>
	({
		numeric: m.data_kind_numeric,
		categorical: m.data_kind_categorical,
		boolean: m.data_kind_boolean,
		date: m.data_kind_date,
		text: m.data_kind_text,
		id: m.data_kind_id,
		constant: m.data_kind_constant
	})[kind]?.() ?? kind;

export const roleLabel = (role: ColumnRole): string =>
	({
		feature: m.data_role_feature,
		target: m.data_role_target,
		id: m.data_role_id,
		ignore: m.data_role_ignore
	})[role]?.() ?? role;

export const bandLabel = (band: SignalBand): string =>
	({
		useless: m.data_band_useless,
		weak: m.data_band_weak,
		medium: m.data_band_medium,
		strong: m.data_band_strong,
		suspicious: m.data_band_suspicious
	})[band]?.() ?? band;

/** Why a column was not screened; the stored English reason when it is not one of SKIP_REASONS. */
export function skipReasonLabel(skipped: SkippedColumn): string {
	switch (skipped.reason) {
		case SKIP_REASONS.id:
			return m.data_signal_skip_id();
		case SKIP_REASONS.text:
			return m.data_signal_skip_text();
		case SKIP_REASONS.constant:
			return m.data_signal_skip_constant();
		case SKIP_REASONS['all-missing']:
			return m.data_signal_skip_all_missing();
		default:
			return skipped.reason;
	}
}

const threeDecimals = (value: number) =>
	numberFormat({ minimumFractionDigits: 3, maximumFractionDigits: 3, useGrouping: false }).format(
		value
	);
const threshold = (value: number) => numberFormat({ maximumFractionDigits: 3 }).format(value);

function checkLabel(check: FlagCheck): string {
	if (check.value === null) return m.data_signal_check_undefined({ measure: check.measure });
	const params = {
		measure: check.measure,
		value: threeDecimals(check.value),
		at: threshold(check.at)
	};
	if (check.relation === '≥') return m.data_signal_check_ge(params);
	if (check.relation === '>') return m.data_signal_check_gt(params);
	return m.data_signal_check_lt(params);
}

/** Why a column was flagged ("AUC 0.970 ≥ 0.95"); the stored English reason for a screen without checks. */
export const flagReasonLabel = (c: ColumnSignal): string | null =>
	c.flagChecks ? c.flagChecks.map(checkLabel).join(', ') : c.flagReason;

/** A column's caveat; the stored English note for a screen without `noteInfo`. */
export function noteLabel(c: ColumnSignal): string | null {
	if (!c.noteInfo) return c.note;
	if (c.noteInfo.kind === 'one-value') return m.data_signal_note_one_value();
	return m.data_signal_note_many_levels({
		levels: formatCount(c.noteInfo.levels),
		rows: formatCount(c.rows)
	});
}

/** The signal worker's progress with its phase ("Screening “Age”", "Done") in the reader's language. */
export function signalProgress(progress: Progress | null): Progress | null {
	if (!progress) return progress;
	const screening = /^Screening “(.*)”$/s.exec(progress.phase);
	if (screening)
		return { ...progress, phase: m.data_signal_phase_column({ column: screening[1] }) };
	if (progress.phase === 'Done') return { ...progress, phase: m.data_signal_phase_done() };
	return progress;
}
