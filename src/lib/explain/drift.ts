/**
 * Stability of new data against the training data: the Population Stability Index (PSI) of every input column
 * and of the model's score, between the training reference stored in the bundle (explain/reference.ts) and the
 * rows being scored. A streaming counter: each chunk adds one bin count per cell (one `binOf` per numeric cell,
 * one Map lookup per category level), so memory stays the size of the bins whatever the file's size.
 *
 * Bins are the reference's: numeric and date columns its decile bins ((−∞, e₀], (e₀, e₁] … (eₙ, ∞), missing),
 * categorical and boolean columns its listed levels, "other" (a level not listed, including levels never seen in
 * training) and missing; text columns only present vs missing. The score: a binary model's p(positive) in the
 * deciles of its held-out rows (validation and test; test only in files from before), a multiclass model's predicted label (the most probable; first on ties).
 * PSI = Σᵢ (aᵢ − eᵢ)·ln(aᵢ / eᵢ) over the bins (a actual, e expected shares of all rows), with a share of exactly
 * 0 on either side replaced by `PSI_FLOOR` (0.0001, the common practice) so an emptied or a new bin counts
 * (heavily) instead of giving ∞; a bin empty on both sides adds 0. Checked against numpy/pandas (psi.json).
 * Each bin says what it holds (words.ts `BinSpan`, read off the stored edges and levels when comparing, so the
 * bundle stores nothing new) beside its English label; messages and notes are Texts beside their English.
 */
import { findColumn, type ColumnKind, type Table } from '$lib/data/table';
import { mapStrings, readDates, readNumbers } from '$lib/features/read-column';
import { BASE_LOCALE, inEnglish, text, type Text } from '$lib/i18n';
import {
	binOf,
	type ColumnProfile,
	type LevelProfile,
	type NumericProfile,
	type ScoreProfile,
	type TrainingReference
} from './reference';
import { binLabel, type BinSpan } from './words';

/** Below this PSI a distribution is stable. */
export const PSI_WATCH = 0.1;
/** Above this PSI a distribution has shifted (from `PSI_WATCH` up to it: worth watching). */
export const PSI_SHIFTED = 0.25;
/** The share an empty bin counts as (on either side), so ln(a / e) stays finite. */
export const PSI_FLOOR = 1e-4;

export type PsiBand = 'stable' | 'watch' | 'shifted';

/**
 * One bin: what it holds (`kind` and its fields, which the page words in the reader's language; `label`, the
 * same in English), its share of the training rows (`expected`) and of the new rows (`actual`).
 */
export type DriftBin = BinSpan & { label: string; expected: number; actual: number };

export type ColumnDrift = {
	column: string;
	kind: ColumnKind;
	psi: number;
	band: PsiBand;
	bins: DriftBin[];
	/** Why the bins are not the column's values (text columns: only whether a cell is present), in English. */
	note?: string;
	/** The same note as a catalogue Text, for the reader's language. */
	noteText?: Text;
};

export type ScoreDrift = {
	/** `probability`: p(`label`) in deciles; `label`: the predicted labels. */
	kind: ScoreProfile['kind'];
	label: string | null;
	psi: number;
	band: PsiBand;
	bins: DriftBin[];
};

export type DriftReport = {
	/** Rows scored. */
	rows: number;
	/** Rows the training profile was taken on (the score's: the run's held-out rows). */
	referenceRows: number;
	score: ScoreDrift | null;
	/** Largest PSI first. */
	columns: ColumnDrift[];
	/** What could not be compared, in English. */
	notes: string[];
	/** The same notes as catalogue Texts, for the reader's language. */
	noteTexts: Text[];
};

/** The drift of a scoring pass, or why there is none (in English, and as a Text for the reader's language). */
export type Drift =
	{ available: true; report: DriftReport } | { available: false; message: string; text: Text };

const NO_REFERENCE = text('predict_drift_no_reference');
export const NO_REFERENCE_MESSAGE = inEnglish(NO_REFERENCE);

/** A Drift that is not available, for `reason`. */
const unavailable = (reason: Text): Drift => ({
	available: false,
	message: inEnglish(reason),
	text: reason
});

/** Streams chunks of scored rows into bin counts; `result()` gives the PSI of everything counted so far. */
export type DriftCounter = {
	/** Counts the rows of `table` (the input columns) and their probabilities (row-major rows × labels). */
	add(table: Table, proba: Float32Array): void;
	result(): Drift;
};

