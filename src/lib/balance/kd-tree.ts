/**
 * A k-d tree over the rows of a dense matrix, for exact Euclidean k-nearest-neighbour search. Splits at the
 * median of the widest dimension (as scikit-learn's KDTree), keeps each node's bounding box for tight pruning,
 * and stores the rows in tree order so a leaf is one contiguous block of memory.
 */

/** Default rows per leaf (a per-query walk was fastest at 16–32; the batched search of knn.ts uses 64). */
const LEAF_SIZE = 24;

export type KdTree = {
	width: number;
	/** Row values in tree order (`size × width`). */
	points: Float64Array;
	/** `ids[position]` = the row index (into `rows` when given, else into the matrix) stored at that position. */
	ids: Int32Array;
	/** `positionOf[row]` = where row `row` sits in `points`. */
	positionOf: Int32Array;
	start: Int32Array;
	end: Int32Array;
	/** Child nodes; -1 for a leaf. */
	left: Int32Array;
	right: Int32Array;
	/** Bounding boxes, `nodeCount × width`. */
	lo: Float64Array;
	hi: Float64Array;
};

/**
 * Builds the tree over `rows × width` values of `x` (all rows, or the listed `rows`, in that order), splitting
 * nodes of more than `leafSize` rows.
 */
export function buildKdTree(
	x: ArrayLike<number>,
	width: number,
	rows?: Int32Array,
	leafSize = LEAF_SIZE
): KdTree {
	const size = rows ? rows.length : x.length / width;
	const order = Int32Array.from({ length: size }, (_, i) => i);
	const value = (i: number, j: number) => x[(rows ? rows[i] : i) * width + j];
	const maxNodes = 2 * Math.ceil(size / leafSize) * 2 + 1;
	const start = new Int32Array(maxNodes);
	const end = new Int32Array(maxNodes);
	const left = new Int32Array(maxNodes).fill(-1);
	const right = new Int32Array(maxNodes).fill(-1);
	const lo = new Float64Array(maxNodes * width);
	const hi = new Float64Array(maxNodes * width);
	let nodeCount = 0;
	const stack: number[] = [];
	const newNode = (s: number, e: number): number => {
		const node = nodeCount++;
		start[node] = s;
		end[node] = e;
		for (let j = 0; j < width; j++) {
			let min = Infinity;
			let max = -Infinity;
			for (let i = s; i < e; i++) {
				const v = value(order[i], j);
				if (v < min) min = v;
				if (v > max) max = v;
			}
			lo[node * width + j] = min;
			hi[node * width + j] = max;
		}
		stack.push(node);
		return node;
	};
	if (size > 0) newNode(0, size);
	while (stack.length > 0) {
		const node = stack.pop() as number;
		const s = start[node];
		const e = end[node];
		if (e - s <= leafSize) continue;
		let dim = 0;
		for (let j = 1; j < width; j++) {
			if (
				hi[node * width + j] - lo[node * width + j] >
				hi[node * width + dim] - lo[node * width + dim]
			)
				dim = j;
		}
		if (hi[node * width + dim] === lo[node * width + dim]) continue; // identical rows: one leaf
		const mid = (s + e) >> 1;
		selectNth(order, s, e, mid, (i) => value(i, dim));
		left[node] = newNode(s, mid);
		right[node] = newNode(mid, e);
	}
	const points = new Float64Array(size * width);
	const ids = new Int32Array(size);
	const positionOf = new Int32Array(size);
	for (let pos = 0; pos < size; pos++) {
		const row = order[pos];
		ids[pos] = row;
		positionOf[row] = pos;
		for (let j = 0; j < width; j++) points[pos * width + j] = value(row, j);
	}
	return { width, points, ids, positionOf, start, end, left, right, lo, hi };
}

/** Hoare-style quickselect: afterwards `order[nth]` has the nth smallest key, smaller keys before it. */
function selectNth(
	order: Int32Array,
	s: number,
	e: number,
	nth: number,
	key: (i: number) => number
): void {
	let l = s;
	let r = e - 1;
	while (r > l) {
		const pivot = key(order[(l + r) >> 1]);
		let i = l;
		let j = r;
		while (i <= j) {
			while (key(order[i]) < pivot) i++;
			while (key(order[j]) > pivot) j--;
			if (i <= j) {
				const t = order[i];
				order[i] = order[j];
				order[j] = t;
				i++;
				j--;
			}
		}
		if (nth <= j) r = j;
		else if (nth >= i) l = i;
		else return;
	}
}
