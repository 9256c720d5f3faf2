/**
 * Loading a web-llm engine on the page: check WebGPU first (say why not before anything downloads), then
 * import web-llm DYNAMICALLY (it does not tree-shake: ≈2 MB that only LLM users should pay for) and start
 * the engine in its own worker. web-llm caches the weights in the browser (Cache API), so the second load
 * works offline. Errors become FaroErrors with a way on (smaller model, template describer).
 */
import { asFaroError, FaroError } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import { classifyEngineError } from '$lib/llm/engine-errors';
import type { ChatEngine } from '$lib/llm/web-llm-describer';
import { checkWebGpu, type GpuLike } from '$lib/llm/webgpu';
import { createLlmWorker } from '../workers';

/** A loaded engine and how to free its GPU memory and thread. */
export type LoadedEngine = { engine: ChatEngine; unload: () => Promise<void> };

/** Loads `modelId` from web-llm's prebuilt list. @throws FaroError webgpu-unavailable, llm-* */
export async function loadEngine(modelId: string, onProgress: (p: Progress) => void): Promise<LoadedEngine> {
	const status = await checkWebGpu((navigator as Navigator & { gpu?: GpuLike }).gpu);
	if (!status.available) {
		throw new FaroError('webgpu-unavailable', status.reason, { hint: 'Use the template describer: it needs no GPU.' });
	}
	const webllm = await import('@mlc-ai/web-llm');
	const worker = createLlmWorker();
	try {
		const engine = await webllm.CreateWebWorkerMLCEngine(worker, modelId, {
			initProgressCallback: (r) => onProgress({ phase: r.text, done: r.progress, total: 1 })
		});
		return {
			engine: engine satisfies ChatEngine,
			unload: async () => {
				await engine.unload();
				worker.terminate();
			}
		};
	} catch (err) {
		worker.terminate();
		throw classifyEngineError(err, modelId) ?? asFaroError(err);
	}
}
