import { describe, expect, it } from 'vitest';
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { inEnglish, render } from '$lib/i18n';
import { checkWebGpu, defaultModel, downloadSize, estimateDownloadMb, smallModels, type AdapterLike } from '$lib/llm';

const list = prebuiltAppConfig.model_list;

describe('smallModels', () => {
	it('without shader-f16 offers no f16 model, and defaults to SmolLM2-360M q4f32', () => {
		const choices = smallModels(list, { hasShaderF16: false });
		expect(choices.length).toBeGreaterThan(0);
		expect(choices.some((c) => /f16/.test(c.id))).toBe(false);
		expect(choices.every((c) => c.vramMb <= 1000)).toBe(true);
		expect(defaultModel(choices)?.id).toBe('SmolLM2-360M-Instruct-q4f32_1-MLC');
	});

	it('with shader-f16 prefers the q4f16 variant over its q4f32 sibling', () => {
		const choices = smallModels(list, { hasShaderF16: true });
		const ids = choices.map((c) => c.id);
		expect(ids).toContain('SmolLM2-360M-Instruct-q4f16_1-MLC');
		expect(ids).not.toContain('SmolLM2-360M-Instruct-q4f32_1-MLC');
		expect(ids.some((id) => /embed/i.test(id))).toBe(false);
		expect(defaultModel(choices)?.id).toBe('SmolLM2-360M-Instruct-q4f16_1-MLC');
		const smol = choices.find((c) => c.id === 'SmolLM2-360M-Instruct-q4f16_1-MLC');
		expect(smol).toMatchObject({ vramMb: 376.06, needsShaderF16: true, downloadMb: 203, downloadEstimated: true });
		expect(smol?.hosts).toEqual(['huggingface.co', 'raw.githubusercontent.com']);
		expect(ids).toEqual([...choices].sort((a, b) => a.vramMb - b.vramMb || a.id.localeCompare(b.id)).map((c) => c.id));
	});

	it('drops f16 models whose required_features is empty when the adapter lacks shader-f16', () => {
		const records = [
			{ model: 'https://h/a', model_id: 'Tiny-1B-q4f16_1-MLC', model_lib: 'https://l/a.wasm', vram_required_MB: 500 },
			{ model: 'https://h/b', model_id: 'Tiny-1B-q4f32_1-MLC', model_lib: 'https://l/b.wasm', vram_required_MB: 700 },
			{ model: 'https://h/c', model_id: 'Big-7B-q4f32_1-MLC', model_lib: 'https://l/c.wasm', vram_required_MB: 5000 }
		];
		expect(smallModels(records, { hasShaderF16: false }).map((c) => c.id)).toEqual(['Tiny-1B-q4f32_1-MLC']);
		expect(smallModels(records, { hasShaderF16: true }).map((c) => c.id)).toEqual(['Tiny-1B-q4f16_1-MLC']);
		expect(smallModels([], { hasShaderF16: true })).toEqual([]);
		expect(defaultModel([])).toBeNull();
	});

	it('estimates downloads from the parameter count and quantisation', () => {
		expect(estimateDownloadMb('SmolLM2-135M-Instruct-q0f16-MLC')).toBe(270); // 135e6 × 2 bytes
		expect(estimateDownloadMb('TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC')).toBe(619); // 1.1e9 × 4.5 / 8
		expect(estimateDownloadMb('Phi-3.5-mini-instruct-q4f16_1-MLC')).toBeNaN();
	});

	it('takes the size from buffer_size_required_bytes when the list gives it (not an estimate)', () => {
		const record = { model: 'https://h/a', model_id: 'Tiny-1B-q4f32_1-MLC', model_lib: 'https://l/a.wasm', vram_required_MB: 500 };
		expect(downloadSize({ ...record, buffer_size_required_bytes: 612_400_000 })).toEqual({ downloadMb: 612, downloadEstimated: false });
		expect(downloadSize(record)).toEqual({ downloadMb: 563, downloadEstimated: true });
		expect(smallModels([{ ...record, buffer_size_required_bytes: 612_400_000 }], { hasShaderF16: false })[0]).toMatchObject({ downloadMb: 612, downloadEstimated: false });
	});
});

describe('checkWebGpu', () => {
	const adapter = (features: string[], info: AdapterLike['info'] = {}): AdapterLike => ({ features: new Set(features), info });

	it('says plainly why not: no navigator.gpu, no adapter, a fallback adapter, an error', async () => {
		expect(await checkWebGpu(undefined)).toEqual({ available: false, reason: { key: 'llm_reason_no_webgpu' } });
		expect(await checkWebGpu({ requestAdapter: async () => null })).toEqual({ available: false, reason: { key: 'llm_reason_no_adapter' } });
		expect(await checkWebGpu({ requestAdapter: async () => adapter([], { isFallbackAdapter: true }) })).toEqual({ available: false, reason: { key: 'llm_reason_fallback' } });
		const refused = await checkWebGpu({ requestAdapter: async () => Promise.reject(new Error('blocked')) });
		expect(refused).toEqual({ available: false, reason: { key: 'llm_reason_refused', params: { why: 'blocked' } } });
		// in the reader's language, with the adapter's own words inside
		if (refused.available) throw new Error('unexpected');
		expect(inEnglish(refused.reason)).toBe('WebGPU refused to give a GPU adapter (blocked).');
		expect(render(refused.reason, 'es')).toContain('blocked');
		expect(render(refused.reason, 'es')).not.toBe(inEnglish(refused.reason));
	});

	it('reports shader-f16 support of a hardware adapter', async () => {
		expect(await checkWebGpu({ requestAdapter: async () => adapter(['shader-f16'], { vendor: 'nvidia', architecture: 'ampere' }) })).toEqual({ available: true, hasShaderF16: true, adapter: 'nvidia ampere' });
		expect(await checkWebGpu({ requestAdapter: async () => adapter([]) })).toEqual({ available: true, hasShaderF16: false, adapter: 'GPU' });
	});
});
