import { describe, expect, it } from 'vitest';
import { sortFloat64 } from '$lib/models/gbdt/radix-sort';
import { createRng } from '$lib/shared/rng';

/** The order Float64Array.prototype.sort gives, compared bit for bit (−0 and +0 told apart). */
function expectSortedAsBuiltIn(values: Float64Array): void {
	const expected = values.slice().sort();
	const actual = sortFloat64(values.slice());
	expect(Array.from(new Uint32Array(actual.buffer))).toEqual(
		Array.from(new Uint32Array(expected.buffer))
	);
}

describe('sortFloat64', () => {
	it('sorts as the built-in sort: signs, zeros of both signs, infinities, ties, tiny and huge values', () => {
		const rng = createRng(7);
		const special = [0, -0, Infinity, -Infinity, 5e-324, -5e-324, 1e300, -1e300, 1, -1, 0.5];
		const values = new Float64Array(10_000);
		for (let i = 0; i < values.length; i++) {
			const pick = rng.int(4);
			values[i] =
				pick === 0
					? special[rng.int(special.length)]
					: pick === 1
						? rng.int(20) - 10 // many ties
						: (rng.next() - 0.5) * 10 ** (rng.int(40) - 20);
		}
		expectSortedAsBuiltIn(values);
	});

	it('sorts a view in place without touching the rest of its buffer', () => {
		const rng = createRng(3);
		const whole = Float64Array.from({ length: 6000 }, () => rng.next() * 100 - 50);
		const before = whole.slice();
		const view = whole.subarray(1000, 5000);
		const expected = view.slice().sort();
		expect(sortFloat64(view)).toBe(view);
		expect(Array.from(view)).toEqual(Array.from(expected));
		expect(Array.from(whole.subarray(0, 1000))).toEqual(Array.from(before.subarray(0, 1000)));
		expect(Array.from(whole.subarray(5000))).toEqual(Array.from(before.subarray(5000)));
	});

	it('short arrays, one value repeated, already sorted and reversed input', () => {
		expectSortedAsBuiltIn(new Float64Array([3, -1, 2]));
		expectSortedAsBuiltIn(new Float64Array(5000).fill(2.5));
		expectSortedAsBuiltIn(Float64Array.from({ length: 5000 }, (_, i) => i - 2500));
		expectSortedAsBuiltIn(Float64Array.from({ length: 5000 }, (_, i) => 2500 - i));
	});
});
