/**
 * Datasets as the page knows them: the stored list, the open one, the ingest job in flight and its error.
 * Tables stay in IndexedDB and the workers; this store holds records (profile, preview, settings) only.
 */
import { asFaroError, FaroError, unwrap } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import type { ColumnKind, ColumnRole } from '$lib/data/table';
import {
	deleteDataset,
	listDatasets,
	type IngestOptions,
	saveSettings,
	withTarget,
	type DatasetRecord
} from '$lib/storage';
import { withStorageSizes } from './storage.svelte';
import { Comlink, dataWorker } from '../workers';

const CURRENT_KEY = 'faro.currentDataset';

export type IngestJob = { id: string; name: string; progress: Progress | null; startedMs: number };
type Source = { file: Blob; name: string } | { url: string; name: string };
/** How to treat rows the file cannot give as written, chosen by the user after an error named them. */
export type BadRowChoices = Pick<IngestOptions, 'raggedRows' | 'invalidQuotes'>;
/** The file that failed for such rows, and the choices already made for it. */
type RetryableSource = { source: Source; choices: BadRowChoices; problem: 'ragged' | 'quotes' };

export class DatasetsState {
	#list = $state.raw<DatasetRecord[]>([]);
	#current = $state.raw<DatasetRecord | null>(null);
	job = $state.raw<IngestJob | null>(null);
	error = $state.raw<FaroError | null>(null);
	/**
	 * The source that failed with ragged rows or rows with invalid quoting, kept so the user can choose to
	 * skip (or pad) them.
	 */
	retry = $state.raw<RetryableSource | null>(null);
	loaded = $state(false);

	get list(): readonly DatasetRecord[] {
		return this.#list;
	}
	get current(): DatasetRecord | null {
		return this.#current;
	}

	/** Reads the stored datasets and reopens the one that was open before the reload. */
	async init(): Promise<void> {
		try {
			this.#list = await listDatasets();
			const remembered = localStorage.getItem(CURRENT_KEY);
			this.#current = this.#list.find((d) => d.id === remembered) ?? this.#list[0] ?? null;
		} catch (err) {
			this.error = await withStorageSizes(asFaroError(err));
		} finally {
			this.loaded = true;
		}
	}

	/** Loads a CSV (a picked file or a built-in sample) in the data worker; the open dataset stays until it succeeds. */
	async load(source: Source, choices: BadRowChoices = {}): Promise<void> {
		if (this.job) return;
		const id = crypto.randomUUID();
		this.job = { id, name: source.name, progress: null, startedMs: performance.now() };
		this.error = null;
		this.retry = null;
		const onProgress = Comlink.proxy((progress: Progress) => {
			if (this.job?.id === id) this.job = { ...this.job, progress };
		});
		try {
			const input = 'file' in source ? source.file : source.url;
			const outcome = await dataWorker().ingest(
				id,
				input,
				{ name: source.name, ...choices, maxBytes: maxFileBytes() },
				onProgress
			);
			const record = unwrap(outcome);
			this.#list = [record, ...this.#list];
			this.#open(record);
		} catch (err) {
			const error = await withStorageSizes(asFaroError(err));
			if (error.code !== 'cancelled') this.error = error;
			if (error.code === 'csv-ragged') this.retry = { source, choices, problem: 'ragged' };
			if (error.code === 'csv-quotes' && error.detail.data?.isHeader !== true) {
				this.retry = { source, choices, problem: 'quotes' };
			}
		} finally {
			this.job = null;
		}
	}

	/** Stops the ingest in flight; nothing is stored. */
	cancel(): void {
		if (this.job) void dataWorker().cancel(this.job.id);
	}

	/** Retries the file that failed, skipping or padding the rows the error named (earlier choices kept). */
	async resolveBadRows(choice: 'skip' | 'pad'): Promise<void> {
		const retry = this.retry;
		if (!retry) return;
		const choices: BadRowChoices =
			retry.problem === 'ragged'
				? { ...retry.choices, raggedRows: choice }
				: { ...retry.choices, invalidQuotes: 'skip' };
		await this.load(retry.source, choices);
	}

	/** Adds a dataset stored elsewhere (e.g. by the Describe panel) and opens it. */
	adopt(record: DatasetRecord): void {
		this.#list = [record, ...this.#list.filter((d) => d.id !== record.id)];
		this.#open(record);
	}

	select(id: string): void {
		const record = this.#list.find((d) => d.id === id);
		if (record) this.#open(record);
	}

	async remove(id: string): Promise<void> {
		try {
			await deleteDataset(id);
			this.#list = this.#list.filter((d) => d.id !== id);
			if (this.#current?.id === id) this.#open(this.#list[0] ?? null);
		} catch (err) {
			this.error = await withStorageSizes(asFaroError(err));
		}
	}

	async setTarget(name: string | null): Promise<void> {
		const current = this.#current;
		if (current) await this.#saveSettings(withTarget(current.settings, name));
	}

	async setColumn(name: string, patch: { kind?: ColumnKind; role?: ColumnRole }): Promise<void> {
		const current = this.#current;
		if (!current) return;
		if (patch.role === 'target') return this.setTarget(name);
		const columns = current.settings.columns.map((c) => (c.name === name ? { ...c, ...patch } : c));
		const target = current.settings.target === name && patch.role ? null : current.settings.target;
		await this.#saveSettings({ columns, target });
	}

	dismissError(): void {
		this.error = null;
		this.retry = null;
	}

	async #saveSettings(settings: DatasetRecord['settings']): Promise<void> {
		const current = this.#current;
		if (!current) return;
		try {
			const updated = await saveSettings(current.id, settings);
			this.#list = this.#list.map((d) => (d.id === updated.id ? updated : d));
			this.#current = updated;
		} catch (err) {
			this.error = await withStorageSizes(asFaroError(err));
		}
	}

	#open(record: DatasetRecord | null): void {
		this.#current = record;
		if (record) localStorage.setItem(CURRENT_KEY, record.id);
		else localStorage.removeItem(CURRENT_KEY);
	}
}

/** A file larger than about a third of the JS heap would not survive parsing: refuse it up front. */
function maxFileBytes(): number {
	const heap = (performance as Performance & { memory?: { jsHeapSizeLimit: number } }).memory;
	const deviceGb = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
	const budget = heap?.jsHeapSizeLimit ?? (deviceGb ? deviceGb * 2 ** 30 : 4 * 2 ** 30);
	return Math.floor(budget / 3);
}

export const datasets = new DatasetsState();
