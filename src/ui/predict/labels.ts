/**
 * The Predict screen's words for values, in the reader's language: column kinds, PSI bands, explanation scales,
 * PSIs and shares, and the Texts the predict worker sends (the model in words, where it came from, the method
 * of its reasons). Reasons, cells and drift bins come as data and are worded by src/lib/explain/words.ts.
 * Functions, so they follow a language switch.
 */
import { m, numberFormat, renderOr, renderText, type Text } from '$lib/i18n';
import type { PsiBand } from '$lib/explain/drift';

/** A Text from the predict worker in the language in use (one build with the page: every key is known). */
export const textLabel = (value: Text): string => renderText(value);

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

/** A sentence the worker sent in English with its Text (when it has one): the Text in the language in use, else the English. */
export const messageLabel = (said: { message: string; text?: Text }): string =>
	renderOr(said.text, said.message);
