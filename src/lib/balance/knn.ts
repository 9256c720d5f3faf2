/**
 * Exact k nearest neighbours (Euclidean) among a set of rows, each query row itself left out: the neighbour
 * search inside SMOTE, Borderline-SMOTE and SMOTE-NC. Small sets are scanned; larger ones are rotated onto
 * their principal axes and searched with a k-d tree (the queries of one leaf together, leaf-batch-search.ts),
 * a few extra candidates kept, and the candidates re-ranked by their distance in the original coordinates,
 * so the answer does not depend on the rotation's rounding.
 * No n × n matrix is ever formed. Ties are broken by the lower row index.
 */
import { throwIfAborted } from '../shared/errors';
import { throttleProgress, type LongWork } from '../shared/progress';
import { buildKdTree } from './kd-tree';
import { insert, scanAll, squaredDistance } from './knn-search';
import { createLeafBatchSearch } from './leaf-batch-search';
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
/** Rows per tree leaf for the batched search: 64–96 measured fastest on 100,000 × 20 (24–128 tried). */
const LEAF_SIZE = 64;

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
	for (let from = 0; from < slots.length;) {
		throwIfAborted(options.signal);
		const stop = Math.min(slots.length, from + BLOCK_ROWS);
		let to = from;
		while (to < stop) to = answer.answerFrom(queries, slots, to, squaredDistances, indices);
		report({ phase, done: to, total: slots.length }, to === slots.length);
		from = to;
		await yieldIfDue();
	}
	throwIfAborted(options.signal);
	return { k, indices, squaredDistances };
}

type Answerer = {
	rank: (row: number) => number;
	/**
	 * Answers the query in `slots[from]` (writing at `slot × k`) and maybe a few after it; returns the index
	 * of the first slot not answered.
	 */
	answerFrom: (
		queries: Int32Array,
		slots: Int32Array,
		from: number,
		dist: Float64Array,
		idx: Int32Array
	) => number;
};

function scanAnswerer(x: ArrayLike<number>, width: number, k: number): Answerer {
	return {
		rank: (row) => row,
		answerFrom: (queries, slots, from, dist, idx) => {
			const at = slots[from] * k;
			dist.fill(Infinity, at, at + k);
			idx.fill(-1, at, at + k);
			scanAll(x, width, queries[slots[from]], k, dist, idx, at);
			return from + 1;
		}
	};
}

/** Answers the queries that sit in the same tree leaf together (slots come sorted by tree position). */
function treeAnswerer(x: ArrayLike<number>, width: number, k: number): Answerer {
	const size = k + EXTRA;
	const tree = buildKdTree(rotateToPrincipalAxes(x, width), width, undefined, LEAF_SIZE);
	const leafAt = new Int32Array(tree.ids.length);
	for (let node = 0; node < tree.start.length; node++) {
		if (tree.left[node] < 0) leafAt.fill(node, tree.start[node], tree.end[node]);
	}
	const search = createLeafBatchSearch(tree, size);
	let positions = new Int32Array(LEAF_SIZE);
	let candDist = new Float64Array(LEAF_SIZE * size);
	let candIdx = new Int32Array(LEAF_SIZE * size);
	const leafOf = (queries: Int32Array, slots: Int32Array, s: number) =>
		leafAt[tree.positionOf[queries[slots[s]]]];
	return {
		rank: (row) => tree.positionOf[row],
		answerFrom: (queries, slots, from, dist, idx) => {
			const leaf = leafOf(queries, slots, from);
			let to = from + 1;
			while (to < slots.length && leafOf(queries, slots, to) === leaf) to++;
			const count = to - from;
			if (count > positions.length) {
				positions = new Int32Array(count);
				candDist = new Float64Array(count * size);
				candIdx = new Int32Array(count * size);
			}
			for (let q = 0; q < count; q++) positions[q] = tree.positionOf[queries[slots[from + q]]];
			search(positions, count, leaf, candDist, candIdx);
			for (let q = 0; q < count; q++) {
				const row = queries[slots[from + q]];
				rerank(x, width, k, size, row, candDist, candIdx, q * size, dist, idx, slots[from + q] * k);
			}
			return to;
		}
	};
}

/**
 * The exact top `k` for `row` from its `size` candidates at `cand…[c0, c0 + size)` (tree coordinates),
 * re-ranked by their distance in the original coordinates, written at `dist/idx[at, at + k)`.
 */
function rerank(
	x: ArrayLike<number>,
	width: number,
	k: number,
	size: number,
	row: number,
	candDist: Float64Array,
	candIdx: Int32Array,
	c0: number,
	dist: Float64Array,
	idx: Int32Array,
	at: number
): void {
	const kth = candDist[c0 + Math.min(k, size) - 1];
	const saturated = candDist[c0 + size - 1] <= kth + TIE_SLACK * kth + Number.MIN_VALUE;
	dist.fill(Infinity, at, at + k);
	idx.fill(-1, at, at + k);
	if (saturated) {
		// so many near-ties that rotation rounding could reorder them: settle this query exactly
		scanAll(x, width, row, k, dist, idx, at);
		return;
	}
	for (let c = c0; c < c0 + size; c++) {
		const id = candIdx[c];
		if (id < 0) continue;
		insert(dist, idx, at, k, squaredDistance(x, width, row, id), id);
	}
}
