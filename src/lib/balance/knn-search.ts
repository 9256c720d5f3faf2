/**
 * The two inner loops of the k-NN search, both keeping a sorted top-`size` list per query ordered by
 * (squared distance, row index): a k-d tree walk (nearer child first, boxes pruned when strictly farther than
 * the current worst, partial distances abandoned once past it) and a plain scan of every row.
 */
import type { KdTree } from './kd-tree';

/** Puts (d, id) into the sorted list `dist/idx[at, at + size)` if it beats the last entry. */
function insert(
	dist: Float64Array,
	idx: Int32Array,
	at: number,
	size: number,
	d: number,
	id: number
): void {
	let i = at + size - 1;
	if (d > dist[i] || (d === dist[i] && id > idx[i])) return;
	while (i > at && (dist[i - 1] > d || (dist[i - 1] === d && idx[i - 1] > id))) {
		dist[i] = dist[i - 1];
		idx[i] = idx[i - 1];
		i--;
	}
	dist[i] = d;
	idx[i] = id;
}

/** Returns `search(position, dist, idx, at)` filling the `size` nearest rows to the row at `position`. */
export function createTreeSearch(tree: KdTree, size: number) {
	const { width, points, ids, start, end, left, right, lo, hi } = tree;
	const stackNode = new Int32Array(512);
	const stackBound = new Float64Array(512);
	const boxDistance = (node: number, qOff: number, worst: number): number => {
		let sum = 0;
		const b = node * width;
		for (let j = 0; j < width && sum <= worst; j++) {
			const q = points[qOff + j];
			const below = lo[b + j] - q;
			const above = q - hi[b + j];
			const d = below > 0 ? below : above > 0 ? above : 0;
			sum += d * d;
		}
		return sum;
	};
	return (selfPos: number, dist: Float64Array, idx: Int32Array, at: number): void => {
		const qOff = selfPos * width;
		const last = at + size - 1;
		let top = 0;
		stackNode[top] = 0;
		stackBound[top++] = 0;
		while (top > 0) {
			top--;
			const node = stackNode[top];
			if (stackBound[top] > dist[last]) continue;
			const l = left[node];
			if (l >= 0) {
				const r = right[node];
				const worst = dist[last];
				const dl = boxDistance(l, qOff, worst);
				const dr = boxDistance(r, qOff, worst);
				const nearL = dl <= dr;
				stackNode[top] = nearL ? r : l;
				stackBound[top++] = nearL ? dr : dl;
				stackNode[top] = nearL ? l : r;
				stackBound[top++] = nearL ? dl : dr;
				continue;
			}
			for (let pos = start[node]; pos < end[node]; pos++) {
				if (pos === selfPos) continue;
				const worst = dist[last];
				const pOff = pos * width;
				let sum = 0;
				for (let j = 0; j < width && sum <= worst; j++) {
					const d = points[pOff + j] - points[qOff + j];
					sum += d * d;
				}
				if (sum <= worst) insert(dist, idx, at, size, sum, ids[pos]);
			}
		}
	};
}

/** Squared Euclidean distance between rows `a` and `b` of `x`. */
export function squaredDistance(x: ArrayLike<number>, width: number, a: number, b: number): number {
	let sum = 0;
	for (let j = 0; j < width; j++) {
		const d = x[a * width + j] - x[b * width + j];
		sum += d * d;
	}
	return sum;
}

/** Scans every row of `x` for the `size` nearest to row `self` (itself left out). */
export function scanAll(
	x: ArrayLike<number>,
	width: number,
	self: number,
	size: number,
	dist: Float64Array,
	idx: Int32Array,
	at: number
): void {
	const n = x.length / width;
	for (let i = 0; i < n; i++) {
		if (i !== self) insert(dist, idx, at, size, squaredDistance(x, width, self, i), i);
	}
}
