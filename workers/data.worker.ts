/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { ingestDataset, type IngestOptions } from '$lib/storage';
import { settle } from '$lib/shared/errors';
import { describeDataset, type DescribeDatasetRequest } from '$lib/llm/describe-dataset';
import { loadTable } from '$lib/storage';
import { screenSignal, type SignalRequest } from '$lib/data/signal';
import type { Progress } from '$lib/shared/progress';

const running = new Map<string, AbortController>();

const api = {
	/** Parses, profiles and stores a CSV (a File from the page, or a same-origin sample URL). */
	async ingest(
		jobId: string,
		source: Blob | string,
		options: IngestOptions,
		onProgress: (p: Progress) => void
	) {
		const controller = new AbortController();
		running.set(jobId, controller);
		try {
			return await settle(async () => {
				const file = typeof source === 'string' ? await fetchSample(source) : source;
				return ingestDataset(file, options, { signal: controller.signal, onProgress });
			});
		} finally {
			running.delete(jobId);
		}
	},
	/** Stores a copy of a dataset with a `description` column written by the template describer. */
	async describe(
		jobId: string,
		request: DescribeDatasetRequest,
		onProgress: (p: Progress) => void
	) {
		const controller = new AbortController();
		running.set(jobId, controller);
		try {
			return await settle(() =>
				describeDataset(request, { signal: controller.signal, onProgress })
			);
		} finally {
			running.delete(jobId);
		}
	},
	/** The signal screen of a stored dataset against a target (see $lib/data/signal), as plain JSON. */
	async signalScreen(
		jobId: string,
		datasetId: string,
		request: SignalRequest,
		onProgress: (p: Progress) => void
	) {
		const controller = new AbortController();
		running.set(jobId, controller);
		try {
			return await settle(async () =>
				screenSignal(await loadTable(datasetId), request, {
					signal: controller.signal,
					onProgress
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

async function fetchSample(url: string): Promise<Blob> {
	const response = await fetch(url);
	if (!response.ok)
		throw new Error(`the sample ${url} could not be read (HTTP ${response.status})`);
	return response.blob();
}

export type DataApi = typeof api;
Comlink.expose(api);
