/// <reference lib="webworker" />
/**
 * Predict worker: loads a model bundle (a downloaded file, or a stored run's model) and scores CSV files
 * (streaming, the predictions file built as a Blob) or single rows. TF.js runs here, never on the page.
 */
import * as Comlink from 'comlink';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import {
	blendShares,
	describeBundleModel,
	loadBundle,
	loadBundleValue,
	scoreCsv,
	writeRunBundle,
	type BlendShare,
	type InputRow,
	type LoadedBundle,
	type ModelBundle
} from '$lib/bundle';
import { chooseBackend } from '$lib/models';
import { getRun } from '$lib/runs/runs-db';
import { asFaroError, settle } from '$lib/shared/errors';
import { rowsToTable } from '$lib/data';
import { methodText } from '$lib/explain/explain';
import { text, type Text } from '$lib/i18n';
import type { Progress } from '$lib/shared/progress';

setWasmPaths({
	'tfjs-backend-wasm.wasm': wasmPlain,
	'tfjs-backend-wasm-simd.wasm': wasmSimd,
	'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded
});
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);

/** What the page shows about a loaded model; its words are Texts, shown in the reader's language. */
export type ModelSummary = {
	/** Where the model came from: the file's name, or `run “name”`. */
	source: Text;
	runId: string;
	target: string;
	/** The model in words: "Logistic regression", "MLP 64-32", "Gradient-boosted trees, 120 trees", "Blend of 3 models". */
	model: Text;
	/** A blend's members (description and share, heaviest first); empty for a single model. */
	members: BlendShare[];
	labels: string[];
	positiveLabel: string | null;
	threshold: number | null;
	inputColumns: { name: string; kind: string }[];
	dataset: { name: string; rows: number };
	createdAt: string;
	rocAuc: number | null;
	/**
	 * How per-row reasons are computed for this model, or why they cannot be (the error's English, and its Text
	 * when it has one).
	 */
	reasons: { available: true; method: Text } | { available: false; message: string; text?: Text };
};

/** Explains one all-missing row to learn the method (and whether the file carries what reasons need). */
async function reasonsOf(loaded: LoadedBundle): Promise<ModelSummary['reasons']> {
	try {
		const table = rowsToTable(
			[loaded.inputColumns.map(() => '')],
			loaded.inputColumns.map((c, index) => ({ index, name: c.name }))
		);
		const { labels } = await loaded.predictTable(table);
		const { method } = await loaded.explain(table, labels);
		return { available: true, method: methodText(method) };
	} catch (err) {
		const error = asFaroError(err);
		return { available: false, message: error.message, text: error.detail.texts?.message };
	}
}

let loaded: LoadedBundle | null = null;
let backendReady: Promise<unknown> | null = null;
const running = new Map<string, AbortController>();

/** Loads a bundle given as JSON text (a file) or as a value (a stored run's, with no JSON round trip). */
async function useBundle(input: string | ModelBundle, source: Text): Promise<ModelSummary> {
	// Tree models score in plain JavaScript: only TF.js models (alone or in a blend) wait for a backend.
	const options = { prepareTfjs: () => (backendReady ??= chooseBackend('auto')) };
	const next =
		typeof input === 'string'
			? await loadBundle(input, options)
			: await loadBundleValue(input, options);
	loaded?.dispose();
	loaded = next;
	const b = next.bundle;
	return {
		source,
		runId: b.runId,
		target: b.target,
		model: describeBundleModel(b.model),
		members: blendShares(b.model),
		labels: b.labels,
		positiveLabel: b.positiveLabel ?? null,
		threshold: b.threshold ?? null,
		inputColumns: next.inputColumns,
		dataset: { name: b.dataset.name, rows: b.dataset.rows },
		createdAt: b.createdAt,
		rocAuc: b.metrics.rocAuc ?? null,
		reasons: await reasonsOf(next)
	};
}

function current(): LoadedBundle {
	if (!loaded) throw new Error('no model is loaded');
	return loaded;
}

const api = {
	/** Loads a bundle file the user picked. */
	loadFile: (file: Blob, name: string) =>
		settle(async () => useBundle(await file.text(), text('predict_source_file', { name }))),
	/** Loads the model of a stored run. */
	loadRun: (runId: string) =>
		settle(async () => {
			const run = await getRun(runId);
			return useBundle(writeRunBundle(run), text('predict_source_run', { name: run.name }));
		}),
	/**
	 * A stored run's model file (its bundle as JSON text in a Blob), written here from the stored record so the
	 * page neither builds the bundle nor stringifies its weights.
	 */
	modelFile: (runId: string) =>
		settle(
			async () =>
				new Blob([JSON.stringify(writeRunBundle(await getRun(runId)))], {
					type: 'application/json'
				})
		),
	/** Scores a CSV; resolves with the predictions file, a preview and the drift against the training data. */
	score(
		jobId: string,
		file: Blob,
		name: string,
		onProgress: (p: Progress) => void,
		options: { reasons?: boolean } = {}
	) {
		const controller = new AbortController();
		running.set(jobId, controller);
		return settle(async () => {
			// Each chunk becomes a Blob at once: the browser keeps blob data off the JS heap (and can spill it to
			// disk), where a million rows of strings kept to the end cost 1.2 s of garbage collection.
			const parts: Blob[] = [];
			const summary = await scoreCsv(current(), file, {
				fileName: name,
				// Bigger chunks than Node's default: fewer Blobs and progress messages (1M rows in Chromium: 185k → 227k rows/s).
				chunkRows: 16384,
				sliceBytes: 4 << 20,
				signal: controller.signal,
				onProgress,
				reasons: options.reasons,
				onRows: (chunk) => void parts.push(new Blob([chunk]))
			});
			return { ...summary, file: new Blob(parts, { type: 'text/csv' }) };
		}).finally(() => running.delete(jobId));
	},
	cancel: (jobId: string) => running.get(jobId)?.abort(),
	/** Scores one row typed by hand, with its reasons when the model file carries what they need. */
	predictRow: (row: InputRow) =>
		settle(async () => {
			const model = current();
			try {
				return (await model.predict([row], { reasons: true }))[0];
			} catch (err) {
				if (asFaroError(err).code !== 'reasons-unavailable') throw err;
				return (await model.predict([row]))[0];
			}
		})
};

export type PredictApi = typeof api;
Comlink.expose(api);
