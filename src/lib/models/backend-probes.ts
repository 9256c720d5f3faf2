/**
 * Cheap checks that tell a real GPU from a software one before TF.js is pointed at it (PLATFORM.md: on
 * SwiftShader an MLP epoch takes 11–14 s on WebGL and 65–90 s on WebGPU, against 2–3 s on wasm).
 * Each returns null when the backend is worth trying, else the reason to skip it (a catalogue Text: the
 * chooser stores its English and the Text, see backend-reason.ts).
 */
import { text, type Text } from '$lib/i18n';

type AdapterLike = {
	isFallbackAdapter?: boolean;
	info?: { isFallbackAdapter?: boolean; description?: string; vendor?: string };
};
type GpuLike = { requestAdapter(): Promise<AdapterLike | null> };

/** Skip WebGPU without `navigator.gpu`, without an adapter, or with only the software fallback adapter. */
export async function probeWebGpu(): Promise<Text | null> {
	const gpu = (globalThis.navigator as { gpu?: GpuLike } | undefined)?.gpu;
	if (!gpu) return text('train_backend_why_no_webgpu');
	const adapter = await gpu.requestAdapter();
	if (!adapter) return text('train_backend_why_no_adapter');
	if (adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter) {
		return text('train_backend_why_fallback');
	}
	return null;
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

type GlLike = {
	RENDERER: number;
	getParameter(p: number): unknown;
	getExtension(name: string): unknown;
};

/** Skip WebGL without a context, or when its renderer is a software rasteriser (SwiftShader, llvmpipe). */
export function probeWebGl(): Text | null {
	const Canvas = (
		globalThis as {
			OffscreenCanvas?: new (w: number, h: number) => { getContext(kind: string): unknown };
		}
	).OffscreenCanvas;
	if (!Canvas) return text('train_backend_why_no_offscreen');
	const canvas = new Canvas(1, 1);
	const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as GlLike | null;
	if (!gl) return text('train_backend_why_no_context');
	const debug = gl.getExtension('WEBGL_debug_renderer_info') as {
		UNMASKED_RENDERER_WEBGL: number;
	} | null;
	const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
	(gl.getExtension('WEBGL_lose_context') as { loseContext(): void } | null)?.loseContext();
	return SOFTWARE_RENDERERS.test(renderer)
		? text('train_backend_why_software', { renderer })
		: null;
}
