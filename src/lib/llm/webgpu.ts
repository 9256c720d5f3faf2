/**
 * Can this browser run an LLM on the GPU? Asked before anything loads, answered in plain words. The caller
 * passes `navigator.gpu` (src/lib never touches `navigator`). A fallback adapter (SwiftShader, a CPU
 * pretending to be a GPU) counts as no: generation would take hours. The reason is a Text, never English to re-parse.
 */
import { text, type Text } from '$lib/i18n';

/** The slice of `GPUAdapter` read here. */
export type AdapterLike = {
	features: { has(name: string): boolean };
	info?: { isFallbackAdapter?: boolean; vendor?: string; architecture?: string; description?: string };
	isFallbackAdapter?: boolean;
};

/** The slice of `GPU` (navigator.gpu) used here. */
export type GpuLike = { requestAdapter(): Promise<AdapterLike | null> };

/** Whether the on-device LLM can run; when not, why, as a catalogue Text (shown in the reader's language). */
export type WebGpuStatus =
	| { available: true; hasShaderF16: boolean; adapter: string }
	| { available: false; reason: Text };

/** Checks for WebGPU, a hardware adapter, and `shader-f16`. Never throws. */
export async function checkWebGpu(gpu: GpuLike | undefined | null): Promise<WebGpuStatus> {
	if (!gpu) return { available: false, reason: text('llm_reason_no_webgpu') };
	let adapter: AdapterLike | null;
	try {
		adapter = await gpu.requestAdapter();
	} catch (err) {
		const why = err instanceof Error ? err.message : String(err);
		return { available: false, reason: text('llm_reason_refused', { why }) };
	}
	if (!adapter) return { available: false, reason: text('llm_reason_no_adapter') };
	if (adapter.info?.isFallbackAdapter || adapter.isFallbackAdapter)
		return { available: false, reason: text('llm_reason_fallback') };
	const name = [adapter.info?.vendor, adapter.info?.architecture].filter(Boolean).join(' ') || 'GPU';
	return { available: true, hasShaderF16: adapter.features.has('shader-f16'), adapter: name };
}
