import { describe, expect, it } from 'vitest';
import { customModelId, formatDownload, parseCustomModel, parseLabelChoices } from '$lib/llm';

describe('parseCustomModel', () => {
	it('turns the two URLs into a web-llm record and a choice naming the hosts', () => {
		const custom = parseCustomModel({
			modelUrl: ' https://models.example.com/mlc/SmolLM2-360M-Instruct-q4f16_1-MLC/resolve/main/ ',
			modelLibUrl:
				'https://cdn.example.org/libs/SmolLM2-360M-Instruct-q4f16_1-ctx4k_cs1k-webgpu.wasm'
		});
		expect(custom.record).toEqual({
			model: 'https://models.example.com/mlc/SmolLM2-360M-Instruct-q4f16_1-MLC/resolve/main/',
			model_id: 'SmolLM2-360M-Instruct-q4f16_1-MLC',
			model_lib: 'https://cdn.example.org/libs/SmolLM2-360M-Instruct-q4f16_1-ctx4k_cs1k-webgpu.wasm'
		});
		// 360e6 weights × 4.5 bits / 8 = 202.5 MB → 203, an estimate
		expect(custom.choice).toMatchObject({
			id: 'SmolLM2-360M-Instruct-q4f16_1-MLC',
			downloadMb: 203,
			downloadEstimated: true,
			needsShaderF16: true
		});
		expect(custom.choice.hosts).toEqual(['models.example.com', 'cdn.example.org']);
		expect(custom.choice.vramMb).toBeNaN();
	});

	it('names one host once, and allows plain http only on localhost', () => {
		const custom = parseCustomModel({
			modelUrl: 'http://localhost:8000/weights/',
			modelLibUrl: 'http://localhost:8000/lib.WASM'
		});
		expect(custom.choice.hosts).toEqual(['localhost:8000']);
		expect(custom.record.model_id).toBe('weights');
		expect(custom.choice.downloadMb).toBeNaN();
		expect(formatDownload(custom.choice)).toBe('size unknown');
	});

	it('rejects what web-llm could not load, naming the field', () => {
		const lib = 'https://h.example/lib.wasm';
		const bad: [string, string, string][] = [
			['not a url', lib, 'model URL'],
			['http://h.example/m-MLC/', lib, 'model URL'],
			['https://user:secret@h.example/m-MLC/', lib, 'model URL'],
			['ftp://h.example/m-MLC/', lib, 'model URL'],
			['https://h.example/m-MLC/', 'https://h.example/lib.js', 'model library URL'],
			['https://h.example/m-MLC/', '', 'model library URL']
		];
		for (const [modelUrl, modelLibUrl, where] of bad) {
			expect(() => parseCustomModel({ modelUrl, modelLibUrl }), modelUrl).toThrow(
				expect.objectContaining({
					code: 'settings-invalid',
					detail: expect.objectContaining({ where })
				})
			);
		}
	});

	it('takes the model id from the MLC-looking segment, else the last one, else the host', () => {
		expect(
			customModelId(new URL('https://h/a/Qwen2.5-0.5B-Instruct-q4f16_1-MLC/resolve/main/'))
		).toBe('Qwen2.5-0.5B-Instruct-q4f16_1-MLC');
		expect(customModelId(new URL('https://h/a/b/'))).toBe('b');
		expect(customModelId(new URL('https://h/'))).toBe('h');
	});
});

describe('formatDownload', () => {
	it('marks estimates with ~ and switches to GB at 1000 MB', () => {
		expect(formatDownload({ downloadMb: 203, downloadEstimated: true })).toBe('~203 MB');
		expect(formatDownload({ downloadMb: 1250, downloadEstimated: false })).toBe('1.3 GB');
		expect(formatDownload({ downloadMb: NaN, downloadEstimated: true })).toBe('size unknown');
	});
});

describe('parseLabelChoices', () => {
	it('trims, drops empties and duplicates', () => {
		expect(parseLabelChoices(' stable, risky ,, stable,')).toEqual(['stable', 'risky']);
		expect(parseLabelChoices('a,b,c')).toEqual(['a', 'b', 'c']);
	});

	it('needs two short choices', () => {
		expect(() => parseLabelChoices('')).toThrow(
			expect.objectContaining({ code: 'settings-invalid' })
		);
		expect(() => parseLabelChoices('only, only')).toThrow(/at least two/);
		expect(() => parseLabelChoices(`ok, ${'x'.repeat(41)}`)).toThrow(/longer than 40/);
	});
});
