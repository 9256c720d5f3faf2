/**
 * Runs as the page knows them: summaries of every stored run, the training in flight with its live progress,
 * and the run opened in the results view (full record, loaded on demand).
 */
import { asFaroError, FaroError, localizeError, unwrap } from '$lib/shared/errors';
import { m } from '$lib/i18n';
import { formatCount, formatPercent } from '../format';
// The run store (`$lib/runs`) is page-safe; training (`$lib/training`) and TF.js stay out of the page's
// bundle (they live in the train worker).
import {
	deleteRun,
	getRun,
	importRuns,
	listRuns,
	markInterruptedRuns,
	removeRunModel,
	updateRun
} from '$lib/runs/runs-db';
import { exportRuns, parseRunsExport } from '$lib/runs/export';
import { downloadText, todayIso } from '../common/download';
import { summarizeRun, type RunRecord, type RunSummary } from '$lib/runs/run-record';
import type { TrainProgress, TrainSettings } from '$lib/runs';
import type { DatasetRecord } from '$lib/storage';
import { storage, withStorageSizes } from './storage.svelte';
import { Comlink, trainWorker } from '../workers';

export const MAX_COMPARED = 6;

export type ActiveRun = { runId: string; name: string; progress: TrainProgress | null };

export class RunsState {
	#list = $state.raw<RunSummary[]>([]);
	active = $state.raw<ActiveRun | null>(null);
	/** Status line of the latest training started in this page: progress, then done / failed / cancelled. */
	lastStatus = $state<string>('');
	opened = $state.raw<RunRecord | null>(null);
	/** Ids ticked for comparison, in the order they were ticked. */
	selected = $state.raw<string[]>([]);
	/** The full records being compared (2 to 6), or null when the compare view is closed. */
	comparing = $state.raw<RunRecord[] | null>(null);
	error = $state.raw<FaroError | null>(null);

	get list(): readonly RunSummary[] {
		return this.#list;
	}

	async init(): Promise<void> {
		try {
			await markInterruptedRuns();
			await this.refresh();
			// Reopen the newest finished run, so a reload shows the results the user was looking at.
			const newest = this.#list.find((r) => r.status === 'done');
			if (newest && !this.opened) await this.open(newest.id);
		} catch (err) {
			this.error = await withStorageSizes(asFaroError(err));
		}
	}

	async refresh(): Promise<void> {
		this.#list = (await listRuns()).map(summarizeRun);
	}

	/** Trains a run in the train worker; the run's record is stored by the worker at start and end. */
	async train(dataset: DatasetRecord, settings: TrainSettings, name: string): Promise<void> {
		if (this.active) return;
		const runId = crypto.randomUUID();
		this.active = { runId, name, progress: null };
		this.error = null;
		this.lastStatus = 'starting';
		// Progress arrives on its own MessagePort, so a last report can land after the result: ignore it then.
		let finished = false;
		const onProgress = Comlink.proxy((progress: TrainProgress) => {
			if (finished || this.active?.runId !== runId) return;
			// later phases (evaluation, importance) report no loss history: the chart keeps the last one
			const history = progress.history ?? this.active.progress?.history;
			this.active = { ...this.active, progress: history ? { ...progress, history } : progress };
			this.lastStatus = progressText(progress);
		});
		try {
			const summary = unwrap(
				await trainWorker().train({ runId, name, datasetId: dataset.id, settings }, onProgress)
			);
			finished = true;
			if (summary.status === 'done') this.lastStatus = 'done';
			else if (summary.status === 'cancelled') this.lastStatus = 'cancelled';
			else
				this.lastStatus = m.runs_status_failed({
					message: summary.error ? localizeError(FaroError.fromData(summary.error)).message : m.runs_unknown_error()
				});
			if (summary.status === 'failed' && summary.error) this.error = FaroError.fromData(summary.error);
			await this.refresh();
			await this.open(runId);
		} catch (err) {
			finished = true;
			this.error = await withStorageSizes(asFaroError(err));
			this.lastStatus = m.runs_status_failed({ message: localizeError(this.error).message });
			await this.refresh().catch(() => {});
		} finally {
			this.active = null;
		}
	}

