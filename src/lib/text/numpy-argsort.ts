/**
 * NumPy's default `argsort` (kind 'quicksort') for a numeric array, ported step for step from
 * numpy/core/src/npysort/quicksort.cpp (`aquicksort_`, introsort: median-of-3 quicksort, insertion sort for
 * partitions of ≤ 16 items, heapsort `aheapsort_` past 2·log2(n) levels). The sort is not stable, and
 * scikit-learn's `max_features` cut (`(-tfs[mask]).argsort()[:limit]`) depends on how it orders ties, so
 * matching it exactly needs the same algorithm. NumPy 1.24 without AVX-512 (this machine kind) runs this code;
 * builds with AVX-512 dispatch 64-bit argsorts elsewhere from NumPy 1.26 on.
 */

const SMALL_QUICKSORT = 15;

/** The indices that sort `v` ascending, in exactly NumPy's `np.argsort(v)` order (ties included). */
export function argsortNumpy(v: ArrayLike<number>): Int32Array {
	const n = v.length;
	const tosort = new Int32Array(n);
	for (let i = 0; i < n; i++) tosort[i] = i;
	if (n < 2) return tosort;
	const stack: number[] = [];
	const depths: number[] = [];
	let pl = 0;
	let pr = n - 1;
	let cdepth = (31 - Math.clz32(n)) * 2; // npy_get_msb(n) * 2
	const swap = (a: number, b: number) => {
		const t = tosort[a];
		tosort[a] = tosort[b];
		tosort[b] = t;
	};
	for (;;) {
		if (cdepth < 0) {
			aheapsort(v, tosort, pl, pr - pl + 1);
		} else {
			while (pr - pl > SMALL_QUICKSORT) {
				const pm = pl + ((pr - pl) >> 1);
				if (v[tosort[pm]] < v[tosort[pl]]) swap(pm, pl);
				if (v[tosort[pr]] < v[tosort[pm]]) swap(pr, pm);
				if (v[tosort[pm]] < v[tosort[pl]]) swap(pm, pl);
				const vp = v[tosort[pm]];
				let pi = pl;
				let pj = pr - 1;
				swap(pm, pj);
				for (;;) {
					do ++pi;
					while (v[tosort[pi]] < vp);
					do --pj;
					while (vp < v[tosort[pj]]);
					if (pi >= pj) break;
					swap(pi, pj);
				}
				swap(pi, pr - 1);
				// Push the larger partition, go on with the smaller one.
				if (pi - pl < pr - pi) {
					stack.push(pi + 1, pr);
					pr = pi - 1;
				} else {
					stack.push(pl, pi - 1);
					pl = pi + 1;
				}
				depths.push(--cdepth);
			}
			for (let pi = pl + 1; pi <= pr; ++pi) {
				const vi = tosort[pi];
				const vp = v[vi];
				let pj = pi;
				while (pj > pl && vp < v[tosort[pj - 1]]) {
					tosort[pj] = tosort[pj - 1];
					pj--;
				}
				tosort[pj] = vi;
			}
		}
		if (stack.length === 0) break;
		pr = stack.pop() as number;
		pl = stack.pop() as number;
		cdepth = depths.pop() as number;
	}
	return tosort;
}

/** NumPy's `aheapsort_` on `tosort[start .. start + n)` (1-based heap indexing as in the C code). */
function aheapsort(v: ArrayLike<number>, tosort: Int32Array, start: number, n: number): void {
	const at = (k: number) => start + k - 1;
	for (let l = n >> 1; l > 0; --l) siftDown(v, tosort, at, tosort[at(l)], l, n);
	for (; n > 1;) {
		const tmp = tosort[at(n)];
		tosort[at(n)] = tosort[at(1)];
		n -= 1;
		siftDown(v, tosort, at, tmp, 1, n);
	}
}

function siftDown(
	v: ArrayLike<number>,
	tosort: Int32Array,
	at: (k: number) => number,
	tmp: number,
	i: number,
	n: number
): void {
	for (let j = i << 1; j <= n;) {
		if (j < n && v[tosort[at(j)]] < v[tosort[at(j + 1)]]) j += 1;
		if (v[tmp] < v[tosort[at(j)]]) {
			tosort[at(i)] = tosort[at(j)];
			i = j;
			j += j;
		} else break;
	}
	tosort[at(i)] = tmp;
}
