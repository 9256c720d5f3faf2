/**
 * Batch prediction on a CSV file, streamed: rows are read a batch at a time by the one CSV reader
 * (data/csv-reader.ts, the reader ingestion uses, so a file reads the same in both), scored, and
 * written out as predictions CSV text before the next chunk is read, so memory stays bounded by the chunk
 * size whatever the file's size (Node writes the chunks to a file stream; the page collects them into a
 * Blob). Each input row is written back with its ORIGINAL field strings ("1.50" stays "1.50"), then the
 * predicted label and one probability per label (ARCHITECTURE.md, "Predictions file — Contract").
 *
 * Speed (1,000,000 German credit rows, bench/score.ts): a comma-separated line whose cells need no quotes
 * and no formula neutralising is written back as the line itself, one slice instead of a dozen cells; cells
 * are read as spans of the decoded text, never as strings of their own.
 */
import type { LongWork } from '$lib/shared/progress';
import { locateInputs } from './check-columns';
import { CsvReader, batchToTable, type RecordBatch } from '$lib/data';
import {
	csvCell,
	formatProbability,
	isFormulaStart,
	isPlainNumber,
	predictionsHeader,
	toCsvLines
} from './csv-cells';
import type { LoadedBundle } from './load-bundle';
import type { TablePredictions } from './predict';
import type { Table } from '$lib/data/table';
import { REASON_COUNT, reasonsFor } from '$lib/explain/reasons';
import { createDriftCounter, type Drift } from '$lib/explain/drift';

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
	/**
	 * Adds `reason_1` … `reason_3`: the three columns that pushed each row toward its label, in words
	 * (explain/reasons.ts). Slower: trees ≈ 40k rows/s, MLPs and blends one model pass per column order.
	 */
	reasons?: boolean;
};

/**
 * What a scoring pass returns: rows scored, the header plus the first rows of the output (raw cells), and the
 * stability of the rows against the training data (explain/drift.ts; one bin count per input cell, ≈ free next
 * to the model), or why it is not available.
 */
export type ScoreSummary = { rowCount: number; preview: string[][]; drift: Drift };

/**
 * Scores every row of the CSV `source` with `bundle`, emitting the predictions file through `onRows`.
 * @throws FaroError predict-columns-missing (all missing columns listed), predict-columns-wrong-kind,
 *   csv-empty, csv-binary, csv-encoding, csv-ragged, csv-quotes, csv-malformed, cancelled
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
	// Rows are written as they are read, so the first bad row stops the pass (no row is silently dropped).
	const chunks = new CsvReader(source, {
		fileName,
		chunkRows: work.chunkRows,
		sliceBytes: work.sliceBytes,
		failFast: true,
		signal: work.signal,
		onProgress: work.onProgress,
		phase: 'Scoring'
	});
	let inputs: ReturnType<typeof locateInputs> | null = null;
	let rowCount = 0;
	const preview: string[][] = [];
	const drift = createDriftCounter(bundle.bundle.reference, bundle.inputColumns, labels);
	for await (const chunk of chunks) {
		if (inputs === null) {
			inputs = locateInputs(chunk.names, bundle.inputColumns, fileName);
			const header = predictionsHeader(chunk.header, labels, work.reasons ? REASON_COUNT : 0);
			preview.push(header);
			await work.onRows?.(toCsvLines([header]));
		}
		if (chunk.rowCount === 0) continue;
		const table = batchToTable(chunk, inputs);
		const predicted = await bundle.predictTable(table);
		const reasons = work.reasons ? await chunkReasons(bundle, table, predicted.labels, work) : null;
		for (let r = 0; r < chunk.rowCount && preview.length <= SCORE_PREVIEW_ROWS; r++) {
			preview.push([...previewRow(chunk, r, predicted, labels.length), ...(reasons?.[r] ?? [])]);
		}
		drift.add(table, predicted.proba);
		rowCount += chunk.rowCount;
		await work.onRows?.(predictionLines(chunk, predicted, labels, reasons));
	}
	return { rowCount, preview, drift: drift.result() };
}

/** Each row's reasons as `REASON_COUNT` cells (empty when fewer columns pushed toward its label). */
async function chunkReasons(
	bundle: LoadedBundle,
	table: Table,
	labels: string[],
	work: ScoreWork
): Promise<string[][]> {
	const explained = await bundle.explain(table, labels, { signal: work.signal });
	return labels.map((label, r) => {
		const texts = reasonsFor(explained, table, r, label, bundle.bundle.reference).map(
			(x) => x.text
		);
		while (texts.length < REASON_COUNT) texts.push('');
		return texts;
	});
}

