/**
 * Cooperative yielding for long synchronous loops: the returned function lets the event loop run (so a worker
 * can receive a cancel message) once more than `everyMs` of work has passed since the last yield, and costs a
 * clock read otherwise.
 */
export function createYielder(everyMs = 100): () => Promise<void> {
	let lastMs = performance.now();
	return async () => {
		const now = performance.now();
		if (now - lastMs < everyMs) return;
		await new Promise<void>((resolve) => setTimeout(resolve, 0));
		lastMs = performance.now();
	};
}
