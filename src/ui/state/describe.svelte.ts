/**
 * The Describe job: template descriptions (written in the data worker) or LLM descriptions (web-llm, the
 * description cache and the new dataset all in the LLM worker: $lib/llm/describe-with-llm). The page sends the
 * settings, shows the progress, remembers the job for a resume after a closed tab, and opens the new dataset
 * when done; the source dataset and runs are never touched.
 */
import { asFaroError, FaroError, unwrap } from '$lib/shared/errors';
import { text, type Text } from '$lib/i18n';
import type { Progress } from '$lib/shared/progress';
import type { DatasetRecord } from '$lib/storage';
import type { Language } from '$lib/llm/describer';
import {
	stoppedAtOf,
	type LlmChoice,
	type LlmSummary,
	type StoppedAt
} from '$lib/llm/describe-with-llm';
import { checkWebGpu, type GpuLike, type WebGpuStatus } from '$lib/llm/webgpu';
import { smallModels, type ModelChoice } from '$lib/llm/models';
import { Comlink, dataWorker, inLlmWorker } from '../workers';
import { datasets } from './datasets.svelte';
import {
	forgetJob,
	loadRememberedJob,
	rememberJob,
	HEARTBEAT_EVERY_MS,
	type RememberedJob
} from '../llm/running-job-store';

export type { LlmChoice, LlmSummary, RememberedJob, StoppedAt };

/** The `describer` of a template job (shown translated; a model job shows the model id). */
export const TEMPLATE_DESCRIBER = 'Template sentences';

/** The job in flight: model loading progress (LLM only), then rows described. */
export type DescribeJob = {
	id: string;
	/** What is writing: "Template sentences" or the model id. */
	describer: string;
	progress: Progress | null;
	loading: Progress | null;
};

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
	/** Whether the LLM can run here (null: not checked yet); a failure to load web-llm adds its way on. */
	gpu = $state.raw<(WebGpuStatus & { hint?: Text }) | null>(null);
	models = $state.raw<ModelChoice[]>([]);
	summary = $state.raw<LlmSummary | null>(null);
	/** Set with `error` when an LLM job failed. */
	failed = $state.raw<FailedJob | null>(null);
	/** An LLM job that a closed or reloaded tab left unfinished, offered for resume. */
	unfinished = $state.raw<RememberedJob | null>(loadRememberedJob());

	/**
	 * Checks WebGPU once on the page; asks the LLM worker for web-llm's model list only when a GPU is there
	 * (that starts the worker: web-llm's code is fetched then, not before).
	 */
	async checkGpu(): Promise<void> {
		if (this.gpu) return;
		const status = await checkWebGpu((navigator as Navigator & { gpu?: GpuLike }).gpu);
		if (status.available) {
			try {
				const list = unwrap(await inLlmWorker((llm) => llm.modelList()));
				this.models = smallModels(list, { hasShaderF16: status.hasShaderF16 });
			} catch (err) {
				// Offline before the LLM was ever fetched: the option is disabled with the reason and the way on.
				const { texts } = asFaroError(err).detail;
				this.gpu = {
					available: false,
					reason: texts?.message ?? text('llm_err_unreachable'),
					hint: texts?.hint
				};
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
	 * LLM descriptions, made and stored by the LLM worker end to end; the page follows the progress. The job
	 * is remembered while it runs, so a closed tab leaves a resume offer behind.
	 */
	async runLlm(dataset: DatasetRecord, language: Language, choice: LlmChoice): Promise<void> {
		if (this.job) return;
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
			await this.#run(choice.model.id, async (id, onProgress) => {
				const onRows = (p: Progress) => {
					// progress travels on its own channel: a late one must not remember a job that has ended
					if (this.job?.id !== id) return;
					onProgress(p);
					if (p.done > memory.doneRows) {
						memory.doneRows = p.done;
						rememberJob(memory);
					}
				};
				const onLoading = (loading: Progress | null) => {
					if (this.job?.id === id) this.job = { ...this.job, loading };
				};
				const { record, summary } = unwrap(
					await inLlmWorker((llm) =>
						llm.describe(
							id,
							{ datasetId: dataset.id, language, choice },
							Comlink.proxy(onRows),
							Comlink.proxy(onLoading)
						)
					)
				);
				this.summary = summary;
				return record;
			});
		} finally {
			clearInterval(heartbeat);
		}
		forgetJob();
		if (this.error)
			this.failed = { datasetId: dataset.id, language, choice, stoppedAt: stoppedAtOf(this.error) };
	}

	/** Forgets the unfinished job (the user does not want it resumed). */
	dismissUnfinished(): void {
		forgetJob();
		this.unfinished = null;
	}

	cancel(): void {
		if (!this.job) return;
		const { id, describer } = this.job;
		if (describer === TEMPLATE_DESCRIBER) void dataWorker().cancel(id);
		else void inLlmWorker((llm) => llm.cancel(id));
	}

	async #run(
		describer: string,
		work: (
			id: string,
			onProgress: (p: Progress) => void
		) => Promise<DatasetRecord>
	): Promise<void> {
		if (this.job) return;
		const id = crypto.randomUUID();
		this.job = { id, describer, progress: null, loading: null };
		this.error = null;
		try {
			const record = await work(
				id,
				(progress) => {
					if (this.job?.id === id) this.job = { ...this.job, progress };
				}
			);
			datasets.adopt(record);
		} catch (err) {
			const error = asFaroError(err);
			if (error.code !== 'cancelled') this.error = error;
		} finally {
			this.job = null;
		}
	}
}

export const describeJob = new DescribeState();
