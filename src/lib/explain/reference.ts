/**
 * What a model remembers of its training data, for explaining and monitoring it later: per input column, its
 * distribution on the training rows (numeric and date: 101 percentiles and ten decile bins with their shares;
 * categorical and boolean: the share of each level; all: the share missing), a typical value (median or most
 * common level: the baseline model-agnostic reasons substitute), and the training rows' mean of every model
 * feature (the reference linear contributions are measured from). Plain JSON; stored with the run and in the
 * model bundle (`reference`, absent in bundles written before it).
 */
import {
	findColumn,
	MISSING_CODE,
	type Column,
	type ColumnKind,
	type Table
} from '$lib/data/table';
import { readDates, readNumbers, readStrings } from '$lib/features/read-column';
import type { FeatureMatrix } from '$lib/shared/feature-matrix';

/** Shares of the rows in each bin: `edges.length + 1` value bins ((−∞, e₀], (e₀, e₁] … (eₙ, ∞)), then missing. */
export type BinShares = { edges: number[]; shares: number[] };

export type NumericProfile = {
	name: string;
	kind: 'numeric' | 'date';
	missing: number;
	/** Percentiles 0, 1 … 100 of the non-missing values (NumPy's linear rule); empty when all are missing. */
	percentiles: number[];
	/** The median (dates: epoch ms); null when every value is missing. */
	baseline: number | null;
	bins: BinShares;
};

export type LevelProfile = {
	name: string;
	kind: 'categorical' | 'boolean';
	missing: number;
	/** The most common levels (at most `MAX_LEVELS`), most common first, with their shares of all rows. */
	levels: { value: string; share: number }[];
	/** The share of rows with a level not listed. */
	other: number;
	/** The most common level; null when every value is missing. */
	baseline: string | null;
};

export type TextProfile = { name: string; kind: 'text'; missing: number; baseline: '' };

export type ColumnProfile = NumericProfile | LevelProfile | TextProfile;

/**
 * The distribution of the model's score on the held-out rows, validation and test (binary: p(positive) in deciles;
 * else the predicted labels); files written before it profiled the test rows alone.
 */
export type ScoreProfile =
	| { kind: 'probability'; label: string; bins: BinShares }
	| { kind: 'label'; shares: { value: string; share: number }[] };

export type TrainingReference = {
	version: 1;
	rows: number;
	columns: ColumnProfile[];
	/** Mean of each model feature over the training rows (single TF.js models; the bundle recipe's features). */
	featureMeans?: number[];
	score?: ScoreProfile;
};

export const MAX_LEVELS = 100;