/** PSI of two share lists over the same bins (shares of exactly 0 count as `PSI_FLOOR`). */
export function psi(expected: ArrayLike<number>, actual: ArrayLike<number>): number {
	let total = 0;
	for (let i = 0; i < expected.length; i++) {
		const e = expected[i] === 0 ? PSI_FLOOR : expected[i];
		const a = actual[i] === 0 ? PSI_FLOOR : actual[i];
		total += (a - e) * Math.log(a / e);
	}
	return total;
}

/** < 0.1 stable, 0.1 – 0.25 watch, > 0.25 shifted. */
export const psiBand = (value: number): PsiBand =>
	value < PSI_WATCH ? 'stable' : value <= PSI_SHIFTED ? 'watch' : 'shifted';

/** One column's bins: what each holds, its training share, and how a chunk's cells are counted into them. */
type Tally = {
	column: string;
	kind: ColumnKind;
	spans: BinSpan[];
	expected: number[];
	counts: Float64Array;
	count(column: Table['columns'][number]): void;
	note?: Text;
};

/**
 * A counter for the rows scored with a bundle whose training reference is `reference` (absent in bundles
 * written before it: the result then says so). `inputColumns` are the columns the model reads (the bundle's
 * `inputColumns`), `labels` the bundle's labels in order.
 * @example
 * const drift = createDriftCounter(loaded.bundle.reference, loaded.inputColumns, loaded.bundle.labels);
 * for (const table of chunks) drift.add(table, (await loaded.predictTable(table)).proba);
 * const outcome = drift.result(); // outcome.available ? outcome.report.columns[0] : outcome.message
 */
export function createDriftCounter(
	reference: TrainingReference | undefined,
	inputColumns: readonly { name: string; kind: ColumnKind }[],
	labels: readonly string[]
): DriftCounter {
	if (!reference) return { add: () => {}, result: () => unavailable(NO_REFERENCE) };
	const notes: Text[] = [];
	const tallies: Tally[] = [];
	for (const input of inputColumns) {
		const profile = reference.columns.find((p) => p.name === input.name);
		if (profile) tallies.push(columnTally(profile));
		else notes.push(text('predict_drift_no_profile', { column: input.name }));
	}
	const score = reference.score ? scoreTally(reference.score, labels) : null;
	if (reference.score && !score) notes.push(text('predict_drift_labels_differ'));
	let rows = 0;
	return {
		add(table, proba) {
			rows += table.rowCount;
			for (const tally of tallies) {
				const column = findColumn(table, tally.column);
				if (column) tally.count(column);
				else tally.counts[tally.counts.length - 1] += table.rowCount; // absent = missing
			}
			score?.count(proba, table.rowCount);
		},
		result() {
			if (rows === 0) return unavailable(text('predict_drift_no_rows'));
			const columns = tallies
				.map((t) => ({
					column: t.column,
					kind: t.kind,
					...compare(t.spans, t.expected, t.counts, rows),
					...(t.note && { note: inEnglish(t.note), noteText: t.note })
				}))
				.sort((a, b) => b.psi - a.psi);
			return {
				available: true,
				report: {
					rows,
					referenceRows: reference.rows,
					score: score && {
						kind: score.kind,
						label: score.label,
						...compare(score.spans, score.expected, score.counts, rows)
					},
					columns,
					notes: notes.map(inEnglish),
					noteTexts: notes
				}
			};
		}
	};
}

function compare(
	spans: BinSpan[],
	expected: number[],
	counts: Float64Array,
	rows: number
): Pick<ColumnDrift, 'psi' | 'band' | 'bins'> {
	const actual = Array.from(counts, (c) => c / rows);
	const value = psi(expected, actual);
	return {
		psi: value,
		band: psiBand(value),
		bins: spans.map((span, i) => ({
			...span,
			label: binLabel(span, BASE_LOCALE),
			expected: expected[i],
			actual: actual[i]
		}))
	};
}

function columnTally(profile: ColumnProfile): Tally {
	if (profile.kind === 'numeric' || profile.kind === 'date') return rangeTally(profile);
	if (profile.kind === 'categorical' || profile.kind === 'boolean') return levelTally(profile);
	const counts = new Float64Array(2);
	return {
		column: profile.name,
		kind: profile.kind,
		spans: [{ kind: 'present' }, { kind: 'missing' }],
		expected: [1 - profile.missing, profile.missing],
		counts,
		note: text('predict_drift_text_note'),
		count(column) {
			const slots = mapStrings(column, (cell) => (cell === null ? 1 : 0));
			for (let i = 0; i < slots.length; i++) counts[slots[i]]++;
		}
	};
}

