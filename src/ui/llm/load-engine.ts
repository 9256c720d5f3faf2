/**
 * Loading a web-llm engine on the page: check WebGPU first (say why not before anything downloads), then
 * import web-llm DYNAMICALLY (it does not tree-shake: ≈2 MB that only LLM users should pay for) and start
 * the engine in its own worker. web-llm caches the weights in the browser (Cache API), so the second load
 * works offline. A custom model (the team's own host) is added to web-llm's list through `appConfig`.
 * Errors become FaroErrors with a way on (smaller model, template describer, retry).
 */
import { text } from '$lib/i18n';
import { asFaroError, FaroError } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import { classifyEngineError, engineErrorText } from '$lib/llm/engine-errors';
import type { ModelRecordLike } from '$lib/llm/models';
import type { ChatEngine } from '$lib/llm/web-llm-describer';
import { checkWebGpu, type GpuLike } from '$lib/llm/webgpu';
import { createLlmWorker } from '../workers';
import { llmReasonText } from './llm-reason';

/** A loaded engine and how to free its GPU memory and thread. */
export type LoadedEngine = { engine: ChatEngine; unload: () => Promise<void> };

/** What to load: a prebuilt model id, or a custom model record; `downloadMb` scales the progress (NaN: unknown). */
export type EngineSource = { modelId: string; custom?: ModelRecordLike; downloadMb: number };

/** web-llm's load report (0..1 plus a sentence) as Progress in bytes of the download when its size is known. */
export function loadProgress(
	report: { progress: number; text: string },
	downloadMb: number
): Progress {
	const total = Number.isFinite(downloadMb) ? downloadMb * 1e6 : 1;
	return { phase: report.text, done: Math.min(1, Math.max(0, report.progress)) * total, total };
}

/** What a failed load (or generation) becomes: the classified FaroError, else `internal` with the text. */
export const engineError = (err: unknown, modelId: string): FaroError =>
	classifyEngineError(err, modelId) ?? asFaroError(err);

/**
 * web-llm's own code is not in the offline precache (vite.config.ts): the service worker keeps it once it has
 * been fetched. Offline before that (or after an update removed this tab's files), it cannot load.
 */
function codeUnreachable(err: unknown): FaroError {
	return new FaroError('llm-unreachable', text('llm_err_unreachable'), {
		hint: text('llm_err_unreachable_hint'),
		data: { engineError: engineErrorText(err) }
	});
}

/** web-llm, imported on first use. @throws FaroError llm-unreachable */
export async function importWebLlm(): Promise<typeof import('@mlc-ai/web-llm')> {
	try {
		return await import('@mlc-ai/web-llm');
	} catch (err) {
		throw codeUnreachable(err);
	}
}

/** Rejects when the worker script itself cannot be fetched (a plain `error` event; a script error is an ErrorEvent). */
function workerFetchFailed(worker: Worker): Promise<never> {
	return new Promise((_, reject) => {
		worker.addEventListener(
			'error',
			(event) => {
				if (!(event instanceof ErrorEvent)) reject(codeUnreachable('the LLM worker did not load'));
			},
			{ once: true }
		);
	});
}

/** Loads the model. @throws FaroError webgpu-unavailable, llm-* */
export async function loadEngine(
	source: EngineSource,
	onProgress: (p: Progress) => void
): Promise<LoadedEngine> {
	const status = await checkWebGpu((navigator as Navigator & { gpu?: GpuLike }).gpu);
	if (!status.available) {
		throw new FaroError('webgpu-unavailable', llmReasonText(status.reason), {
			hint: text('llm_err_webgpu_hint')
		});
	}
	const webllm = await importWebLlm();
	const worker = createLlmWorker();
	const { modelId, custom } = source;
	try {
		const starting = webllm.CreateWebWorkerMLCEngine(worker, modelId, {
			initProgressCallback: (r) => onProgress(loadProgress(r, source.downloadMb)),
			...(custom
				? {
						appConfig: {
							...webllm.prebuiltAppConfig,
							model_list: [custom, ...webllm.prebuiltAppConfig.model_list]
						}
					}
				: {})
		});
		const engine = await Promise.race([starting, workerFetchFailed(worker)]);
		return {
			engine: engine satisfies ChatEngine,
			unload: async () => {
				await engine.unload();
				worker.terminate();
			}
		};
	} catch (err) {
		worker.terminate();
		throw engineError(err, modelId);
	}
}
