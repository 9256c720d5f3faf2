/**
 * The Describe job: template descriptions (written in the data worker) or LLM descriptions (web-llm on the
 * page through its own worker, cached in IndexedDB, then stored by the data worker). Either way the result
 * is a new dataset that opens when done; the source dataset and runs are never touched.
 */
import { asFaroError, FaroError, unwrap } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import type { DatasetRecord } from '$lib/storage';
import type { Describer, Language } from '$lib/llm/describer';
import { withDescriptionCache } from '$lib/llm/cache';
import { createTemplateDescriber } from '$lib/llm/template-describer';
import { createWebLlmDescriber, type ChatEngine } from '$lib/llm/web-llm-describer';
import { checkWebGpu, type GpuLike, type WebGpuStatus } from '$lib/llm/webgpu';
import { smallModels, type ModelChoice, type ModelRecordLike } from '$lib/llm/models';
import type { FakeEngineOptions } from '$lib/llm/fake-engine';
import { Comlink, dataWorker } from '../workers';
import { datasets } from './datasets.svelte';
import { loadEngine, type LoadedEngine } from '../llm/load-engine';

/** The fake engine exists only in builds made with `--mode test` or VITE_FARO_FAKE_LLM=1 (never in production). */
export const FAKE_LLM_BUILD =
	import.meta.env.MODE === 'test' || import.meta.env.VITE_FARO_FAKE_LLM === '1';

/**
 * The fake "models" of a test build: a well-behaved one, one that leaves every 10th row out (malformed
 * answers), and one whose GPU is "lost" after 20 requests, once per page (so Resume then completes).
 */
const FAKE_MODELS: Record<string, FakeEngineOptions> = FAKE_LLM_BUILD
	? {
			'fake-engine (test build)': { delayMs: 20 },
			'fake-engine-malformed (test build)': { delayMs: 5, omitEvery: 10 },
			'fake-engine-device-lost (test build)': {
				delayMs: 5,
				failAfter: { requests: 20, message: 'DeviceLostError: the WebGPU device was lost' }
			}
		}
	: {};
const fakesFailed: string[] = [];

/** The fake models as picker choices (empty outside test builds). */
export const fakeModelChoices = (): ModelChoice[] =>
	Object.keys(FAKE_MODELS).map((id) => ({
		id,
		vramMb: 0,
		downloadMb: 0,
		downloadEstimated: false,
		needsShaderF16: false,
		hosts: []
	}));

/** What the LLM job runs: the model (a custom one carries its web-llm record), the prompt, optional labels. */
export type LlmChoice = {
	model: ModelChoice;
	custom?: ModelRecordLike;
	prompt: string;
	promptVersion: string;
	labelChoices?: string[];
};
/** How the last LLM job went: rows served from the cache, and rows the template wrote instead of the model. */
export type LlmSummary = { rows: number; fromCache: number; fallbacks: number; labelled: number };
type Job = { id: string; progress: Progress | null; loading: Progress | null };

/** Counts the rows that reach `inner` (the rest came from the cache). */
function counting(inner: Describer, seen: { rows: number }): Describer {
	return {
		describedBy: inner.describedBy,
		describe: (rows, work) => ((seen.rows += rows.length), inner.describe(rows, work))
	};
}

export class DescribeState {
	job = $state.raw<Job | null>(null);
	error = $state.raw<FaroError | null>(null);
	gpu = $state.raw<WebGpuStatus | null>(null);
	models = $state.raw<ModelChoice[]>([]);
	summary = $state.raw<LlmSummary | null>(null);
	#controller: AbortController | null = null;

	/** Checks WebGPU once; reads web-llm's model list (a dynamic import) only when a GPU is there. */
	async checkGpu(): Promise<void> {
		if (this.gpu) return;
		const status = await checkWebGpu((navigator as Navigator & { gpu?: GpuLike }).gpu);
		if (status.available) {
			const { prebuiltAppConfig } = await import('@mlc-ai/web-llm');
			this.models = smallModels(prebuiltAppConfig.model_list, {
				hasShaderF16: status.hasShaderF16
			});
		}
		this.gpu = status;
	}

