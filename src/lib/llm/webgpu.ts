/**
 * Can this browser run an LLM on the GPU? Asked before anything loads, answered in plain words. The caller
 * passes `navigator.gpu` (src/lib never touches `navigator`). A fallback adapter (SwiftShader, a CPU
 * pretending to be a GPU) counts as no: generation would take hours.
 */
import { inEnglish, text, type Text } from '$lib/i18n';

/** The slice of `GPUAdapter` read here. */
export type AdapterLike = {
	features: { has(name: string): boolean };
	info?: { isFallbackAdapter?: boolean; vendor?: string; architecture?: string; description?: string };
	isFallbackAdapter?: boolean;
};

/** The slice of `GPU` (navigator.gpu) used here. */
export type GpuLike = { requestAdapter(): Promise<AdapterLike | null> };

export type WebGpuStatus =
	| { available: true; hasShaderF16: boolean; adapter: string }
	| { available: false; reason: string };

/** Checks for WebGPU, a hardware adapter, and `shader-f16`. Never throws. */
export async function checkWebGpu(gpu: GpuLike | undefined | null): Promise<WebGpuStatus> {
	if (!gpu) {
		return { available: false, reason: 'This browser has no WebGPU (navigator.gpu is missing): the on-device model cannot run here.' };
	}
	let adapter: AdapterLike | null;
	try {
		adapter = await gpu.requestAdapter();
	} catch (err) {
		return { available: false, reason: `WebGPU refused to give a GPU adapter (${err instanceof Error ? err.message : String(err)}).` };
	}
	if (!adapter) {
		return { available: false, reason: 'WebGPU is present but found no GPU adapter (the GPU is blocked or disabled in this browser).' };
	}
	if (adapter.info?.isFallbackAdapter || adapter.isFallbackAdapter) {
		return { available: false, reason: 'The only WebGPU adapter is a software fallback (no real GPU): the model would take hours.' };
	}
	const name = [adapter.info?.vendor, adapter.info?.architecture].filter(Boolean).join(' ') || 'GPU';
	return { available: true, hasShaderF16: adapter.features.has('shader-f16'), adapter: name };
}

/**
 * A WebGPU reason of `checkWebGpu` as a catalogue Text (its English is the reason itself), or the reason when
 * it is an adapter's own words. Used as the message of the `webgpu-unavailable` error a load throws.
 */
export function webGpuReasonText(reason: string): Text | string {
	const refused = /^WebGPU refused to give a GPU adapter \((.*)\)\.$/.exec(reason);
	if (refused) return text('llm_reason_refused', { why: refused[1] ?? '' });
	const known = [
		text('llm_reason_no_webgpu'),
		text('llm_reason_no_adapter'),
		text('llm_reason_fallback')
	];
	return known.find((t) => inEnglish(t) === reason) ?? reason;
}
