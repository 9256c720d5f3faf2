import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { classifyEngineError, ENGINE_ERROR_TEXTS, engineErrorText } from '$lib/llm';
import { FaroError } from '$lib/shared/errors';
import chromium from './chromium-error-texts.json';

const MODEL = 'SmolLM2-360M-Instruct-q4f16_1-MLC';
const classify = (err: unknown) => classifyEngineError(err, MODEL);

/**
 * Builds one of web-llm's error classes from the installed lib/index.js (they are not exported) and returns
 * `String(new Class(...args))`: exactly what its worker handler sends the page.
 */
function webLlmErrorText(className: string, ...args: string[]): string {
	const require = createRequire(import.meta.url);
	const source = readFileSync(require.resolve('@mlc-ai/web-llm/lib/index.js'), 'utf8');
	const block = new RegExp(`\\nclass ${className} extends Error \\{\\n[\\s\\S]*?\\n\\}\\n`).exec(
		source
	);
	if (!block) throw new Error(`web-llm no longer defines ${className}`);
	const ErrorClass = new Function(`return (${block[0].trim()});`)() as new (
		...a: string[]
	) => Error;
	return String(new ErrorClass(...args));
}

describe('ENGINE_ERROR_TEXTS (what the fake engine rejects with)', () => {
	it('are the texts the installed web-llm builds for a lost device, an unloaded model and no WebGPU', () => {
		expect(ENGINE_ERROR_TEXTS.deviceLostLoading).toBe(webLlmErrorText('DeviceLostError'));
		expect(ENGINE_ERROR_TEXTS.modelUnloaded).toBe(
			webLlmErrorText('ModelNotLoadedError', 'ChatCompletionRequest')
		);
		expect(ENGINE_ERROR_TEXTS.noWebGpu).toBe(webLlmErrorText('WebGPUNotAvailableError'));
	});

	it('are the texts Chromium raised in the recorded probe (fetch, Cache.add, mapAsync)', () => {
		expect(ENGINE_ERROR_TEXTS.offline).toBe(chromium.texts.fetchUnreachable);
		expect(ENGINE_ERROR_TEXTS.offline).toBe(chromium.texts.cacheAddUnreachable);
		expect(ENGINE_ERROR_TEXTS.httpError).toBe(chromium.texts.cacheAddHttp404);
		expect(ENGINE_ERROR_TEXTS.deviceLostReading).toBe(chromium.texts.mapAsyncDeviceLost);
	});
});

describe('classifyEngineError', () => {
	it('files unreachable: the host down (Failed to fetch) or answering with an error (Cache.add failed)', () => {
		const down = classify(ENGINE_ERROR_TEXTS.offline);
		expect(down).toMatchObject({ code: 'llm-unreachable' });
		expect(down?.message).toBe(
			`The files of ${MODEL} could not be downloaded: the model host did not answer.`
		);
		expect(down?.detail.hint).toMatch(/Retry/);
		const refused = classify(ENGINE_ERROR_TEXTS.httpError);
		expect(refused).toMatchObject({ code: 'llm-unreachable' });
		expect(refused?.message).toMatch(/answered with an error/);
	});

	it("files unreachable through web-llm's IndexedDB and OPFS caches, naming the URL as where", () => {
		const url = 'https://models.example.com/m/params_shard_3.bin';
		const idb = classify(
			`Error: Failed to store ${url} with error: Error: Network response was not ok`
		);
		expect(idb).toMatchObject({ code: 'llm-unreachable', detail: { where: url } });
		const opfs = classify(`Error: ArtifactOPFSCache: Unable to fetch ${url}, received status 404`);
		expect(opfs).toMatchObject({ code: 'llm-unreachable', detail: { where: url } });
	});

	it('a device lost while loading is out of memory, with a smaller model as the way on', () => {
		const error = classify(ENGINE_ERROR_TEXTS.deviceLostLoading);
		expect(error).toMatchObject({ code: 'llm-out-of-memory' });
		expect(error?.message).toBe(`The GPU ran out of memory loading ${MODEL}.`);
		expect(error?.detail.hint).toMatch(/smaller model/);
	});

	it('other out-of-memory texts: WebGPU buffers and wasm memory', () => {
		for (const text of [
			'GPUOutOfMemoryError: Out of memory',
			'RangeError: Array buffer allocation failed',
			'RangeError: WebAssembly.Memory(): could not allocate memory',
			"RangeError: Failed to execute 'createBuffer' on 'GPUDevice': createBuffer failed, size (1099511627776) is too large for the implementation when mappedAtCreation == true"
		]) {
			expect(classify(text), text).toMatchObject({ code: 'llm-out-of-memory' });
		}
	});

	it('a device lost mid-generation: the read-back in flight, then every request to the unloaded model', () => {
		const inFlight = classify(ENGINE_ERROR_TEXTS.deviceLostReading);
		expect(inFlight).toMatchObject({ code: 'llm-device-lost' });
		expect(inFlight?.detail.hint).toMatch(
			/^Resume continues where it stopped: finished rows are cached/
		);
		expect(classify(ENGINE_ERROR_TEXTS.modelUnloaded)).toMatchObject({ code: 'llm-device-lost' });
		expect(
			classify(
				'WorkerEngineModelNotLoadedError: WebWorkerMLCEngine is not loaded with a model. Did you call `engine.reload()`?'
			)
		).toMatchObject({ code: 'llm-device-lost' });
	});

	it('no WebGPU, and a GPU without shader-f16', () => {
		expect(classify(ENGINE_ERROR_TEXTS.noWebGpu)).toMatchObject({ code: 'webgpu-unavailable' });
		expect(classify('WebGPUNotFoundError: Cannot find WebGPU in the environment')).toMatchObject({
			code: 'webgpu-unavailable'
		});
		const f16 = classify(
			'ShaderF16SupportError: This model requires WebGPU extension shader-f16, which is not enabled in this browser. You can try to launch Chrome Canary in command line with flag "--enable-dawn-features=allow_unsafe_apis".'
		);
		expect(f16).toMatchObject({ code: 'webgpu-unavailable' });
		expect(f16?.detail.hint).toMatch(/q4f32/);
	});

	it('leaves errors a retry may fix (or does not know) to the caller, and keeps FaroErrors as they are', () => {
		expect(classify('Error: InvalidResponseFormatGrammarError: bad grammar')).toBeNull();
		expect(classify(new SyntaxError('Unexpected token } in JSON'))).toBeNull();
		const own = new FaroError('cancelled', 'Cancelled.');
		expect(classify(own)).toBe(own);
	});

	it('reads Error objects, plain {name, message} objects and strings alike', () => {
		expect(engineErrorText(new TypeError('Failed to fetch'))).toBe('TypeError: Failed to fetch');
		expect(engineErrorText({ name: 'AbortError', message: 'x' })).toBe('AbortError: x');
		expect(engineErrorText('TypeError: Failed to fetch')).toBe('TypeError: Failed to fetch');
		expect(classify(new TypeError('Failed to fetch'))).toMatchObject({ code: 'llm-unreachable' });
	});
});
