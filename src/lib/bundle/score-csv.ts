/**
 * Batch prediction on a CSV file, streamed: rows are read a chunk at a time (data/read-rows.ts), scored,
 * and written out as predictions CSV text before the next chunk is read, so memory stays bounded by the
 * chunk size whatever the file's size (Node writes the chunks to a file stream; the page collects them into
 * a Blob). Each input row is written back with its ORIGINAL field strings ("1.50" stays "1.50"), then the
 * predicted label and one probability per label (ARCHITECTURE.md, "Predictions file — Contract").
 */
import { readCsvRows, rowsToTable } from '$lib/data';
import type { LongWork } from '$lib/shared/progress';
import { locateInputs } from './check-columns';
import { formatProbability, predictionsHeader, toCsvLines } from './csv-cells';
import type { LoadedBundle } from './load-bundle';

/** Rows of the predictions kept for display (after the header). */
export const SCORE_PREVIEW_ROWS = 20;

export type ScoreWork = LongWork & {
	/**
	 * Receives the predictions file as consecutive CSV text chunks (the header comes first). When it returns
	 * a promise, the next chunk waits for it (backpressure: e.g. a Node write stream's "drain").
	 */
	onRows?: (csvChunk: string) => void | Promise<void>;
	/** The name shown in messages. */
	fileName?: string;
	/** Rows scored at once (default 4096). */
	chunkRows?: number;
	/** Bytes read per slice (default 1 MiB). */
	sliceBytes?: number;
};

/** What a scoring pass returns: rows scored, and the header plus the first rows of the output (raw cells). */
export type ScoreSummary = { rowCount: number; preview: string[][] };

/**
 * Scores every row of the CSV `source` with `bundle`, emitting the predictions file through `onRows`.
 * @throws FaroError predict-columns-missing (all missing columns listed), predict-columns-wrong-kind,
 *   csv-empty, csv-binary, csv-ragged, csv-malformed, cancelled
 * @example
 * const out = fs.createWriteStream('predictions.csv');
 * const { rowCount } = await scoreCsv(loaded, await fs.openAsBlob('new.csv'), { onRows: (t) => out.write(t) });
 */
export async function scoreCsv(
	bundle: LoadedBundle,
	source: Blob,
	work: ScoreWork = {}
): Promise<ScoreSummary> {
	const fileName = work.fileName ?? (source as { name?: string }).name ?? 'the file';
	const labels = bundle.bundle.labels;
	const chunks = readCsvRows(source, {
		fileName,
		chunkRows: work.chunkRows,
		sliceBytes: work.sliceBytes,
		signal: work.signal,
		onProgress: work.onProgress && ((p) => work.onProgress?.({ ...p, phase: 'Scoring' }))
	});
	let inputs: ReturnType<typeof locateInputs> | null = null;
	let rowCount = 0;
	const preview: string[][] = [];
	for await (const chunk of chunks) {
		if (inputs === null) {
			inputs = locateInputs(chunk.names, bundle.inputColumns, fileName);
			const header = predictionsHeader(chunk.header, labels);
			preview.push(header);
			await work.onRows?.(toCsvLines([header]));
		}
		if (chunk.rows.length === 0) continue;
		const table = rowsToTable(chunk.rows, inputs, chunk.decimalComma);
		const predicted = await bundle.predictTable(table);
		const k = labels.length;
		const out = chunk.rows.map((fields, i) => {
			const row = fields.slice();
			row.push(predicted.labels[i]);
			for (let c = 0; c < k; c++) row.push(formatProbability(predicted.proba[i * k + c]));
			return row;
		});
		for (let i = 0; i < out.length && preview.length <= SCORE_PREVIEW_ROWS; i++)
			preview.push(out[i]);
		rowCount += out.length;
		await work.onRows?.(toCsvLines(out));
	}
	return { rowCount, preview };
}
