/**
 * Chooses the TF.js backend: a real GPU (WebGPU, then WebGL) when there is one, else wasm, else cpu. Every
 * candidate must also run a tiny matMul and read it back within a timeout. This module only imports
 * `@tensorflow/tfjs` (cpu and webgl); the browser worker registers webgpu and wasm (with their file paths),
 * Node code imports `@tensorflow/tfjs-backend-wasm`, and unregistered backends are skipped.
 * The reasons are English (`reason`, `why`) with catalogue Texts beside (`whyText`): see backend-reason.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { BASE_LOCALE, inEnglish, text, type Text } from '$lib/i18n';
import { FaroError } from '$lib/shared/errors';
import { probeWebGl, probeWebGpu } from './backend-probes';
import {
	BACKEND_NAMES,
	describeChoice,
	type BackendAttempt,
	type BackendChoice,
	type BackendName
} from './backend-reason';

export { BACKEND_NAMES, type BackendAttempt, type BackendChoice, type BackendName };
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
		if (why === null) tried.push({ name, ok: true });
		else if (typeof why === 'string') tried.push({ name, ok: false, why });
		else tried.push({ name, ok: false, why: inEnglish(why), whyText: why });
		if (why === null)
			return { name, reason: describeChoice(name, forced, tried, BASE_LOCALE), tried };
	}
	const reasons = tried.map((t) => `${t.name}: ${t.why}`).join('; ');
	throw new FaroError(
		'backend-unavailable',
		forced
			? text('train_err_backend_forced', {
					backend: preference,
					why: tried[0]?.whyText ?? tried[0]?.why ?? ''
				})
			: text('train_err_backend_none', { reasons }),
		{
			where: text('train_err_backend_where', { backend: preference }),
			hint: forced ? text('train_err_backend_forced_hint') : text('train_err_backend_none_hint')
		}
	);
}

/** null when `name` is active and computes correctly, else why not (a Text, or an error's own message). */
async function tryBackend(
	name: BackendName,
	forced: boolean,
	timeoutMs: number
): Promise<Text | string | null> {
	if (!tf.findBackendFactory(name)) return text('train_backend_why_not_registered');
	try {
		if (!forced && name === 'webgpu') {
			const skip = await withTimeout(
				probeWebGpu(),
				text('train_backend_why_timeout_adapter', { ms: timeoutMs }),
				timeoutMs
			);
			if (skip) return skip;
		}
		if (!forced && name === 'webgl') {
			const skip = probeWebGl();
			if (skip) return skip;
		}
		const started = await withTimeout(
			tf.setBackend(name),
			text('train_backend_why_timeout_start', { ms: timeoutMs }),
			timeoutMs
		);
		if (!started) return text('train_backend_why_no_start');
		return await withTimeout(
			smokeTest(),
			text('train_backend_why_timeout_test', { ms: timeoutMs }),
			timeoutMs
		);
	} catch (err) {
		if (err instanceof TimedOut) return err.why;
		return err instanceof Error ? err.message : String(err);
	}
}

/** A 2×2 matMul read back to the CPU: proves kernels compile and data comes back. */
async function smokeTest(): Promise<Text | null> {
	const product = tf.tidy(() =>
		tf.matMul(tf.tensor2d([1, 2, 3, 4], [2, 2]), tf.tensor2d([5, 6, 7, 8], [2, 2]))
	);
	const values = Array.from(await product.data());
	product.dispose();
	return values.join() === '19,22,43,50'
		? null
		: text('train_backend_why_matmul', { values: values.join(', ') });
}

/** A step that took too long; `why` says which ("starting took longer than 10000 ms"). */
class TimedOut extends Error {
	constructor(readonly why: Text) {
		super(inEnglish(why));
	}
}

function withTimeout<T>(work: Promise<T>, why: Text, timeoutMs: number): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new TimedOut(why)), timeoutMs);
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
