/**
 * Which web-llm models Faro offers, and whether this browser can run one. The list comes from web-llm's
 * `prebuiltAppConfig.model_list`, passed in by the caller: importing web-llm here would pull its ≈6 MB into
 * every bundle that uses this module (it does not tree-shake), so the page asks the LLM worker for the list
 * (`modelList`) and tests pass records of their own. Download sizes come from the list's `buffer_size_required_bytes` when
 * present; otherwise (every small model of web-llm 0.2.86) they are estimated from the parameter count in the
 * model id and the quantisation (≈4.5 bits per weight for q4 with its scales) and shown with "~".
 */

/** The fields of web-llm's ModelRecord that Faro reads. */
export type ModelRecordLike = {
	model: string;
	model_id: string;
	model_lib: string;
	vram_required_MB?: number;
	buffer_size_required_bytes?: number;
	required_features?: string[];
	model_type?: number;
};

/** One model as the picker shows it. */
export type ModelChoice = {
	id: string;
	vramMb: number;
	/** Download (and browser storage) in MB; NaN when unknown. */
	downloadMb: number;
	/** True when `downloadMb` is an estimate from the id (shown with "~"), false when the list gives it. */
	downloadEstimated: boolean;
	needsShaderF16: boolean;
	/** Hosts the weights and the compiled library are fetched from (the only requests that leave the page). */
	hosts: string[];
};

/** Default ceiling of the picker: models that fit a modest GPU. */
export const MAX_VRAM_MB = 1000;

const BITS_PER_WEIGHT: Record<string, number> = { q0f16: 16, q0f32: 32, q3f16: 3.5, q4f16: 4.5, q4f32: 4.5 };

/** Estimated download size in MB from "360M" / "1.1B" in the id and its quantisation. */
export function estimateDownloadMb(modelId: string): number {
	const size = /(\d+(?:\.\d+)?)([MB])(?![a-z])/i.exec(modelId);
	const quant = /q(\d)f(16|32)/i.exec(modelId);
	if (!size || !quant) return NaN;
	const params = Number(size[1]) * (size[2].toUpperCase() === 'B' ? 1e9 : 1e6);
	const bits = BITS_PER_WEIGHT[`q${quant[1]}f${quant[2]}`] ?? 4.5;
	return Math.round((params * bits) / 8 / 1e6);
}

/** The download size: the list's buffer size when it has one, else the estimate from the id. */
export function downloadSize(record: ModelRecordLike): { downloadMb: number; downloadEstimated: boolean } {
	const bytes = record.buffer_size_required_bytes;
	if (bytes !== undefined && bytes > 0) return { downloadMb: Math.round(bytes / 1e6), downloadEstimated: false };
	return { downloadMb: estimateDownloadMb(record.model_id), downloadEstimated: true };
}

/** "~203 MB", "1.2 GB", or "size unknown": how the picker and the notices show a download. */
export function formatDownload(choice: Pick<ModelChoice, 'downloadMb' | 'downloadEstimated'>): string {
	if (!Number.isFinite(choice.downloadMb)) return 'size unknown';
	const size = choice.downloadMb >= 1000 ? `${(choice.downloadMb / 1000).toFixed(1)} GB` : `${choice.downloadMb} MB`;
	return choice.downloadEstimated ? `~${size}` : size;
}

/** Whether a model needs the `shader-f16` GPU feature (the field is not always filled: the id says it too). */
export const needsShaderF16 = (record: ModelRecordLike): boolean =>
	(record.required_features ?? []).includes('shader-f16') || /f16/i.test(record.model_id);

function hostOf(url: string): string | null {
	try {
		return new URL(url).host;
	} catch {
		return null;
	}
}

/**
 * The chat models under `maxVramMb` this adapter can run, smallest VRAM first. Without `shader-f16` every
 * f16 model goes (so the q4f32 variant is offered); with it, a q4f32 model is dropped when its q4f16
 * sibling is listed (same model, less memory).
 */
export function smallModels(
	list: readonly ModelRecordLike[],
	options: { hasShaderF16: boolean; maxVramMb?: number }
): ModelChoice[] {
	const max = options.maxVramMb ?? MAX_VRAM_MB;
	const chat = list.filter(
		(m) => (m.model_type ?? 0) === 0 && !/embed/i.test(m.model_id) && (m.vram_required_MB ?? Infinity) <= max
	);
	const runnable = chat.filter((m) => options.hasShaderF16 || !needsShaderF16(m));
	const ids = new Set(runnable.map((m) => m.model_id));
	const kept = options.hasShaderF16
		? runnable.filter((m) => !(/q4f32/.test(m.model_id) && ids.has(m.model_id.replace('q4f32', 'q4f16'))))
		: runnable;
	return kept
		.map((m) => ({
			id: m.model_id,
			vramMb: m.vram_required_MB ?? NaN,
			...downloadSize(m),
			needsShaderF16: needsShaderF16(m),
			hosts: [...new Set([hostOf(m.model), hostOf(m.model_lib)].filter((h): h is string => h !== null))]
		}))
		.sort((a, b) => a.vramMb - b.vramMb || a.id.localeCompare(b.id));
}

/** The default pick: SmolLM2-360M (a fair writer for its size), else the smallest model offered. */
export function defaultModel(choices: readonly ModelChoice[]): ModelChoice | null {
	return choices.find((c) => c.id.startsWith('SmolLM2-360M-Instruct-q4')) ?? choices[0] ?? null;
}
