/**
 * Loading a web-llm engine in the LLM worker (workers/llm.worker.ts): check WebGPU first (say why not before
 * anything downloads), then start web-llm's engine in this thread. web-llm caches the weights in the browser
 * (Cache API), so the second load works offline. A custom model (the team's own host) is added to web-llm's
 * list through `appConfig`. Errors become FaroErrors with a way on (smaller model, template describer, retry).
 * web-llm itself is passed in by the worker, so this module (and src/lib) never imports its 6 MB at run time.
 */
import { text } from '$lib/i18n';
import { asFaroError, FaroError } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import { classifyEngineError, engineErrorText } from './engine-errors';
import type { ModelRecordLike } from './models';
import type { ChatEngine } from './web-llm-describer';
import { checkWebGpu, type GpuLike } from './webgpu';

/** A loaded engine and how to free its GPU memory. */
export type LoadedEngine = { engine: ChatEngine; unload: () => Promise<void> };

/** What to load: a prebuilt model id, or a custom model record; `downloadMb` scales the progress (NaN: unknown). */
export type EngineSource = { modelId: string; custom?: ModelRecordLike; downloadMb: number };

/** The slice of `@mlc-ai/web-llm` used here (the worker passes the module). */
export type WebLlmLike = {
	prebuiltAppConfig: { model_list: ModelRecordLike[] };
	CreateMLCEngine: (
		modelId: string,
		config: {
			initProgressCallback: (report: { progress: number; text: string }) => void;
			appConfig?: { model_list: ModelRecordLike[] };
		}
	) => Promise<ChatEngine & { unload: () => Promise<void> }>;
};

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
 * been fetched. Offline before that (or after an update removed this tab's files), the LLM worker cannot load.
 */
export function llmCodeUnreachable(err: unknown): FaroError {
	return new FaroError('llm-unreachable', text('llm_err_unreachable'), {
		hint: text('llm_err_unreachable_hint'),
		data: { engineError: engineErrorText(err) }
	});
}

/**
 * Loads the model on this thread's WebGPU (`gpu`: the worker's `navigator.gpu`).
 * @throws FaroError webgpu-unavailable, llm-*
 */
export async function loadWebLlmEngine(
	webllm: WebLlmLike,
	gpu: GpuLike | undefined,
	source: EngineSource,
	onProgress: (p: Progress) => void
): Promise<LoadedEngine> {
	const status = await checkWebGpu(gpu);
	if (!status.available) {
		throw new FaroError('webgpu-unavailable', status.reason, {
			hint: text('llm_err_webgpu_hint')
		});
	}
	const { modelId, custom } = source;
	try {
		const engine = await webllm.CreateMLCEngine(modelId, {
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
		return { engine, unload: () => engine.unload() };
	} catch (err) {
		throw engineError(err, modelId);
	}
}
