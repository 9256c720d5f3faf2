/**
 * Typed errors for Faro. Every failure a user can meet is a `FaroError` with a code, a sentence that says
 * what is wrong, and optional `where` / `hint`. Comlink only carries `name`, `message` and `stack` of a thrown
 * error, so worker endpoints return an `Outcome` (plain data) and the page rebuilds the error with `unwrap`.
 */
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
};

/** Plain-data form of a FaroError: what crosses a worker boundary or goes into a run record. */
export type FaroErrorData = { code: FaroErrorCode; message: string } & ErrorDetail;

/** An error the user can act on. */
export class FaroError extends Error {
	override readonly name = 'FaroError';
	constructor(
		readonly code: FaroErrorCode,
		message: string,
		readonly detail: ErrorDetail = {}
	) {
		super(message);
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

/** Whether `err` is the error a cancelled operation throws. */
export const isCancelled = (err: unknown): boolean =>
	err instanceof FaroError ? err.code === 'cancelled' : err instanceof DOMException && err.name === 'AbortError';

/** Turns anything thrown into a FaroError; unknown errors become `internal` and keep their message. */
export function asFaroError(err: unknown): FaroError {
	if (err instanceof FaroError) return err;
	if (isCancelled(err)) return new FaroError('cancelled', 'Cancelled.');
	if (isFaroErrorData(err)) return FaroError.fromData(err);
	const message = err instanceof Error ? err.message : String(err);
	if (/quota/i.test(message)) {
		return new FaroError('storage-quota', `The browser refused to store more data: ${message}`, {
			hint: 'Delete old datasets or runs to free space.'
		});
	}
	return new FaroError('internal', `Something went wrong inside Faro: ${message}`, {
		hint: 'This is a bug; the console has the details.'
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
	if (signal?.aborted) throw new FaroError('cancelled', 'Cancelled.');
}
