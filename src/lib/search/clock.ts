/** The search's time budget and cancel, as one abort signal. */
import { FaroError } from '$lib/shared/errors';
import { text } from '$lib/i18n';

export type Clock = {
	signal: AbortSignal;
	timedOut: () => boolean;
	/** Milliseconds left (Infinity without a time budget). */
	remainingMs: () => number;
	dispose: () => void;
};

/**
 * An abort signal that fires on the user's cancel or when the minutes run out. The timer can only fire when
 * the event loop gets a turn, so `timedOut` also reads the clock.
 */
export function startClock(minutes: number | undefined, outer: AbortSignal | undefined): Clock {
	const controller = new AbortController();
	const deadlineMs =
		minutes !== undefined && Number.isFinite(minutes)
			? performance.now() + minutes * 60_000
			: Infinity;
	let timedOut = false;
	const onAbort = () => controller.abort(new FaroError('cancelled', text('err_search_cancelled')));
	outer?.addEventListener('abort', onAbort);
	if (outer?.aborted) onAbort();
	const timer =
		minutes !== undefined && Number.isFinite(minutes)
			? setTimeout(
					() => {
						timedOut = true;
						controller.abort(new FaroError('cancelled', text('err_search_out_of_time')));
					},
					Math.max(0, minutes * 60_000)
				)
			: undefined;
	return {
		signal: controller.signal,
		timedOut: () => timedOut || performance.now() >= deadlineMs,
		remainingMs: () => (timedOut ? 0 : Math.max(0, deadlineMs - performance.now())),
		dispose: () => {
			clearTimeout(timer);
			outer?.removeEventListener('abort', onAbort);
		}
	};
}
