/**
 * Sorts float64 values ascending in place, as `Float64Array.prototype.sort` does for values without NaN (−0
 * before +0, ±∞ at the ends), by a least-significant-digit radix sort over the values' bits: four passes of 16
 * bits, skipped where every value shares the digit. Binning sorts every feature's column to find its
 * thresholds; on 100,000 values this takes ≈ 3 ms where the comparison sort takes ≈ 20 ms.
 *
 * The bits become an unsigned key that orders as the numbers do: a positive value's sign bit is set, a negative
 * value's bits are all flipped (larger magnitude, smaller key). The keys are turned back into values at the end.
 */

const DIGIT = 1 << 16;

/** Below this length the comparison sort is as fast (no 4 × 65,536 counters to clear). */
const RADIX_FROM = 2048;

/** @param values no NaN (callers drop missing values first) */
export function sortFloat64(values: Float64Array): Float64Array {
	const n = values.length;
	if (n < RADIX_FROM) return values.sort();
	const keys = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
	for (let i = 0; i < 2 * n; i += 2) {
		const hi = keys[i + 1];
		if (hi & 0x80000000) {
			keys[i] = ~keys[i];
			keys[i + 1] = ~hi;
		} else keys[i + 1] = hi | 0x80000000;
	}
	let from: Uint32Array = keys;
	let to: Uint32Array = new Uint32Array(2 * n);
	const counts = new Int32Array(DIGIT);
	for (let pass = 0; pass < 4; pass++) {
		const word = pass >> 1; // 0: the low 32 bits, 1: the high 32 bits
		const shift = (pass & 1) * 16;
		counts.fill(0);
		for (let i = word; i < 2 * n; i += 2) counts[(from[i] >>> shift) & 0xffff]++;
		if (counts[(from[word] >>> shift) & 0xffff] === n) continue; // one digit for all: nothing moves
		let sum = 0;
		for (let d = 0; d < DIGIT; d++) {
			const c = counts[d];
			counts[d] = sum;
			sum += c;
		}
		for (let i = 0; i < 2 * n; i += 2) {
			const at = 2 * counts[(from[i + word] >>> shift) & 0xffff]++;
			to[at] = from[i];
			to[at + 1] = from[i + 1];
		}
		const swap = from;
		from = to;
		to = swap;
	}
	if (from !== keys) keys.set(from);
	for (let i = 0; i < 2 * n; i += 2) {
		const hi = keys[i + 1];
		if (hi & 0x80000000) keys[i + 1] = hi & 0x7fffffff;
		else {
			keys[i] = ~keys[i];
			keys[i + 1] = ~hi;
		}
	}
	return values;
}
