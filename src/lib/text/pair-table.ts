/**
 * An open-addressing hash table from a pair of non-negative int32 (prefix gram id, last token id) to an id,
 * in typed arrays. Replaces a `Map<number, number>` keyed by `a · 2^26 + b`: those keys are not small
 * integers, so V8 boxes and hashes them as doubles. Ids may go up to 2^31 (packed keys capped them at 2^26).
 */
export type PairTable = {
	/** The id stored for (a, b), or −1. */
	get(a: number, b: number): number;
	/** Stores `id` for (a, b), which must not be present yet. */
	add(a: number, b: number, id: number): void;
};

const EMPTY = -1;

/** Creates an empty table that doubles its capacity at half load. */
export function createPairTable(initialCapacity = 1 << 12): PairTable {
	let capacity = 1 << Math.ceil(Math.log2(Math.max(16, initialCapacity)));
	let keysA = new Int32Array(capacity).fill(EMPTY);
	let keysB = new Int32Array(capacity);
	let ids = new Int32Array(capacity);
	let size = 0;

	const slotOf = (a: number, b: number): number => {
		const mask = capacity - 1;
		let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x5bd1e995, 0x85ebca6b);
		h ^= h >>> 15;
		h = Math.imul(h, 0x2c1b3c6d);
		h ^= h >>> 12;
		let slot = h & mask;
		while (keysA[slot] !== EMPTY && (keysA[slot] !== a || keysB[slot] !== b))
			slot = (slot + 1) & mask;
		return slot;
	};

	const grow = (): void => {
		const oldA = keysA;
		const oldB = keysB;
		const oldIds = ids;
		capacity *= 2;
		keysA = new Int32Array(capacity).fill(EMPTY);
		keysB = new Int32Array(capacity);
		ids = new Int32Array(capacity);
		for (let k = 0; k < oldA.length; k++) {
			if (oldA[k] === EMPTY) continue;
			const slot = slotOf(oldA[k], oldB[k]);
			keysA[slot] = oldA[k];
			keysB[slot] = oldB[k];
			ids[slot] = oldIds[k];
		}
	};

	return {
		get(a, b) {
			const slot = slotOf(a, b);
			return keysA[slot] === EMPTY ? -1 : ids[slot];
		},
		add(a, b, id) {
			if (2 * (size + 1) > capacity) grow();
			const slot = slotOf(a, b);
			keysA[slot] = a;
			keysB[slot] = b;
			ids[slot] = id;
			size++;
		}
	};
}
