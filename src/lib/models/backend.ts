/**
 * Chooses the TF.js backend: a real GPU (WebGPU, then WebGL) when there is one, else wasm, else cpu. Every
 * candidate must also run a tiny matMul and read it back within a timeout. This module only imports
 * `@tensorflow/tfjs` (cpu and webgl); the browser worker registers webgpu and wasm (with their file paths),
 * Node code imports `@tensorflow/tfjs-backend-wasm`, and unregistered backends are skipped.
 */
import * as tf from '@tensorflow/tfjs';
import { FaroError } from '$lib/shared/errors';
import { probeWebGl, probeWebGpu } from './backend-probes';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export type BackendAttempt = { name: BackendName; ok: boolean; why?: string };
export type BackendChoice = { name: BackendName; reason: string; tried: BackendAttempt[] };

export const BACKEND_NAMES: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];
const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Activates a backend and says why. `auto` tries webgpu (non-fallback adapter only), webgl (hardware
 * renderer only), wasm, cpu in that order; a named preference tries only that one, whatever its hardware.
 * After a failed candidate the next is set explicitly (a failed `setBackend` leaves TF.js free to pick
 * another on its own).
 * @throws FaroError backend-unavailable when the forced backend (or, with `auto`, every backend) fails
 * @example
 * const { name, reason } = await chooseBackend('auto'); // e.g. wasm: "webgpu skipped: …; webgl skipped: …"
 */
export async function chooseBackend(
	preference: 'auto' | BackendName = 'auto',
	options: { timeoutMs?: number } = {}
): Promise<BackendChoice> {
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const forced = preference !== 'auto';
	const candidates = forced ? [preference] : BACKEND_NAMES;
	const tried: BackendAttempt[] = [];
	for (const name of candidates) {
		const why = await tryBackend(name, forced, timeoutMs);
		tried.push(why === null ? { name, ok: true } : { name, ok: false, why });
		if (why === null) return { name, reason: describeChoice(name, forced, tried), tried };
	}
	const reasons = tried.map((t) => `${t.name}: ${t.why}`).join('; ');
	throw new FaroError(
		'backend-unavailable',
		forced
			? `The ${preference} backend is not available: ${tried[0]?.why}.`
			: `No compute backend works here (${reasons}).`,
		{
			where: `backend ${preference}`,
			hint: forced ? 'Choose "auto" to let Faro pick one that works.' : 'Try another browser.'
		}
	);
}

/** null when `name` is active and computes correctly, else why not. */
async function tryBackend(
	name: BackendName,
	forced: boolean,
	timeoutMs: number
): Promise<string | null> {
	if (!tf.findBackendFactory(name)) return 'not registered in this build';
	try {
		if (!forced && name === 'webgpu') {
			const skip = await withTimeout(probeWebGpu(), timeoutMs, 'requesting a WebGPU adapter');
			if (skip) return skip;
		}
		if (!forced && name === 'webgl') {
			const skip = probeWebGl();
			if (skip) return skip;
		}
		if (!(await withTimeout(tf.setBackend(name), timeoutMs, 'starting')))
			return 'it failed to start';
		return await withTimeout(smokeTest(), timeoutMs, 'a test computation');
	} catch (err) {
		return err instanceof Error ? err.message : String(err);
	}
}

/** A 2×2 matMul read back to the CPU: proves kernels compile and data comes back. */
async function smokeTest(): Promise<string | null> {
	const product = tf.tidy(() =>
		tf.matMul(tf.tensor2d([1, 2, 3, 4], [2, 2]), tf.tensor2d([5, 6, 7, 8], [2, 2]))
	);
	const values = Array.from(await product.data());
	product.dispose();
	return values.join() === '19,22,43,50'
		? null
		: `a test matMul gave ${values.join(', ')} instead of 19, 22, 43, 50`;
}

function describeChoice(name: BackendName, forced: boolean, tried: BackendAttempt[]): string {
	if (forced) return `${name}, as chosen in the settings`;
	const skipped = tried.filter((t) => !t.ok).map((t) => `${t.name} skipped: ${t.why}`);
	const first = name === 'webgpu' || name === 'webgl' ? `${name} (hardware GPU)` : name;
	return skipped.length ? `${first}; ${skipped.join('; ')}` : first;
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(
			() => reject(new Error(`${what} took longer than ${timeoutMs} ms`)),
			timeoutMs
		);
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
