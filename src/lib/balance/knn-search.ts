/**
 * The plain k-NN scan: every row compared with the query, keeping a sorted top-`size` list ordered by
 * (squared distance, row index). Used for small sets and to settle near-ties exactly; larger sets go through
 * the k-d tree (leaf-batch-search.ts).
 */

/** Puts (d, id) into the sorted list `dist/idx[at, at + size)` if it beats the last entry. */
export function insert(
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
