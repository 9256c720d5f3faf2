/**
 * The Predict screen's state: the model loaded in the predict worker (from a file or a stored run), the
 * scoring job with its progress, the predictions file it produced, and a single hand-typed row's result.
 */
import { asFaroError, FaroError, unwrap, type Outcome } from '$lib/shared/errors';
import type { Progress } from '$lib/shared/progress';
import type { Drift, InputRow, RowPrediction } from '$lib/bundle';
import type { ModelSummary } from '$workers/predict.worker';
import { Comlink, predictWorker } from '../workers';

/** A scored file: its predictions, and its stability against the training data (or why there is none). */
export type Scored = {
	name: string;
	rowCount: number;
	preview: string[][];
	file: Blob;
	drift: Drift;
};

/** The predictions file's form: the default CSV, or for a spreadsheet set to Spanish (lib/bundle/excel-csv.ts). */
export type PredictFormat = 'csv' | 'excel-es';

const FORMAT_KEY = 'faro-predict-format';

/** The format chosen last time (remembered in localStorage); the default CSV otherwise. */
function storedFormat(): PredictFormat {
	try {
		return localStorage.getItem(FORMAT_KEY) === 'excel-es' ? 'excel-es' : 'csv';
	} catch {
		return 'csv'; // storage blocked, or no page (unit tests)
	}
}

export class PredictState {
	model = $state.raw<ModelSummary | null>(null);
	loading = $state(false);
	job = $state.raw<{ id: string; name: string; progress: Progress | null } | null>(null);
	scored = $state.raw<Scored | null>(null);
	single = $state.raw<RowPrediction | null>(null);
	error = $state.raw<FaroError | null>(null);
	/** Add reason_1 … reason_3 columns to the predictions file. */
	reasons = $state(false);
	/** The form the predictions file downloads in. */
	format = $state<PredictFormat>(storedFormat());

	setFormat(format: PredictFormat): void {
		this.format = format;
		try {
			localStorage.setItem(FORMAT_KEY, format);
		} catch {
			// not remembered, still used
		}
	}

	async loadFile(file: File): Promise<void> {
		await this.#load(() => predictWorker().loadFile(file, file.name));
	}

	async loadRun(runId: string): Promise<void> {
		await this.#load(() => predictWorker().loadRun(runId));
	}

	async score(file: File): Promise<void> {
		if (!this.model || this.job) return;
		const id = crypto.randomUUID();
		this.job = { id, name: file.name, progress: null };
		this.error = null;
		this.scored = null;
		const onProgress = Comlink.proxy((progress: Progress) => {
			if (this.job?.id === id) this.job = { ...this.job, progress };
		});
		try {
			const result = unwrap(
				await predictWorker().score(id, file, file.name, onProgress, { reasons: this.reasons })
			);
			this.scored = { name: file.name, ...result };
		} catch (err) {
			const error = asFaroError(err);
			if (error.code !== 'cancelled') this.error = error;
		} finally {
			this.job = null;
		}
	}

	cancel(): void {
		if (this.job) void predictWorker().cancel(this.job.id);
	}

	async predictRow(row: InputRow): Promise<void> {
		try {
			this.error = null;
			this.single = unwrap(await predictWorker().predictRow(row));
		} catch (err) {
			this.error = asFaroError(err);
		}
	}

	async #load(call: () => Promise<Outcome<ModelSummary>>): Promise<void> {
		this.loading = true;
		this.error = null;
		try {
			const model = unwrap(await call());
			this.model = model;
			this.scored = null;
			this.single = null;
		} catch (err) {
			this.error = asFaroError(err); // the model loaded before, if any, stays loaded
		} finally {
			this.loading = false;
		}
	}
}

export const predictions = new PredictState();
