/**
 * Turns what web-llm throws into FaroErrors the user can act on. web-llm's error classes do not survive the
 * worker boundary (only the message does), so the classification reads names and messages.
 */
import { FaroError } from '$lib/shared/errors';

/** The FaroError for a fatal engine failure, or null when the error is worth a retry (e.g. a bad reply). */
export function classifyEngineError(err: unknown, model: string): FaroError | null {
	if (err instanceof FaroError) return err;
	const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
	if (/WebGPUNotAvailable|WebGPUNotFound|navigator\.gpu|requestAdapter|no (WebGPU )?adapter/i.test(text)) {
		return new FaroError('webgpu-unavailable', 'This browser cannot give the model a GPU (WebGPU is unavailable).', {
			hint: 'Use the template describer, or open Faro in a browser with WebGPU (recent Chrome or Edge).'
		});
	}
	if (/ShaderF16|shader-f16/i.test(text)) {
		return new FaroError('webgpu-unavailable', `The GPU lacks 16-bit float support that ${model} needs.`, {
			hint: 'Pick the q4f32 variant of the model, or the template describer.'
		});
	}
	if (/DeviceLost|device (was |is )?lost|device.*destroyed/i.test(text)) {
		return new FaroError('llm-device-lost', 'The GPU stopped responding while the model was writing (device lost).', {
			hint: 'Generate again: finished rows are cached and the job resumes. A smaller model is less likely to fail.'
		});
	}
	if (/out of memory|OutOfMemory|allocation failed|failed to allocate|exceeds.*(limit|memory)|maxStorageBufferBindingSize/i.test(text)) {
		return new FaroError('llm-out-of-memory', `The GPU ran out of memory for ${model}.`, {
			hint: 'Pick a smaller model, close other GPU-heavy tabs, or use the template describer.'
		});
	}
	if (/Failed to fetch|NetworkError|network|fetch|ERR_|404|403|CORS|Cache\.add/i.test(text)) {
		return new FaroError('llm-unreachable', `The files of ${model} could not be downloaded.`, {
			hint: 'Check the connection (or the custom model URL) and try again; the template describer works offline.'
		});
	}
	return null;
}
