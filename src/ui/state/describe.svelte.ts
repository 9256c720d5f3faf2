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
import { createWebLlmDescriber } from '$lib/llm/web-llm-describer';
import { checkWebGpu, type GpuLike, type WebGpuStatus } from '$lib/llm/webgpu';
import { smallModels, type ModelChoice } from '$lib/llm/models';
import { Comlink, dataWorker } from '../workers';
import { datasets } from './datasets.svelte';
import { importWebLlm, loadEngine, type LoadedEngine } from '../llm/load-engine';
import { FAKE_LLM_BUILD, isFakeModel, startFakeEngine } from '../llm/fake-models';
import {
	forgetJob,
	loadRememberedJob,
	rememberJob,
	HEARTBEAT_EVERY_MS,
	type LlmChoice,
	type RememberedJob
} from '../llm/running-job-store';

export type { LlmChoice, RememberedJob };

/** The `describer` of a template job (shown translated; a model job shows the model id). */
export const TEMPLATE_DESCRIBER = 'Template sentences';

/** How the last LLM job went: rows served from the cache, and rows the template wrote instead of the model. */
export type LlmSummary = { rows: number; fromCache: number; fallbacks: number; labelled: number };
/** The job in flight: model loading progress (LLM only), then rows described. */
export type DescribeJob = {
	id: string;
	/** What is writing: "Template sentences" or the model id. */
	describer: string;
	progress: Progress | null;
	loading: Progress | null;
};

/** Counts the rows that reach `inner` (the rest came from the cache). */
function counting(inner: Describer, seen: { rows: number }): Describer {
	return {
		describedBy: inner.describedBy,
		describe: (rows, work) => ((seen.rows += rows.length), inner.describe(rows, work))
	};
}

/** Rows described before a job failed (they are in the cache: Resume skips them). */
export type StoppedAt = { done: number; total: number };
/** The last LLM job that failed: what it ran (Retry and Resume run exactly that again) and where it stopped. */
export type FailedJob = {
	datasetId: string;
	language: Language;
	choice: LlmChoice;
	/** Null when it failed before describing a row (e.g. while loading the model). */
	stoppedAt: StoppedAt | null;
};

export class DescribeState {
	job = $state.raw<DescribeJob | null>(null);
	error = $state.raw<FaroError | null>(null);
	gpu = $state.raw<WebGpuStatus | null>(null);
	models = $state.raw<ModelChoice[]>([]);
	summary = $state.raw<LlmSummary | null>(null);
	/** Set with `error` when an LLM job failed. */
	failed = $state.raw<FailedJob | null>(null);
	/** An LLM job that a closed or reloaded tab left unfinished, offered for resume. */
	unfinished = $state.raw<RememberedJob | null>(loadRememberedJob());
	#controller: AbortController | null = null;

	/** Checks WebGPU once; reads web-llm's model list (a dynamic import) only when a GPU is there. */
	async checkGpu(): Promise<void> {
		if (this.gpu) return;
		const status = await checkWebGpu((navigator as Navigator & { gpu?: GpuLike }).gpu);
		if (status.available) {
			try {
				const { prebuiltAppConfig } = await importWebLlm();
				this.models = smallModels(prebuiltAppConfig.model_list, {
					hasShaderF16: status.hasShaderF16
				});
			} catch (err) {
				// Offline before the LLM was ever fetched: the option is disabled with the reason.
				const { message, detail } = asFaroError(err);
				this.gpu = { available: false, reason: `${message} ${detail.hint ?? ''}`.trim() };
				return;
			}
		}
		this.gpu = status;
	}

	/** Template descriptions, written by the data worker. */
	async runTemplate(dataset: DatasetRecord, language: Language): Promise<void> {
		if (this.job) return;
		this.summary = null;
		this.failed = null;
		await this.#run(TEMPLATE_DESCRIBER, async (id, onProgress) => {
			const outcome = await dataWorker().describe(
				id,
				{ datasetId: dataset.id, language },
				Comlink.proxy(onProgress)
			);
			return unwrap(outcome);
		});
	}

	/**
	 * LLM descriptions: rows from the data worker, generated here (cached), stored by the data worker. The
	 * job is remembered while it runs, so a closed tab leaves a resume offer behind.
	 */
	async runLlm(dataset: DatasetRecord, language: Language, choice: LlmChoice): Promise<void> {
		if (this.job) return;
		let loaded: LoadedEngine | null = null;
		let last: Progress | null = null;
		const memory: RememberedJob = {
			datasetId: dataset.id,
			datasetName: dataset.name,
			language,
			choice,
			doneRows: 0,
			totalRows: dataset.meta.rowCount
		};
		this.summary = null;
		this.failed = null;
		this.unfinished = null;
		rememberJob(memory);
		// The heartbeat tells other tabs this job is alive (model loading can go minutes without a row).
		const heartbeat = setInterval(() => rememberJob(memory), HEARTBEAT_EVERY_MS);
		try {
			await this.#run(choice.model.id, async (id, onProgress, signal) => {
				const rows = unwrap(await dataWorker().describeRows(dataset.id, 0, dataset.meta.rowCount));
				loaded = await this.#startEngine(id, choice);
				const seen = { rows: 0 };
				const inner = createWebLlmDescriber({
					engine: loaded.engine,
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
				const made = await describer.describe(rows, {
					signal,
					onProgress: (p) => {
						onProgress(p);
						last = p;
						if (p.done > memory.doneRows) {
							memory.doneRows = p.done;
							rememberJob(memory);
						}
					}
				});
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
		} finally {
			clearInterval(heartbeat);
		}
		forgetJob();
		const stopped = last as Progress | null;
		if (this.error) {
			const stoppedAt =
				stopped && stopped.done > 0 ? { done: stopped.done, total: stopped.total } : null;
			this.failed = { datasetId: dataset.id, language, choice, stoppedAt };
		}
		await (loaded as LoadedEngine | null)?.unload();
	}

	/** Forgets the unfinished job (the user does not want it resumed). */
	dismissUnfinished(): void {
		forgetJob();
		this.unfinished = null;
	}

	/** The engine for `choice`: a fake in test builds, else web-llm (download progress shown while loading). */
	async #startEngine(jobId: string, choice: LlmChoice): Promise<LoadedEngine> {
		const onLoading = (loading: Progress | null) => {
			if (this.job?.id === jobId) this.job = { ...this.job, loading };
		};
		const source = {
			modelId: choice.model.id,
			custom: choice.custom,
			downloadMb: choice.model.downloadMb
		};
		const loaded =
			FAKE_LLM_BUILD && isFakeModel(choice.model.id)
				? await startFakeEngine(choice.model.id, onLoading)
				: await loadEngine(source, onLoading);
		onLoading(null);
		return loaded;
	}

	cancel(): void {
		this.#controller?.abort();
		if (this.job) void dataWorker().cancel(this.job.id);
	}

	async #run(
		describer: string,
		work: (
			id: string,
			onProgress: (p: Progress) => void,
			signal: AbortSignal
		) => Promise<DatasetRecord>
	): Promise<void> {
		if (this.job) return;
		const id = crypto.randomUUID();
		this.#controller = new AbortController();
		this.job = { id, describer, progress: null, loading: null };
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
