/**
 * SMOTE-NC (Chawla et al., 2002, §6.1) as imbalanced-learn 0.10 `SMOTENC` implements it. Distances are taken in
 * imblearn's encoded space: the numeric features as they are, each categorical feature one-hot encoded with
 * value median_std / 2, so every differing category adds 2 × (median_std / 2)² = median_std² / 2 to the squared
 * distance, where median_std is the median over numeric features of their standard deviation (ddof 0) within
 * the smallest class (`median_std_`). Numeric features are interpolated as in SMOTE; each categorical feature
 * takes the most frequent code among the base row's k neighbours, ties broken uniformly at random.
 */
import type { Text } from '../i18n/text';
import type { Rng } from '../shared/rng';
import { neighborCountFor, rowsOfClass } from './class-rows';
import { kNearest } from './knn';
import type { SmoteOptions } from './smote';
import { countClasses, targetCounts } from './strategy';
import { validateMixed, type Mixed } from './validate';

/** SMOTE-NC output: new rows, their base row and the k neighbours (input indices) their categories came from. */
export type SyntheticMixed = {
	numeric: Float64Array;
	categorical: Int32Array;
	y: Int32Array;
	base: Int32Array;
	/** `k` input row indices per synthetic row (k may be reduced per class; see `notes`). */
	neighbors: Int32Array;
	/** The one interpolation neighbour of each row, and the gap used. */
	neighbor: Int32Array;
	gap: Float64Array;
	/** imblearn's `median_std_`. */
	medianStd: number;
	notes: Text[];
};

/**
 * SMOTE-NC synthetic rows for every class `targetCounts(…, 'over')` asks for. The input is not modified.
 * @throws FaroError settings-invalid, class-too-small, cancelled.
 */
export async function oversampleSmoteNc(
	data: Mixed,
	options: SmoteOptions
): Promise<SyntheticMixed> {
	validateMixed(data);
	const { numeric, p, categorical, q, y, classCount } = data;
	const counts = countClasses(y, classCount);
	const wanted = targetCounts(counts, options.strategy, 'over');
	const total = wanted.reduce((a, b) => a + b, 0);
	const kMax = options.k ?? 5;
	const out: SyntheticMixed = {
		numeric: new Float64Array(total * p),
		categorical: new Int32Array(total * q),
		y: new Int32Array(total),
		base: new Int32Array(total),
		neighbors: new Int32Array(total * kMax),
		neighbor: new Int32Array(total),
		gap: new Float64Array(total),
		medianStd: medianStdOfMinority(data, counts),
		notes: []
	};
	const levels = levelCounts(categorical, q);
	let at = 0;
	for (let c = 0; c < classCount; c++) {
		if (wanted[c] === 0) continue;
		const rows = rowsOfClass(y, c);
		const k = neighborCountFor(kMax, rows.length, c, out.notes);
		const encoded = encodeRows(data, rows, levels, out.medianStd / 2);
		const nn = await kNearest(encoded.values, encoded.width, k, {
			...options,
			phase: `SMOTE-NC: neighbours in class ${c}`
		});
		for (let s = 0; s < wanted[c]; s++, at++) {
			const b = options.rng.int(rows.length);
			const nb = nn.indices[b * k + options.rng.int(k)];
			const gap = options.rng.next();
			for (let j = 0; j < p; j++) {
				const from = numeric[rows[b] * p + j];
				out.numeric[at * p + j] = from + gap * (numeric[rows[nb] * p + j] - from);
			}
			const near = Array.from(nn.indices.subarray(b * k, b * k + k), (r) => rows[r]);
			for (let j = 0; j < q; j++)
				out.categorical[at * q + j] = mostFrequent(categorical, q, j, near, levels[j], options.rng);
			out.y[at] = c;
			out.base[at] = rows[b];
			out.neighbor[at] = rows[nb];
			out.gap[at] = gap;
			near.forEach((r, i) => (out.neighbors[at * kMax + i] = r));
			for (let i = near.length; i < kMax; i++) out.neighbors[at * kMax + i] = -1;
		}
	}
	return out;
}

/**
 * imblearn `median_std_`: the median (mean of the middle two for an even count) of the numeric features'
 * standard deviations (ddof 0) over the rows of the smallest class (lowest index among equal counts).
 */
export function medianStdOfMinority(data: Mixed, counts: number[]): number {
	const { numeric, p, y } = data;
	let minority = -1;
	counts.forEach((n, c) => {
		if (n > 0 && (minority < 0 || n < counts[minority])) minority = c;
	});
	const rows = rowsOfClass(y, minority);
	const stds = new Float64Array(p);
	for (let j = 0; j < p; j++) {
		let mean = 0;
		for (const r of rows) mean += numeric[r * p + j];
		mean /= rows.length;
		let ss = 0;
		for (const r of rows) ss += (numeric[r * p + j] - mean) ** 2;
		stds[j] = Math.sqrt(ss / rows.length);
	}
	stds.sort();
	const mid = p >> 1;
	return p % 2 === 1 ? stds[mid] : (stds[mid - 1] + stds[mid]) / 2;
}

/** Number of codes per categorical feature (max code + 1). */
function levelCounts(categorical: Int32Array, q: number): number[] {
	const levels = new Array<number>(q).fill(0);
	for (let i = 0; i < categorical.length; i++)
		levels[i % q] = Math.max(levels[i % q], categorical[i] + 1);
	return levels;
}

/** imblearn's encoded space for the given rows: numeric features, then one-hot × `hot` per categorical feature. */
function encodeRows(data: Mixed, rows: Int32Array, levels: number[], hot: number) {
	const { numeric, p, categorical, q } = data;
	const width = p + levels.reduce((a, b) => a + b, 0);
	const values = new Float64Array(rows.length * width);
	rows.forEach((row, r) => {
		for (let j = 0; j < p; j++) values[r * width + j] = numeric[row * p + j];
		let offset = p;
		for (let j = 0; j < q; j++) {
			values[r * width + offset + categorical[row * q + j]] = hot;
			offset += levels[j];
		}
	});
	return { values, width };
}

/** The most frequent code of feature `j` among `rows`; ties broken uniformly at random, as imblearn does. */
function mostFrequent(
	categorical: Int32Array,
	q: number,
	j: number,
	rows: number[],
	levels: number,
	rng: Rng
): number {
	const tally = new Int32Array(levels);
	for (const r of rows) tally[categorical[r * q + j]]++;
	let best = 0;
	for (let v = 1; v < levels; v++) if (tally[v] > tally[best]) best = v;
	const tied: number[] = [];
	for (let v = 0; v < levels; v++) if (tally[v] === tally[best]) tied.push(v);
	return tied.length === 1 ? tied[0] : tied[rng.int(tied.length)];
}