const SPACE = 32;

/** The chunk's rows as predictions CSV lines: input cells as `csvCell` writes them, label, probabilities. */
function predictionLines(
	chunk: RecordBatch,
	predicted: TablePredictions,
	labels: string[],
	reasons: string[][] | null
): string {
	const { texts, width, cellStarts, cellEnds, lineStarts, lineEnds } = chunk;
	const k = labels.length;
	const labelCells = new Map(labels.map((label) => [label, ',' + csvCell(label)]));
	// A line is written as it is when papaparse's writer would give back the same text: comma separated (as
	// the output always is), without quotes (lineStarts ≥ 0), and without a cell that the writer changes.
	const sameSeparator = chunk.dialect.delimiter === ',';
	let checkedText = '';
	let special: number[] = [];
	// One string built by appending (a rope V8 flattens once when it is written out): measured faster than
	// joining an array of lines, 0.60 s vs 0.83 s per million rows including the UTF-8 encoding.
	let out = '';
	for (let r = 0; r < chunk.rowCount; r++) {
		const text = texts[r];
		let isVerbatim = false;
		if (sameSeparator && lineStarts[r] >= 0) {
			if (text !== checkedText) {
				checkedText = text;
				special = quotingCharacters(text);
			}
			isVerbatim =
				!hasPositionIn(special, lineStarts[r], lineEnds[r]) &&
				cellsNeedNoChange(text, cellStarts, cellEnds, r * width, width);
		}
		if (isVerbatim) out += text.slice(lineStarts[r], lineEnds[r]);
		else {
			for (let c = 0, at = r * width; c < width; c++, at++) {
				if (c > 0) out += ',';
				out += csvCell(text.slice(cellStarts[at], cellEnds[at]));
			}
		}
		const label = predicted.labels[r];
		out += labelCells.get(label) ?? ',' + csvCell(label);
		for (let c = 0, at = r * k; c < k; c++, at++)
			out += ',' + formatProbability(predicted.proba[at]);
		if (reasons) for (const reason of reasons[r]) out += ',' + csvCell(reason);
		out += '\n';
	}
	return out;
}

/**
 * Where `text` holds a character that makes papaparse quote a cell wherever it is in a quote-free line: a
 * BOM, or a carriage return that does not end a line. Usually none; found once per slice of the file with
 * native `indexOf` (a regular expression with a look-ahead cost 0.25 s per million rows).
 */
function quotingCharacters(text: string): number[] {
	const found: number[] = [];
	for (let i = text.indexOf('\ufeff'); i >= 0; i = text.indexOf('\ufeff', i + 1)) found.push(i);
	for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
		if (text.charCodeAt(i + 1) !== 10) found.push(i);
	}
	return found.sort((a, b) => a - b);
}

/** Whether one of the sorted `positions` is in [start, end) (binary search). */
function hasPositionIn(positions: number[], start: number, end: number): boolean {
	let lo = 0;
	let hi = positions.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (positions[mid] < start) lo = mid + 1;
		else hi = mid;
	}
	return lo < positions.length && positions[lo] < end;
}

/** Whether every cell of a quote-free row is written unchanged: no formula, no edge space. */
function cellsNeedNoChange(
	text: string,
	starts: Int32Array,
	ends: Int32Array,
	base: number,
	width: number
): boolean {
	for (let at = base; at < base + width; at++) {
		const start = starts[at];
		const end = ends[at];
		if (start === end) continue;
		const first = text.charCodeAt(start);
		if (first === SPACE || text.charCodeAt(end - 1) === SPACE) return false;
		if (isFormulaStart(first) && !isPlainNumber(text, start, end)) return false;
	}
	return true;
}

/** Row `r` of the output as raw cells (for display). */
function previewRow(
	chunk: RecordBatch,
	r: number,
	predicted: TablePredictions,
	k: number
): string[] {
	const row: string[] = [];
	for (let c = 0; c < chunk.width; c++) row.push(chunk.cell(r, c));
	row.push(predicted.labels[r]);
	for (let c = 0; c < k; c++) row.push(formatProbability(predicted.proba[r * k + c]));
	return row;
}