	/** Template descriptions, written by the data worker. */
	async runTemplate(dataset: DatasetRecord, language: Language): Promise<void> {
		await this.#run(async (id, onProgress) => {
			const outcome = await dataWorker().describe(
				id,
				{ datasetId: dataset.id, language },
				Comlink.proxy(onProgress)
			);
			return unwrap(outcome);
		});
	}

	/** LLM descriptions: rows from the data worker, generated here (cached), stored by the data worker. */
	async runLlm(dataset: DatasetRecord, language: Language, choice: LlmChoice): Promise<void> {
		let loaded: LoadedEngine | null = null;
		this.summary = null;
		await this.#run(async (id, onProgress, signal) => {
			const rows = unwrap(await dataWorker().describeRows(dataset.id, 0, dataset.meta.rowCount));
			let engine: ChatEngine;
			const fake = FAKE_LLM_BUILD ? FAKE_MODELS[choice.model.id] : undefined;
			if (fake) {
				const { createFakeEngine } = await import('$lib/llm/fake-engine');
				engine = createFakeEngine(
					fakesFailed.includes(choice.model.id) ? { ...fake, failAfter: undefined } : fake
				);
				if (fake.failAfter) fakesFailed.push(choice.model.id);
			} else {
				const source = {
					modelId: choice.model.id,
					custom: choice.custom,
					downloadMb: choice.model.downloadMb
				};
				loaded = await loadEngine(source, (loading) => {
					if (this.job?.id === id) this.job = { ...this.job, loading };
				});
				engine = loaded.engine;
				if (this.job?.id === id) this.job = { ...this.job, loading: null };
			}
			const seen = { rows: 0 };
			const inner = createWebLlmDescriber({
				engine,
				model: choice.model.id,
				prompt: choice.prompt,
				promptVersion: choice.labelChoices?.length
					? `${choice.promptVersion}.labels-${choice.labelChoices.join('|')}`
					: choice.promptVersion,
				language,
				labelChoices: choice.labelChoices,
				fallback: createTemplateDescriber(dataset.profile, language)
			});
			const describer = withDescriptionCache(counting(inner, seen));
			const made = await describer.describe(rows, { signal, onProgress });
			const provided = {
				descriptions: made.map((d) => d.description),
				labels: made.map((d) => d.label ?? null),
				fallbackCount: made.filter((d) => d.fallback).length,
				describedBy: describer.describedBy
			};
			const labelled = provided.labels.filter((l) => l !== null).length;
			this.summary = {
				rows: rows.length,
				fromCache: rows.length - seen.rows,
				fallbacks: provided.fallbackCount,
				labelled
			};
			return unwrap(
				await dataWorker().describe(
					id,
					{ datasetId: dataset.id, language, provided },
					Comlink.proxy(onProgress)
				)
			);
		});
		await (loaded as LoadedEngine | null)?.unload();
	}

	cancel(): void {
		this.#controller?.abort();
		if (this.job) void dataWorker().cancel(this.job.id);
	}

	async #run(
		work: (
			id: string,
			onProgress: (p: Progress) => void,
			signal: AbortSignal
		) => Promise<DatasetRecord>
	): Promise<void> {
		if (this.job) return;
		const id = crypto.randomUUID();
		this.#controller = new AbortController();
		this.job = { id, progress: null, loading: null };
		this.error = null;
		try {
			const record = await work(
				id,
				(progress) => {
					if (this.job?.id === id) this.job = { ...this.job, progress };
				},
				this.#controller.signal
			);
			datasets.adopt(record);
		} catch (err) {
			const error = asFaroError(err);
			if (error.code !== 'cancelled') this.error = error;
		} finally {
			this.job = null;
			this.#controller = null;
		}
	}
}

export const describeJob = new DescribeState();
