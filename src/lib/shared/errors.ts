/**
 * Typed errors for Faro. Every failure a user can meet is a `FaroError` with a code, a sentence that says
 * what is wrong, and optional `where` / `hint`. Comlink only carries `name`, `message` and `stack` of a thrown
 * error, so worker endpoints return an `Outcome` (plain data) and the page rebuilds the error with `unwrap`.
 */
import { inEnglish, render, text, type Text } from '../i18n/text';

export type FaroErrorCode =
	| 'csv-empty'
	| 'csv-no-rows'
	| 'csv-single-column'
	| 'csv-malformed'
	| 'csv-ragged'
	| 'csv-quotes'
	| 'csv-encoding'
	| 'csv-binary'
	| 'csv-too-large'
	| 'column-all-missing'
	| 'target-missing'
	| 'target-single-class'
	| 'target-too-many-classes'
	| 'class-too-small'
	| 'no-features'
	| 'settings-invalid'
	| 'backend-unavailable'
	| 'training-diverged'
	| 'trial-over-budget'
	| 'trial-pruned'
	| 'eval-input-invalid'
	| 'bundle-invalid'
	| 'runs-import-invalid'
	| 'predict-columns-missing'
	| 'predict-columns-wrong-kind'
	| 'reasons-unavailable'
	| 'dataset-not-found'
	| 'storage-quota'
	| 'webgpu-unavailable'
	| 'llm-unreachable'
	| 'llm-out-of-memory'
	| 'llm-device-lost'
	| 'cancelled'
	| 'internal';

export type ErrorDetail = {
	/** Where the problem is: a file, a line, a column, a field path. */
	where?: string;
	/** What the user can do about it. */
	hint?: string;
	/** Machine-readable extras (e.g. the first ragged line numbers). */
	data?: Record<string, unknown>;
	/**
	 * The message, where and hint as catalogue keys with parameters, so the page shows them in the reader's
	 * language (`localizeError`); the strings above are their English text (logs, the CLI, old records).
	 */
	texts?: ErrorTexts;
};

export type ErrorTexts = { message?: Text; where?: Text; hint?: Text };

/** What a thrower passes: plain English (not translated yet) or a catalogue Text (translated). */
export type ErrorDetailInput = Omit<ErrorDetail, 'where' | 'hint' | 'texts'> & {
	where?: string | Text;
	hint?: string | Text;
};

/** Plain-data form of a FaroError: what crosses a worker boundary or goes into a run record. */
export type FaroErrorData = { code: FaroErrorCode; message: string } & ErrorDetail;

/** An error the user can act on. */
export class FaroError extends Error {
	override readonly name = 'FaroError';
	readonly detail: ErrorDetail;
	constructor(
		readonly code: FaroErrorCode,
		message: string | Text,
		detail: ErrorDetailInput | ErrorDetail = {}
	) {
		const texts: ErrorTexts = { ...('texts' in detail ? detail.texts : undefined) };
		const english = (value: string | Text, slot: keyof ErrorTexts): string => {
			if (typeof value === 'string') return value;
			texts[slot] = value;
			return inEnglish(value);
		};
		super(english(message, 'message'));
		const { where, hint, ...rest } = detail;
		this.detail = { ...rest };
		if (where !== undefined) this.detail.where = english(where, 'where');
		if (hint !== undefined) this.detail.hint = english(hint, 'hint');
		if (Object.keys(texts).length) this.detail.texts = texts;
		else delete this.detail.texts;
	}

	/** The plain-data form (structured-clone safe). */
	toData(): FaroErrorData {
		return { code: this.code, message: this.message, ...this.detail };
	}

	static fromData(data: FaroErrorData): FaroError {
		const { code, message, ...detail } = data;
		return new FaroError(code, message, detail);
	}
}

/** An error's message, where and hint in the language in use (English text where no translation is known). */
export function localizeError(error: { message: string; detail?: ErrorDetail }): {
	message: string;
	where?: string;
	hint?: string;
} {
	const texts = error.detail?.texts;
	const pick = (english: string | undefined, value: Text | undefined) =>
		(value && render(value)) ?? english;
	return {
		message: pick(error.message, texts?.message) ?? error.message,
		where: pick(error.detail?.where, texts?.where),
		hint: pick(error.detail?.hint, texts?.hint)
	};
}

/** Whether `err` is the error a cancelled operation throws. */
export const isCancelled = (err: unknown): boolean =>
	err instanceof FaroError
		? err.code === 'cancelled'
		: err instanceof DOMException && err.name === 'AbortError';

/** Turns anything thrown into a FaroError; unknown errors become `internal` and keep their message. */
export function asFaroError(err: unknown): FaroError {
	if (err instanceof FaroError) return err;
	if (isCancelled(err)) return new FaroError('cancelled', text('err_cancelled'));
	if (isFaroErrorData(err)) return FaroError.fromData(err);
	const message = err instanceof Error ? err.message : String(err);
	if (/quota/i.test(message)) {
		return new FaroError('storage-quota', text('err_storage_quota', { error: message }), {
			hint: text('err_storage_quota_hint')
		});
	}
	return new FaroError('internal', text('err_internal', { error: message }), {
		hint: text('err_internal_hint')
	});
}

function isFaroErrorData(value: unknown): value is FaroErrorData {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { code?: unknown }).code === 'string' &&
		typeof (value as { message?: unknown }).message === 'string'
	);
}

/** Result of a worker call: plain data either way. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: FaroErrorData };

/** Runs `fn` and captures its result or its error as an `Outcome`. */
export async function settle<T>(fn: () => Promise<T> | T): Promise<Outcome<T>> {
	try {
		return { ok: true, value: await fn() };
	} catch (err) {
		return { ok: false, error: asFaroError(err).toData() };
	}
}

/** Rebuilds the value or the FaroError from an `Outcome`. @throws FaroError */
export function unwrap<T>(outcome: Outcome<T>): T {
	if (outcome.ok) return outcome.value;
	throw FaroError.fromData(outcome.error);
}

/** Throws the `cancelled` FaroError when the signal has fired. @throws FaroError cancelled */
export function throwIfAborted(signal?: AbortSignal): void {
	if (signal?.aborted) throw new FaroError('cancelled', text('err_cancelled'));
}
