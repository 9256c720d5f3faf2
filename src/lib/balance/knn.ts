/**
 * Exact k nearest neighbours (Euclidean) among a set of rows, each query row itself left out: the neighbour
 * search inside SMOTE, Borderline-SMOTE and SMOTE-NC. Small sets are scanned; larger ones are rotated onto
 * their principal axes and searched with a k-d tree, a few extra candidates kept, and the candidates re-ranked
 * by their distance in the original coordinates, so the answer does not depend on the rotation's rounding.
 * No n × n matrix is ever formed. Ties are broken by the lower row index.
 */
import { throwIfAborted } from '../shared/errors';
import { throttleProgress, type LongWork } from '../shared/progress';
import { buildKdTree } from './kd-tree';
import { createTreeSearch, scanAll, squaredDistance } from './knn-search';
import { rotateToPrincipalAxes } from './principal-axes';
import { createYielder } from './yield';

/** Neighbours of each query row, nearest first, `k` per query. */
export type Neighbors = {
	k: number;
	/** Row indices into `x` (`queries.length × k`). */
	indices: Int32Array;
	/** Squared Euclidean distances in the original coordinates, same layout. */
	squaredDistances: Float64Array;
};

export type KNearestOptions = {
	/** Rows of `x` to query (default: every row). */
	queries?: Int32Array;
	/** `scan` compares every pair; `tree` forces the k-d tree; `auto` scans below 2,000 rows. */
	method?: 'auto' | 'scan' | 'tree';
	/** Progress label. */
	phase?: string;
} & LongWork;

/** Queries per block: the signal is checked and progress reported between blocks. */
const BLOCK_ROWS = 2048;
/** Candidates kept beyond k in the rotated search, to re-rank in the original coordinates. */
const EXTRA = 3;
/** Relative gap below which two rotated distances count as a possible tie (rounding is ~1e-15). */
const TIE_SLACK = 1e-9;

/**
 * The `k` nearest rows of `x` (`n × width`, row-major) to each query row, the row itself excluded: scikit-learn
 * `NearestNeighbors(n_neighbors=k + 1).fit(X).kneighbors(X)[:, 1:]` for distinct rows (with duplicate rows
 * sklearn may drop a duplicate instead of the row itself; we always drop the row itself).
 * @throws FaroError cancelled when `signal` fires (checked between blocks of queries).
 */
export async function kNearest(
	x: ArrayLike<number>,
	width: number,
	k: number,
	options: KNearestOptions = {}
): Promise<Neighbors> {
	const n = x.length / width;
	const queries = options.queries ?? Int32Array.from({ length: n }, (_, i) => i);
	const indices = new Int32Array(queries.length * k);
	const squaredDistances = new Float64Array(queries.length * k);
	const useTree = options.method === 'tree' || (options.method !== 'scan' && n >= 2000);
	const answer = useTree ? treeAnswerer(x, width, k) : scanAnswerer(x, width, k);
	// queries in tree order touch neighbouring memory one after another
	const slots = Int32Array.from({ length: queries.length }, (_, i) => i);
	if (useTree) slots.sort((a, b) => answer.rank(queries[a]) - answer.rank(queries[b]));
	const report = throttleProgress(options.onProgress);
	const phase = options.phase ?? 'Finding nearest neighbours';
	const yieldIfDue = createYielder();
	for (let from = 0; from < slots.length; from += BLOCK_ROWS) {
		throwIfAborted(options.signal);
		const to = Math.min(slots.length, from + BLOCK_ROWS);
		for (let s = from; s < to; s++) {
			const slot = slots[s];
			answer.query(queries[slot], squaredDistances, indices, slot * k);
		}
		report({ phase, done: to, total: slots.length }, to === slots.length);
		await yieldIfDue();
	}
	throwIfAborted(options.signal);
	return { k, indices, squaredDistances };
}

type Answerer = {
	rank: (row: number) => number;
	query: (row: number, dist: Float64Array, idx: Int32Array, at: number) => void;
};

function scanAnswerer(x: ArrayLike<number>, width: number, k: number): Answerer {
	return {
		rank: (row) => row,
		query: (row, dist, idx, at) => {
			dist.fill(Infinity, at, at + k);
			idx.fill(-1, at, at + k);
			scanAll(x, width, row, k, dist, idx, at);
		}
	};
}

function treeAnswerer(x: ArrayLike<number>, width: number, k: number): Answerer {
	const size = k + EXTRA;
	const tree = buildKdTree(rotateToPrincipalAxes(x, width), width);
	const search = createTreeSearch(tree, size);
	const candDist = new Float64Array(size);
	const candIdx = new Int32Array(size);
	return {
		rank: (row) => tree.positionOf[row],
		query: (row, dist, idx, at) => {
			candDist.fill(Infinity);
			candIdx.fill(-1);
			search(tree.positionOf[row], candDist, candIdx, 0);
			const kth = candDist[Math.min(k, size) - 1];
			const saturated = candDist[size - 1] <= kth + TIE_SLACK * kth + Number.MIN_VALUE;
			dist.fill(Infinity, at, at + k);
			idx.fill(-1, at, at + k);
			if (saturated) {
				// so many near-ties that rotation rounding could reorder them: settle this query exactly
				scanAll(x, width, row, k, dist, idx, at);
				return;
			}
			for (let c = 0; c < size; c++) {
				const id = candIdx[c];
				if (id < 0) continue;
				const d = squaredDistance(x, width, row, id);
				// insertion into the sorted top-k by (distance, index)
				let i = at + k - 1;
				if (d > dist[i] || (d === dist[i] && id > idx[i])) continue;
				while (i > at && (dist[i - 1] > d || (dist[i - 1] === d && idx[i - 1] > id))) {
					dist[i] = dist[i - 1];
					idx[i] = idx[i - 1];
					i--;
				}
				dist[i] = d;
				idx[i] = id;
			}
		}
	};
}
