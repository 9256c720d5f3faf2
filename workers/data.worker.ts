/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { ingestDataset, type IngestOptions } from '$lib/storage';
import { settle } from '$lib/shared/errors';
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
	cancel(jobId: string) {
		running.get(jobId)?.abort();
	}
};

async function fetchSample(url: string): Promise<Blob> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the sample ${url} could not be read (HTTP ${response.status})`);
	return response.blob();
}

export type DataApi = typeof api;
Comlink.expose(api);
