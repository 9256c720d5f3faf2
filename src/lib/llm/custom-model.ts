/**
 * A custom model for teams that host web-llm weights on their own server: the weights folder URL (an MLC
 * model: `mlc-chat-config.json`, tokenizer and shards) and the compiled model library (`.wasm`). Validated
 * here, turned into the web-llm model record the engine loads (through `appConfig`) and into the picker's
 * choice, whose `hosts` the UI names as the only places requests go to.
 */
import { FaroError } from '$lib/shared/errors';
import { downloadSize, needsShaderF16, type ModelChoice, type ModelRecordLike } from './models';

/** What the user types (stored in localStorage by the page). */
export type CustomModelInput = { modelUrl: string; modelLibUrl: string };

/** A validated custom model: the record for web-llm's appConfig and the picker's choice. */
export type CustomModel = { record: ModelRecordLike; choice: ModelChoice };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function checkUrl(text: string, field: string): URL {
	let url: URL;
	try {
		url = new URL(text.trim());
	} catch {
		throw new FaroError('settings-invalid', `The ${field} is not a URL.`, {
			where: field,
			hint: 'Paste a full address such as https://models.example.com/SmolLM2-360M-Instruct-q4f16_1-MLC/.'
		});
	}
	const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
	if (url.protocol !== 'https:' && !local) {
		throw new FaroError(
			'settings-invalid',
			`The ${field} must use https (http only for localhost).`,
			{ where: field, hint: 'Serve the files over https.' }
		);
	}
	if (url.username || url.password) {
		throw new FaroError(
			'settings-invalid',
			`The ${field} must not carry a user name or password.`,
			{ where: field, hint: 'Remove the credentials from the address.' }
		);
	}
	return url;
}

/** The model id from the weights URL: its last path segment that looks like an MLC model, else the last one. */
export function customModelId(modelUrl: URL): string {
	const segments = modelUrl.pathname.split('/').filter(Boolean).map(decodeURIComponent);
	return (
		segments.find((s) => /-MLC(-\w+)?$/i.test(s)) ?? segments[segments.length - 1] ?? modelUrl.host
	);
}

/**
 * Validates a custom model. The model id (from the weights URL) tells the quantisation, hence whether the
 * GPU needs shader-f16. @throws FaroError settings-invalid (which field, and why)
 */
export function parseCustomModel(input: CustomModelInput): CustomModel {
	const model = checkUrl(input.modelUrl, 'model URL');
	const lib = checkUrl(input.modelLibUrl, 'model library URL');
	if (!/\.wasm$/i.test(lib.pathname)) {
		throw new FaroError(
			'settings-invalid',
			'The model library URL must point at the compiled .wasm file.',
			{
				where: 'model library URL',
				hint: 'It ends in .wasm, e.g. …/SmolLM2-360M-Instruct-q4f16_1-ctx4k_cs1k-webgpu.wasm.'
			}
		);
	}
	const record: ModelRecordLike = {
		model: model.href,
		model_id: customModelId(model),
		model_lib: lib.href
	};
	const choice: ModelChoice = {
		id: record.model_id,
		vramMb: NaN,
		...downloadSize(record),
		needsShaderF16: needsShaderF16(record),
		hosts: [...new Set([model.host, lib.host])]
	};
	return { record, choice };
}
