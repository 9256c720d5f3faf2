/**
 * A custom model for teams that host web-llm weights on their own server: the weights folder URL (an MLC
 * model: `mlc-chat-config.json`, tokenizer and shards) and the compiled model library (`.wasm`). Validated
 * here, turned into the web-llm model record the engine loads (through `appConfig`) and into the picker's
 * choice, whose `hosts` the UI names as the only places requests go to.
 */
import { FaroError } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import { downloadSize, needsShaderF16, type ModelChoice, type ModelRecordLike } from './models';

/** What the user types (stored in localStorage by the page). */
export type CustomModelInput = { modelUrl: string; modelLibUrl: string };

/** A validated custom model: the record for web-llm's appConfig and the picker's choice. */
export type CustomModel = { record: ModelRecordLike; choice: ModelChoice };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The messages about each URL field, and the field's name (the where). */
const FIELD_TEXTS = {
	model: {
		where: text('err_custom_model_where_url'),
		invalid: text('err_custom_model_url_invalid'),
		https: text('err_custom_model_url_https'),
		credentials: text('err_custom_model_url_credentials')
	},
	library: {
		where: text('err_custom_model_where_lib'),
		invalid: text('err_custom_model_lib_invalid'),
		https: text('err_custom_model_lib_https'),
		credentials: text('err_custom_model_lib_credentials')
	}
};

function checkUrl(address: string, field: keyof typeof FIELD_TEXTS): URL {
	const texts = FIELD_TEXTS[field];
	let url: URL;
	try {
		url = new URL(address.trim());
	} catch {
		throw new FaroError('settings-invalid', texts.invalid, {
			where: texts.where,
			hint: text('err_custom_model_invalid_hint')
		});
	}
	const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
	if (url.protocol !== 'https:' && !local) {
		throw new FaroError('settings-invalid', texts.https, {
			where: texts.where,
			hint: text('err_custom_model_https_hint')
		});
	}
	if (url.username || url.password) {
		throw new FaroError('settings-invalid', texts.credentials, {
			where: texts.where,
			hint: text('err_custom_model_credentials_hint')
		});
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
	const model = checkUrl(input.modelUrl, 'model');
	const lib = checkUrl(input.modelLibUrl, 'library');
	if (!/\.wasm$/i.test(lib.pathname)) {
		throw new FaroError('settings-invalid', text('err_custom_model_not_wasm'), {
			where: text('err_custom_model_where_lib'),
			hint: text('err_custom_model_not_wasm_hint')
		});
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
