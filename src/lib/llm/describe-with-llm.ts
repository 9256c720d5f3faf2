/**
 * One LLM describe job, end to end, in the LLM worker: read the stored rows, start the engine, describe every
 * row through the description cache (rows described before — by a rerun, a cancelled or a closed-tab job — come
 * from IndexedDB), let the template stand in where the model fails a row, and store the new dataset. The page
 * sends the job's settings and receives progress (model loading, then rows) and the summary; no row crosses to
 * the page. The engine is freed when the job ends, however it ends.
 */
import { getDataset, loadTable } from '$lib/storage/datasets-db';
import type { DatasetRecord } from '$lib/storage/dataset-record';
import { asFaroError, type FaroError } from '$lib/shared/errors';
import type { LongWork, Progress } from '$lib/shared/progress';
import { withDescriptionCache } from './cache';
import {
	describableColumns,
	profileWithUserKinds,
	readDescribeRows,
	storeDescribed
} from './describe-dataset';
import type { Describer, Language } from './describer';
import type { LoadedEngine } from './load-engine';
import type { ModelChoice, ModelRecordLike } from './models';
import { createTemplateDescriber } from './template-describer';
import { createWebLlmDescriber } from './web-llm-describer';

/** What the LLM job runs: the model (a custom one carries its web-llm record), the prompt, optional labels. */
export type LlmChoice = {
	model: ModelChoice;
	custom?: ModelRecordLike;
	prompt: string;
	promptVersion: string;
	labelChoices?: string[];
};

/** An LLM job as the page asks for it. */
export type LlmJob = { datasetId: string; language: Language; choice: LlmChoice };

/** How an LLM job went: rows, rows served from the cache, rows the template wrote instead, rows labelled. */
export type LlmSummary = { rows: number; fromCache: number; fallbacks: number; labelled: number };

/** Rows described (and cached) before a job failed: Resume skips them. */
export type StoppedAt = { done: number; total: number };

/**
 * Where a failed job stopped, as its error carries it (`detail.data.stoppedAt`), or null when it failed
 * before a row was described. Carried by the error because progress and the result reach the page on
 * different message channels: the last progress may arrive after the failure.
 */
export function stoppedAtOf(error: FaroError): StoppedAt | null {
	const at = error.detail.data?.stoppedAt as Partial<StoppedAt> | undefined;
	return typeof at?.done === 'number' && typeof at.total === 'number' && at.done > 0
		? { done: at.done, total: at.total }
		: null;
}

/** Starts the engine for `choice` (web-llm, or a fake in test builds), reporting the download. */
export type StartEngine = (
	choice: LlmChoice,
	onLoading: (p: Progress) => void
) => Promise<LoadedEngine>;

/** Progress of the rows (`onProgress`) and of the model loading (`onLoading`, null once loaded). */
export type LlmJobWork = LongWork & { onLoading?: (p: Progress | null) => void };

/** The prompt version the cache keys on: labels asked for make a different answer. */
const cachePromptVersion = (choice: LlmChoice): string =>
	choice.labelChoices?.length
		? `${choice.promptVersion}.labels-${choice.labelChoices.join('|')}`
		: choice.promptVersion;

/** Counts the rows that reach `inner` (the rest came from the cache). */
function counting(inner: Describer, seen: { rows: number }): Describer {
	return {
		describedBy: inner.describedBy,
		describe: (rows, work) => ((seen.rows += rows.length), inner.describe(rows, work))
	};
}

/**
 * Runs `job` and stores the described dataset.
 * @throws FaroError dataset-not-found, webgpu-unavailable, llm-*, cancelled, storage-quota
 */
export async function describeWithLlm(
	job: LlmJob,
	startEngine: StartEngine,
	work: LlmJobWork = {}
): Promise<{ record: DatasetRecord; summary: LlmSummary }> {
	const { choice, language } = job;
	const source = await getDataset(job.datasetId);
	const table = await loadTable(job.datasetId);
	const rows = readDescribeRows(table, describableColumns(source));
	const loaded = await startEngine(choice, (p) => work.onLoading?.(p));
	work.onLoading?.(null);
	let described: Progress | null = null;
	const rowsWork: LongWork = {
		signal: work.signal,
		onProgress: (p) => {
			described = p;
			work.onProgress?.(p);
		}
	};
	try {
		const seen = { rows: 0 };
		const inner = createWebLlmDescriber({
			engine: loaded.engine,
			model: choice.model.id,
			prompt: choice.prompt,
			promptVersion: cachePromptVersion(choice),
			language,
			labelChoices: choice.labelChoices,
			fallback: createTemplateDescriber(profileWithUserKinds(source), language)
		});
		const describer = withDescriptionCache(counting(inner, seen));
		const made = await describer.describe(rows, rowsWork);
		const labels = made.map((d) => d.label ?? null);
		const fallbackCount = made.filter((d) => d.fallback).length;
		const record = await storeDescribed(
			source,
			table,
			{
				descriptions: made.map((d) => d.description),
				labels,
				fallbackCount,
				describedBy: describer.describedBy
			},
			work
		);
		const summary: LlmSummary = {
			rows: rows.length,
			fromCache: rows.length - seen.rows,
			fallbacks: fallbackCount,
			labelled: labels.filter((l) => l !== null).length
		};
		return { record, summary };
	} catch (err) {
		const at = described as Progress | null;
		if (!at) throw err;
		const error = asFaroError(err);
		error.detail.data = { ...error.detail.data, stoppedAt: { done: at.done, total: at.total } };
		throw error;
	} finally {
		// A failed unload (the device may be gone already) must not hide how the job ended.
		await loaded.unload().catch(() => {});
	}
}
