/**
 * The k-d tree walk done once for a batch of queries that sit in the same leaf: their own leaf is scanned
 * first (a tight bound for every query at once), then one shared walk visits the other nodes nearest first,
 * pruning a node when its box is farther from the batch's bounding box than every query's current worst
 * candidate. At each leaf reached, each query checks its own distance to the leaf's box before scanning the
 * leaf's rows: the first few coordinates of the whole leaf summed column by column without branches, then
 * partial distances abandoned once past its worst. Node visits are shared by the whole batch instead of
 * repeated per query: on 100,000 × 20 rows (≈15 effective dimensions) about 1.3× faster than one walk per query.
 */
import type { KdTree } from './kd-tree';

/** Leading coordinates summed for a whole leaf without branches before any row is dropped (2–6 measured). */
const HEAD = 4;

/**
 * Returns `search(positions, count, leaf, dist, idx)`: for the `count` queries at tree positions
 * `positions[0..count)`, all inside leaf node `leaf`, fills `dist/idx[q × size, (q + 1) × size)` with the
 * `size` nearest rows (itself left out), sorted by (squared distance in tree coordinates, row index).
 */
export function createLeafBatchSearch(tree: KdTree, size: number) {
	const { width, points, ids, start, end, left, right, lo, hi } = tree;
	const stackNode = new Int32Array(1024);
	const stackBound = new Float64Array(1024);
	const qlo = new Float64Array(width);
	const qhi = new Float64Array(width);
	const head = Math.min(width, HEAD);
	// each leaf's rows again, column by column: leaf [s, e) keeps value (p, j) at s × width + j × (e − s) + p
	const cols = new Float64Array(points.length);
	let widest = 0;
	for (let node = 0; node < start.length; node++) {
		const s = start[node];
		const count = end[node] - s;
		if (left[node] >= 0 || count <= 0) continue;
		widest = Math.max(widest, count);
		for (let p = 0; p < count; p++) {
			for (let j = 0; j < width; j++) cols[s * width + j * count + p] = points[(s + p) * width + j];
		}
	}
	const partial = new Float64Array(widest);

	/** Squared distance between the batch box and the box of `node`, abandoned once past `limit`. */
	const boxToBox = (node: number, limit: number): number => {
		let sum = 0;
		const b = node * width;
		for (let j = 0; j < width && sum <= limit; j++) {
			const below = lo[b + j] - qhi[j];
			const above = qlo[j] - hi[b + j];
			const d = below > 0 ? below : above > 0 ? above : 0;
			sum += d * d;
		}
		return sum;
	};

	/** Offers every row of leaf `node` (except the query itself) to query `q`. */
	const scanLeaf = (
		node: number,
		selfPos: number,
		dist: Float64Array,
		idx: Int32Array,
		at: number
	): void => {
		const qOff = selfPos * width;
		const last = at + size - 1;
		// the query's own distance to the leaf's box first: most leaves end here
		let worst = dist[last];
		let gap = 0;
		const b = node * width;
		for (let j = 0; j < width && gap <= worst; j++) {
			const q = points[qOff + j];
			const below = lo[b + j] - q;
			const above = q - hi[b + j];
			const d = below > 0 ? below : above > 0 ? above : 0;
			gap += d * d;
		}
		if (gap > worst) return;
		// the leading coordinates of every row of the leaf, without branches (columns are contiguous)
		const s = start[node];
		const count = end[node] - s;
		const base = s * width;
		const q0 = points[qOff];
		for (let p = 0; p < count; p++) {
			const d = cols[base + p] - q0;
			partial[p] = d * d;
		}
		for (let j = 1; j < head; j++) {
			const qj = points[qOff + j];
			const off = base + j * count;
			for (let p = 0; p < count; p++) {
				const d = cols[off + p] - qj;
				partial[p] += d * d;
			}
		}
		for (let p = 0; p < count; p++) {
			let sum = partial[p];
			if (sum > worst) continue;
			const pos = s + p;
			if (pos === selfPos) continue;
			const pOff = pos * width;
			for (let j = head; j < width && sum <= worst; j++) {
				const d = points[pOff + j] - points[qOff + j];
				sum += d * d;
			}
			if (sum > worst) continue;
			const id = ids[pos];
			if (sum === worst && id > idx[last]) continue;
			// insertion into the sorted list by (distance, index)
			let i = last;
			while (i > at && (dist[i - 1] > sum || (dist[i - 1] === sum && idx[i - 1] > id))) {
				dist[i] = dist[i - 1];
				idx[i] = idx[i - 1];
				i--;
			}
			dist[i] = sum;
			idx[i] = id;
			worst = dist[last];
		}
	};

	const worstOfBatch = (dist: Float64Array, count: number): number => {
		let max = 0;
		for (let q = 0; q < count; q++) {
			const w = dist[q * size + size - 1];
			if (!(w <= max)) max = w;
		}
		return max;
	};

	return (
		positions: Int32Array,
		count: number,
		leaf: number,
		dist: Float64Array,
		idx: Int32Array
	): void => {
		dist.fill(Infinity, 0, count * size);
		idx.fill(-1, 0, count * size);
		qlo.fill(Infinity);
		qhi.fill(-Infinity);
		for (let q = 0; q < count; q++) {
			const off = positions[q] * width;
			for (let j = 0; j < width; j++) {
				const v = points[off + j];
				if (v < qlo[j]) qlo[j] = v;
				if (v > qhi[j]) qhi[j] = v;
			}
		}
		for (let q = 0; q < count; q++) scanLeaf(leaf, positions[q], dist, idx, q * size);
		let bound = worstOfBatch(dist, count);
		let top = 0;
		stackNode[top] = 0;
		stackBound[top++] = 0;
		while (top > 0) {
			top--;
			const node = stackNode[top];
			if (stackBound[top] > bound || node === leaf) continue;
			const l = left[node];
			if (l >= 0) {
				const r = right[node];
				const dl = boxToBox(l, bound);
				const dr = boxToBox(r, bound);
				const nearL = dl <= dr;
				stackNode[top] = nearL ? r : l;
				stackBound[top++] = nearL ? dr : dl;
				stackNode[top] = nearL ? l : r;
				stackBound[top++] = nearL ? dl : dr;
				continue;
			}
			const gap = stackBound[top];
			for (let q = 0; q < count; q++) {
				// the leaf's box is at least `gap` from every query of the batch
				if (dist[q * size + size - 1] >= gap) scanLeaf(node, positions[q], dist, idx, q * size);
			}
			bound = worstOfBatch(dist, count);
		}
	};
}
