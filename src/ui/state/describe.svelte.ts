/**
 * The Describe job: template descriptions (written in the data worker) or LLM descriptions (web-llm on the
 * page through its own worker, cached in IndexedDB, then stored by the data worker). Either way the result
 * is a new dataset that opens when done; the source dataset and runs are never touched.
 */
import { asFaroError, FaroError, unwrap } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import type { DatasetRecord } from '$lib/storage';
import type { Language } from '$lib/llm/describer';
import { withDescriptionCache } from '$lib/llm/cache';
import { createTemplateDescriber } from '$lib/llm/template-describer';
import { createWebLlmDescriber, type ChatEngine } from '$lib/llm/web-llm-describer';
import { checkWebGpu, type GpuLike, type WebGpuStatus } from '$lib/llm/webgpu';
import { smallModels, type ModelChoice } from '$lib/llm/models';
import { Comlink, dataWorker } from '../workers';
import { datasets } from './datasets.svelte';
import { loadEngine, type LoadedEngine } from '../llm/load-engine';

/** The fake engine exists only in builds made with `--mode test` or VITE_FARO_FAKE_LLM=1 (never in production). */
export const FAKE_LLM_BUILD = import.meta.env.MODE === 'test' || import.meta.env.VITE_FARO_FAKE_LLM === '1';
export const FAKE_MODEL_ID = 'fake-engine (test build)';

export type LlmChoice = { model: string; prompt: string; promptVersion: string };
type Job = { id: string; progress: Progress | null };

export class DescribeState {
	job = $state.raw<Job | null>(null);
	error = $state.raw<FaroError | null>(null);
	gpu = $state.raw<WebGpuStatus | null>(null);
	models = $state.raw<ModelChoice[]>([]);
	#controller: AbortController | null = null;

	/** Checks WebGPU once; reads web-llm's model list (a dynamic import) only when a GPU is there. */
	async checkGpu(): Promise<void> {
		if (this.gpu) return;
		const status = await checkWebGpu((navigator as Navigator & { gpu?: GpuLike }).gpu);
		if (status.available) {
			const { prebuiltAppConfig } = await import('@mlc-ai/web-llm');
			this.models = smallModels(prebuiltAppConfig.model_list, { hasShaderF16: status.hasShaderF16 });
		}
		this.gpu = status;
	}

	/** Template descriptions, written by the data worker. */
	async runTemplate(dataset: DatasetRecord, language: Language): Promise<void> {
		await this.#run(async (id, onProgress) => {
			const outcome = await dataWorker().describe(id, { datasetId: dataset.id, language }, Comlink.proxy(onProgress));
			return unwrap(outcome);
		});
	}

	/** LLM descriptions: rows from the data worker, generated here (cached), stored by the data worker. */
	async runLlm(dataset: DatasetRecord, language: Language, choice: LlmChoice): Promise<void> {
		let loaded: LoadedEngine | null = null;
		await this.#run(async (id, onProgress, signal) => {
			const rows = unwrap(await dataWorker().describeRows(dataset.id, 0, dataset.meta.rowCount));
			let engine: ChatEngine;
			if (FAKE_LLM_BUILD && choice.model === FAKE_MODEL_ID) {
				const { createFakeEngine } = await import('$lib/llm/fake-engine');
				engine = createFakeEngine({ delayMs: 20 });
			} else {
				loaded = await loadEngine(choice.model, onProgress);
				engine = loaded.engine;
			}
			const describer = withDescriptionCache(
				createWebLlmDescriber({ engine, model: choice.model, prompt: choice.prompt, promptVersion: choice.promptVersion, language, fallback: createTemplateDescriber(dataset.profile, language) })
			);
			const made = await describer.describe(rows, { signal, onProgress });
			const provided = {
				descriptions: made.map((d) => d.description),
				labels: made.map((d) => d.label ?? null),
				fallbackCount: made.filter((d) => d.fallback).length,
				describedBy: describer.describedBy
			};
			return unwrap(await dataWorker().describe(id, { datasetId: dataset.id, language, provided }, Comlink.proxy(onProgress)));
		});
		await (loaded as LoadedEngine | null)?.unload();
	}

	cancel(): void {
		this.#controller?.abort();
		if (this.job) void dataWorker().cancel(this.job.id);
	}

	async #run(work: (id: string, onProgress: (p: Progress) => void, signal: AbortSignal) => Promise<DatasetRecord>): Promise<void> {
		if (this.job) return;
		const id = crypto.randomUUID();
		this.#controller = new AbortController();
		this.job = { id, progress: null };
		this.error = null;
		try {
			const record = await work(id, (progress) => {
				if (this.job?.id === id) this.job = { id, progress };
			}, this.#controller.signal);
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
