/**
 * Turns what web-llm throws into FaroErrors the user can act on. Classification reads the error as the text
 * "Name: message" (`engineErrorText`): what web-llm's own worker protocol passes on, and what an Error thrown
 * in-process (Faro's LLM worker runs the engine on its own thread) reads as. The patterns follow the
 * texts web-llm 0.2.86 (lib/index.js) and Chromium raise; tests/unit/llm/engine-errors.test.ts checks them
 * word for word (the Chromium ones were recorded by tests/unit/llm/probe-chromium-errors.mjs):
 * - files unreachable: `TypeError: Failed to fetch` (host down, offline, CORS) and
 *   `TypeError: Failed to execute 'add' on 'Cache': Request failed` (the host answered 404/500: web-llm
 *   downloads into the Cache API with `cache.add`); its IndexedDB and OPFS caches say "Network response was
 *   not ok" / "Unable to fetch <url>, received status <n>".
 * - out of memory: a device lost while loading is web-llm's `DeviceLostError` ("…while loading the model.
 *   This issue often occurs due to running out of memory (OOM)…"); CPU-side `Array buffer allocation failed`.
 * - device lost mid-generation: the read-back in flight fails with Chromium's `AbortError: … The Device was
 *   lost before mapping was resolved.`, then web-llm unloads the model and every later request fails with
 *   `ModelNotLoadedError`.
 */
import { FaroError, type FaroErrorCode } from '$lib/shared/errors';
import { text, type Text } from '$lib/i18n';

type Rule = {
	code: FaroErrorCode;
	pattern: RegExp;
	message: (model: string) => Text;
	hint: Text;
};

/** First match wins: the out-of-memory rule must come before the device-lost one (web-llm reports OOM at load as a lost device). */
const RULES: Rule[] = [
	{
		code: 'webgpu-unavailable',
		pattern:
			/WebGPUNotAvailableError|WebGPUNotFoundError|Cannot find WebGPU|navigator\.gpu|no (WebGPU )?adapter/i,
		message: () => text('err_engine_no_webgpu'),
		hint: text('err_engine_no_webgpu_hint')
	},
	{
		code: 'webgpu-unavailable',
		pattern: /ShaderF16SupportError|shader-f16/i,
		message: (model) => text('err_engine_no_f16', { model }),
		hint: text('err_engine_no_f16_hint')
	},
	{
		code: 'webgpu-unavailable',
		pattern: /FeatureSupportError|requires feature \S+, which is not yet supported/i,
		message: (model) => text('err_engine_no_feature', { model }),
		hint: text('err_engine_no_feature_hint')
	},
	{
		code: 'llm-out-of-memory',
		pattern:
			/device was lost while loading the model|out of memory|OutOfMemory|\bOOM\b|allocation failed|could not allocate|too large for the implementation/i,
		message: (model) => text('err_engine_oom', { model }),
		hint: text('err_engine_oom_hint')
	},
	{
		code: 'llm-device-lost',
		pattern:
			/DeviceLostError|Device (was |is )?lost|device.*destroyed|ModelNotLoadedError|not loaded with a model/i,
		message: () => text('err_engine_device_lost'),
		hint: text('err_engine_device_lost_hint')
	},
	{
		code: 'llm-unreachable',
		pattern: /Request failed|received status|Network response was not ok|Cannot fetch https?:/i,
		message: (model) => text('err_engine_host_error', { model }),
		hint: text('err_engine_host_error_hint')
	},
	{
		code: 'llm-unreachable',
		pattern: /Failed to fetch|NetworkError|network error|Load failed|ERR_[A-Z_]+/i,
		message: (model) => text('err_engine_host_down', { model }),
		hint: text('err_engine_host_down_hint')
	}
];

/** A web-llm error as text: "Name: message" (an Error in-process; a string when it crossed web-llm's worker protocol). */
export function engineErrorText(err: unknown): string {
	if (err instanceof Error) return `${err.name}: ${err.message}`;
	if (typeof err === 'object' && err !== null && 'message' in err) {
		const { name, message } = err as { name?: unknown; message?: unknown };
		return `${typeof name === 'string' ? name : 'Error'}: ${String(message)}`;
	}
	return String(err);
}

/**
 * The FaroError for a fatal engine failure (no WebGPU, files unreachable, out of memory, device lost), or
 * null when the error is worth a retry (e.g. a grammar error on a bad reply) or unknown.
 * @example classifyEngineError('TypeError: Failed to fetch', 'SmolLM2-360M-Instruct-q4f16_1-MLC')?.code // 'llm-unreachable'
 */
export function classifyEngineError(err: unknown, model: string): FaroError | null {
	if (err instanceof FaroError) return err;
	const engineError = engineErrorText(err);
	const rule = RULES.find((r) => r.pattern.test(engineError));
	if (!rule) return null;
	const url = /https?:\/\/[^\s,'"]+[^\s,'".]/.exec(engineError)?.[0];
	return new FaroError(rule.code, rule.message(model), {
		hint: rule.hint,
		...(url ? { where: url } : {}),
		data: { engineError }
	});
}
