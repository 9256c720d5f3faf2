/** Progress of long work, reported a few times a second at most. */
export type Progress = {
	/** What is happening, for the user ("Reading", "Epoch 3 of 40"). */
	phase: string;
	/** Units done and in total (bytes, rows, epochs); total 0 when unknown. */
	done: number;
	total: number;
	/** Throughput in units per second, when known. */
	ratePerSecond?: number;
	/** Estimated milliseconds left, when known. */
	etaMs?: number;
};

/** What every long-running function accepts. */
export type LongWork = { signal?: AbortSignal; onProgress?: (p: Progress) => void };

/**
 * Wraps an `onProgress` callback so it fires at most every `intervalMs` (plus always for the final report),
 * and fills in rate and time left from the elapsed time.
 */
export function throttleProgress(
	onProgress: ((p: Progress) => void) | undefined,
	intervalMs = 200,
	now: () => number = () => performance.now()
): (p: Progress, force?: boolean) => void {
	if (!onProgress) return () => {};
	const startedMs = now();
	let lastMs = -Infinity;
	return (p, force = false) => {
		const t = now();
		if (!force && t - lastMs < intervalMs && p.done < p.total) return;
		lastMs = t;
		const elapsedS = (t - startedMs) / 1000;
		const rate = elapsedS > 0 ? p.done / elapsedS : undefined;
		const etaMs = rate && p.total > 0 ? ((p.total - p.done) / rate) * 1000 : undefined;
		onProgress({ ratePerSecond: rate, etaMs, ...p });
	};
}
