/// <reference lib="webworker" />
/**
 * The LLM worker: web-llm's engine runs on this thread's WebGPU and the whole describe job runs here
 * ($lib/llm/describe-with-llm): rows are read from IndexedDB, described, cached and stored as a new dataset.
 * The page sends the job's settings and gets progress and a summary back. One worker per page (created on
 * first use); each job frees its engine when it ends. web-llm (≈6 MB) is in this worker's bundle only.
 */
import * as Comlink from 'comlink';
import * as webllm from '@mlc-ai/web-llm';
import { settle } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import { describeWithLlm, type LlmChoice, type LlmJob } from '$lib/llm/describe-with-llm';
import { FAKE_LLM_BUILD, isFakeModel, startFakeEngine } from '$lib/llm/fake-models';
import { loadWebLlmEngine, type WebLlmLike } from '$lib/llm/load-engine';
import type { GpuLike } from '$lib/llm/webgpu';

const running = new Map<string, AbortController>();
const gpu = (navigator as WorkerNavigator & { gpu?: GpuLike }).gpu;

/** The engine for `choice`: a fake in test builds, else web-llm on this thread. */
const startEngine = (choice: LlmChoice, onLoading: (p: Progress) => void) =>
	FAKE_LLM_BUILD && isFakeModel(choice.model.id)
		? startFakeEngine(choice.model.id, onLoading)
		: loadWebLlmEngine(
				webllm as unknown as WebLlmLike,
				gpu,
				{ modelId: choice.model.id, custom: choice.custom, downloadMb: choice.model.downloadMb },
				onLoading
			);

const api = {
	/** web-llm's prebuilt model records (the page picks the ones that fit its GPU). */
	async modelList() {
		return settle(() => webllm.prebuiltAppConfig.model_list);
	},
	/** Describes a stored dataset with the chosen model and stores the result as a new dataset. */
	async describe(
		jobId: string,
		job: LlmJob,
		onProgress: (p: Progress) => void,
		onLoading: (p: Progress | null) => void
	) {
		const controller = new AbortController();
		running.set(jobId, controller);
		try {
			return await settle(() =>
				describeWithLlm(job, startEngine, {
					signal: controller.signal,
					onProgress,
					onLoading
				})
			);
		} finally {
			running.delete(jobId);
		}
	},
	cancel(jobId: string) {
		running.get(jobId)?.abort();
	}
};

export type LlmApi = typeof api;
Comlink.expose(api);