	cancel(): void {
		if (this.active) void trainWorker().cancel(this.active.runId);
	}

	async open(id: string): Promise<void> {
		try {
			this.opened = await getRun(id);
		} catch (err) {
			this.error = await withStorageSizes(asFaroError(err));
		}
	}

	toggleSelected(id: string): void {
		this.selected = this.selected.includes(id)
			? this.selected.filter((x) => x !== id)
			: [...this.selected, id].slice(-MAX_COMPARED);
	}

	/** Opens the compare view on the selected runs (2 to 6 finished runs). */
	async compare(): Promise<void> {
		try {
			const records = await Promise.all(this.selected.map((id) => getRun(id)));
			this.comparing = records.filter((r) => r.status === 'done');
		} catch (err) {
			this.error = await withStorageSizes(asFaroError(err));
		}
	}

	/** Downloads the selected runs (models included) as one JSON file. */
	async exportSelected(): Promise<void> {
		try {
			const records = await Promise.all(this.selected.map((id) => getRun(id)));
			downloadText(`faro-runs-${todayIso()}.json`, exportRuns(records));
		} catch (err) {
			this.error = await withStorageSizes(asFaroError(err));
		}
	}

	/**
	 * Imports runs from an export file; runs already stored are skipped. Returns a sentence for the user (a
	 * function, so it follows the language in use).
	 */
	async importFile(file: File): Promise<(() => string) | null> {
		try {
			this.error = null;
			const records = parseRunsExport(await file.text(), file.name);
			const { added, skipped } = await importRuns(records);
			await this.refresh();
			return () => {
				const params = { count: formatCount(added), file: file.name };
				if (!skipped) return (added === 1 ? m.runs_imported_one : m.runs_imported_other)(params);
				const message = added === 1 ? m.runs_imported_one_skipped : m.runs_imported_other_skipped;
				return message({ ...params, skipped: formatCount(skipped) });
			};
		} catch (err) {
			this.error = await withStorageSizes(asFaroError(err));
			return null;
		}
	}

	async rename(id: string, name: string): Promise<void> {
		await this.#update(id, { name });
	}

	async toggleStar(id: string): Promise<void> {
		const run = this.#list.find((r) => r.id === id);
		if (run) await this.#update(id, { starred: !run.starred });
	}

	async remove(id: string): Promise<void> {
		try {
			await deleteRun(id);
			this.#list = this.#list.filter((r) => r.id !== id);
			this.selected = this.selected.filter((x) => x !== id);
			if (this.opened?.id === id) this.opened = null;
		} catch (err) {
			this.error = await withStorageSizes(asFaroError(err));
		}
	}

	/**
	 * Removes a finished run's model to free storage space. The run stays listed, comparable and sortable
	 * with its metrics, curves and settings; it can no longer be downloaded or used to predict.
	 */
	async removeModel(id: string): Promise<void> {
		try {
			const updated = await removeRunModel(id);
			this.#list = this.#list.map((r) => (r.id === id ? summarizeRun(updated) : r));
			if (this.opened?.id === id) this.opened = updated;
			if (this.comparing) this.comparing = this.comparing.map((r) => (r.id === id ? updated : r));
			await storage.refresh();
		} catch (err) {
			this.error = await withStorageSizes(asFaroError(err));
		}
	}

	async #update(id: string, patch: { name?: string; starred?: boolean }): Promise<void> {
		try {
			const updated = await updateRun(id, patch);
			this.#list = this.#list.map((r) => (r.id === id ? summarizeRun(updated) : r));
			if (this.opened?.id === id) this.opened = updated;
		} catch (err) {
			this.error = await withStorageSizes(asFaroError(err));
		}
	}
}

function progressText(p: TrainProgress): string {
	if (p.total > 0) return `${p.phase} · ${formatPercent(p.done / p.total, 0)}`;
	return `${p.phase}…`;
}

export const runs = new RunsState();