/** NumPy's `percentile(values, q)` (linear interpolation) of ascending `sorted`. */
export function percentileOf(sorted: ArrayLike<number>, q: number): number {
	const n = sorted.length;
	const at = (q / 100) * (n - 1);
	const lo = Math.floor(at);
	const hi = Math.min(lo + 1, n - 1);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** Deciles as bin edges (duplicates dropped) and the shares of `values` (NaN = missing) in each bin. */
export function decileBins(values: ArrayLike<number>): BinShares {
	const present = Float64Array.from(
		Array.prototype.filter.call(values, (v: number) => v === v) as number[]
	).sort();
	const edges: number[] = [];
	if (present.length > 0) {
		for (let q = 10; q < 100; q += 10) {
			const e = percentileOf(present, q);
			if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
		}
	}
	return { edges, shares: binShares(values, edges) };
}

/** The shares of `values` in the bins of `edges` ((−∞, e₀], (e₀, e₁] … (eₙ, ∞), missing). */
export function binShares(values: ArrayLike<number>, edges: number[]): number[] {
	const counts = new Array(edges.length + 2).fill(0);
	for (let i = 0; i < values.length; i++) counts[binOf(values[i], edges)]++;
	return counts.map((c) => (values.length > 0 ? c / values.length : 0));
}

/** The bin of `v` (missing: the last one). */
export function binOf(v: number, edges: number[]): number {
	if (v !== v) return edges.length + 1;
	let lo = 0;
	let hi = edges.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (v <= edges[mid]) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/** The profile of one column read as `kind`. */
export function profileColumn(column: Column, kind: ColumnKind): ColumnProfile {
	const n = column.storage === 'category' ? column.codes.length : column.values.length;
	if (kind === 'numeric' || kind === 'date') {
		const values = kind === 'date' ? readDates(column) : readNumbers(column);
		const sorted = Float64Array.from(
			Array.prototype.filter.call(values, (v: number) => v === v) as number[]
		).sort();
		const percentiles = sorted.length
			? Array.from({ length: 101 }, (_, q) => percentileOf(sorted, q))
			: [];
		return {
			name: column.name,
			kind,
			missing: n > 0 ? (n - sorted.length) / n : 0,
			percentiles,
			baseline: sorted.length ? percentiles[50] : null,
			bins: decileBins(values)
		};
	}
	if (kind === 'categorical' || kind === 'boolean') {
		const counts = new Map<string, number>();
		let missing = 0;
		if (column.storage === 'category') {
			const byCode = new Array(column.levels.length).fill(0);
			for (const c of column.codes) {
				if (c === MISSING_CODE) missing++;
				else byCode[c]++;
			}
			column.levels.forEach((level, c) => {
				if (byCode[c] > 0) counts.set(level, (counts.get(level) ?? 0) + byCode[c]);
			});
		} else {
			for (const cell of readStrings(column)) {
				if (cell === null) missing++;
				else counts.set(cell, (counts.get(cell) ?? 0) + 1);
			}
		}
		const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
		const kept = ranked.slice(0, MAX_LEVELS);
		const share = (c: number) => (n > 0 ? c / n : 0);
		return {
			name: column.name,
			kind,
			missing: share(missing),
			levels: kept.map(([value, c]) => ({ value, share: share(c) })),
			other: share(ranked.slice(MAX_LEVELS).reduce((s, [, c]) => s + c, 0)),
			baseline: kept[0]?.[0] ?? null
		};
	}
	const missing = readStrings(column).filter((v) => v === null).length;
	return { name: column.name, kind: 'text', missing: n > 0 ? missing / n : 0, baseline: '' };
}

/** Each feature's mean over the rows of `x` (dense, then sparse: absent entries are 0). */
export function featureMeans(x: FeatureMatrix): number[] {
	const width = x.denseWidth + (x.sparse?.width ?? 0);
	const sums = new Float64Array(width);
	for (let r = 0; r < x.rowCount; r++) {
		for (let j = 0; j < x.denseWidth; j++) sums[j] += x.dense[r * x.denseWidth + j];
	}
	if (x.sparse) {
		const { indices, values } = x.sparse;
		for (let k = 0; k < indices.length; k++) sums[x.denseWidth + indices[k]] += values[k];
	}
	return Array.from(sums, (s) => (x.rowCount > 0 ? s / x.rowCount : 0));
}

/**
 * The reference of a model's inputs (`columns`, as the recipe reads them) on the training rows `train`.
 * @example
 * const reference = trainingReference(run.train.table, recipe.inputs, { features: applyRecipe(recipe, run.train.table) });
 */
export function trainingReference(
	train: Table,
	columns: { name: string; kind: ColumnKind }[],
	extra: { features?: FeatureMatrix; score?: ScoreProfile } = {}
): TrainingReference {
	const profiles: ColumnProfile[] = [];
	for (const { name, kind } of columns) {
		const column = findColumn(train, name);
		if (column) profiles.push(profileColumn(column, kind));
	}
	return {
		version: 1,
		rows: train.rowCount,
		columns: profiles,
		...(extra.features && { featureMeans: featureMeans(extra.features) }),
		...(extra.score && { score: extra.score })
	};
}

/** The score profile of test probabilities (row-major rows × labels). */
export function scoreProfile(
	proba: Float32Array,
	labels: string[],
	positiveLabel: string | null
): ScoreProfile {
	const k = labels.length;
	const rows = proba.length / k;
	if (positiveLabel !== null && k === 2) {
		const p = labels.indexOf(positiveLabel);
		return {
			kind: 'probability',
			label: positiveLabel,
			bins: decileBins(Float64Array.from({ length: rows }, (_, i) => proba[i * k + p]))
		};
	}
	const counts = new Array(k).fill(0);
	for (let i = 0; i < rows; i++) {
		let best = 0;
		for (let c = 1; c < k; c++) if (proba[i * k + c] > proba[i * k + best]) best = c;
		counts[best]++;
	}
	return {
		kind: 'label',
		shares: labels.map((value, c) => ({ value, share: rows > 0 ? counts[c] / rows : 0 }))
	};
}