function rangeTally(profile: NumericProfile): Tally {
	const { edges, shares } = profile.bins;
	const counts = new Float64Array(edges.length + 2);
	return {
		column: profile.name,
		kind: profile.kind,
		spans: rangeSpans(edges, profile.kind === 'date'),
		expected: shares,
		counts,
		count(column) {
			// read exactly as the profile was (reference.ts `profileColumn`)
			const values = profile.kind === 'date' ? readDates(column) : readNumbers(column);
			for (let i = 0; i < values.length; i++) counts[binOf(values[i], edges)]++;
		}
	};
}

function levelTally(profile: LevelProfile): Tally {
	const slotOf = new Map(profile.levels.map((l, i) => [l.value, i]));
	const other = profile.levels.length;
	const missing = other + 1;
	const counts = new Float64Array(missing + 1);
	return {
		column: profile.name,
		kind: profile.kind,
		spans: [
			...profile.levels.map((l): BinSpan => ({ kind: 'level', value: l.value })),
			{ kind: 'other' },
			{ kind: 'missing' }
		],
		expected: [...profile.levels.map((l) => l.share), profile.other, profile.missing],
		counts,
		count(column) {
			const slots = mapStrings(column, (cell) =>
				cell === null ? missing : (slotOf.get(cell) ?? other)
			);
			for (let i = 0; i < slots.length; i++) counts[slots[i]]++;
		}
	};
}

type ScoreTally = {
	kind: ScoreProfile['kind'];
	label: string | null;
	spans: BinSpan[];
	expected: number[];
	counts: Float64Array;
	count(proba: Float32Array, rows: number): void;
};

function scoreTally(profile: ScoreProfile, labels: readonly string[]): ScoreTally | null {
	const k = labels.length;
	if (profile.kind === 'probability') {
		const p = labels.indexOf(profile.label);
		if (p < 0 || k !== 2) return null;
		const { edges, shares } = profile.bins;
		const counts = new Float64Array(edges.length + 2);
		return {
			kind: 'probability',
			label: profile.label,
			spans: rangeSpans(edges, false),
			expected: shares,
			counts,
			count(proba, rows) {
				for (let r = 0; r < rows; r++) counts[binOf(proba[r * k + p], edges)]++;
			}
		};
	}
	// the profile's label order may differ from the bundle's: map each bundle label to its bin
	const binOfLabel = labels.map((label) => profile.shares.findIndex((s) => s.value === label));
	if (binOfLabel.some((b) => b < 0)) return null;
	const counts = new Float64Array(profile.shares.length);
	return {
		kind: 'label',
		label: null,
		spans: profile.shares.map((s): BinSpan => ({ kind: 'level', value: s.value })),
		expected: profile.shares.map((s) => s.share),
		counts,
		count(proba, rows) {
			// the most probable label, first on ties: as scoreProfile counted the held-out rows
			for (let r = 0; r < rows; r++) {
				let best = 0;
				for (let c = 1; c < k; c++) if (proba[r * k + c] > proba[r * k + best]) best = c;
				counts[binOfLabel[best]]++;
			}
		}
	};
}

/** The bins of `edges`: (−∞, e₀], (e₀, e₁] … (eₙ, ∞), missing; one value bin, any value, without edges. */
function rangeSpans(edges: number[], date: boolean): BinSpan[] {
	if (edges.length === 0) return [{ kind: 'any' }, { kind: 'missing' }];
	return [
		...[null, ...edges].map((low, i): BinSpan => ({
			kind: 'range',
			low,
			high: edges[i] ?? null,
			date
		})),
		{ kind: 'missing' }
	];
}

/**
 * The drift in one line: "Score PSI 0.03 (stable); most shifted: Age 0.12 (watch), Job 0.05 (stable), …", or
 * "…; every column stable (largest: Job 0.02)".
 * @param top how many columns to name
 */
export function summarizeDrift(drift: Drift, top = 3): string {
	if (!drift.available) return drift.message;
	const { score, columns } = drift.report;
	const figure = (v: number, band: PsiBand) => `${v.toFixed(2)} (${band})`;
	const parts = [];
	if (score) parts.push(`Score PSI ${figure(score.psi, score.band)}`);
	if (columns.length > 0 && columns[0].band === 'stable') {
		parts.push(`every column stable (largest: ${columns[0].column} ${columns[0].psi.toFixed(2)})`);
	} else if (columns.length > 0) {
		const named = columns.slice(0, top).map((c) => `${c.column} ${figure(c.psi, c.band)}`);
		parts.push(`most shifted: ${named.join(', ')}${columns.length > top ? ', …' : ''}`);
	}
	const line = parts.join('; ');
	return line ? line[0].toUpperCase() + line.slice(1) : 'No column or score to compare.';
}
