/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { ingestDataset, type IngestOptions } from '$lib/storage';
import { settle } from '$lib/shared/errors';
import {
	describableColumns,
	describeDataset,
	readDescribeRows,
	type DescribeDatasetRequest
} from '$lib/llm/describe-dataset';
import { getDataset, loadTable } from '$lib/storage';
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
	/** Stores a copy of a dataset with a `description` column (template here, or descriptions the page made). */
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
	/** Rows `start`..`start + count` of the columns a describer may see (for the LLM on the page). */
	async describeRows(datasetId: string, start: number, count: number) {
		return settle(async () => {
			const record = await getDataset(datasetId);
			return readDescribeRows(
				await loadTable(datasetId),
				describableColumns(record),
				start,
				start + count
			);
		});
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
