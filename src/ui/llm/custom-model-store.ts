/**
 * The custom model URLs (the team's own host), kept in localStorage so they survive reloads. Only valid
 * entries are stored; a stored entry that no longer parses is dropped.
 */
import { parseCustomModel, type CustomModel, type CustomModelInput } from '$lib/llm/custom-model';

const KEY = 'faro.llm.customModel';

/** The stored custom model, or null (none, or no longer valid). */
export function loadCustomModel(): CustomModel | null {
	try {
		const raw = localStorage.getItem(KEY);
		return raw ? parseCustomModel(JSON.parse(raw) as CustomModelInput) : null;
	} catch {
		localStorage.removeItem(KEY);
		return null;
	}
}

/** Validates and stores the input. @throws FaroError settings-invalid (nothing is stored then) */
export function saveCustomModel(input: CustomModelInput): CustomModel {
	const custom = parseCustomModel(input);
	localStorage.setItem(
		KEY,
		JSON.stringify({ modelUrl: custom.record.model, modelLibUrl: custom.record.model_lib })
	);
	return custom;
}

/** Forgets the custom model. */
export function clearCustomModel(): void {
	localStorage.removeItem(KEY);
}
