/**
 * Puts grams in the order of their texts by code point (Python's `sorted` of the joined n-grams) without
 * building or comparing n-gram strings. Tokens are runs of word characters, all above the space (U+0020)
 * that joins them, so comparing "a b" with "a bc" or "ab" is comparing the token tuples (a, b), (a, bc), (ab)
 * lexicographically, a shorter tuple first when it is a prefix. Tuples compare by (first token, the rest), so
 * level by level: rank the tokens by text, then grams of length ≤ k by (rank of first token, rank of the rest
 * among grams of length ≤ k − 1), with a stable two-pass counting sort.
 */
import type { GramCounts } from './tfidf-count';
import { sortByCodePoint } from './tokenize';

/** All gram ids of `counts`, ordered by their text in code-point order. */
export function gramsInTextOrder(counts: GramCounts): Int32Array {
	const { gramCount, word, first, suffix, length } = counts;
	const unigrams: number[] = [];
	let maxLength = 0;
	for (let g = 0; g < gramCount; g++) {
		if (length[g] === 1) unigrams.push(g);
		maxLength = Math.max(maxLength, length[g]);
	}
	const byText = new Map(unigrams.map((g) => [word[g], g]));
	const tokenRank = new Int32Array(gramCount);
	sortByCodePoint([...byText.keys()]).forEach((w, r) => (tokenRank[byText.get(w) as number] = r));
	// rank[g]: g's position among grams of length ≤ the current level; −1 stands for the empty rest.
	const rank = new Int32Array(gramCount).fill(-1);
	let order: Int32Array<ArrayBuffer> = Int32Array.from(unigrams).sort(
		(a, b) => tokenRank[a] - tokenRank[b]
	);
	order.forEach((g, r) => (rank[g] = r));
	for (let level = 2; level <= maxLength; level++) {
		const members: number[] = [];
		for (let g = 0; g < gramCount; g++) if (length[g] <= level) members.push(g);
		const restKey = (g: number) => (suffix[g] < 0 ? 0 : rank[suffix[g]] + 1);
		const byRest = countingSort(Int32Array.from(members), restKey, order.length + 1);
		order = countingSort(byRest, (g) => tokenRank[first[g]], unigrams.length);
		order.forEach((g, r) => (rank[g] = r));
	}
	return order;
}

/** Stable counting sort of `ids` by an integer key in [0, range). */
function countingSort(
	ids: Int32Array,
	key: (id: number) => number,
	range: number
): Int32Array<ArrayBuffer> {
	const starts = new Int32Array(range + 1);
	for (const id of ids) starts[key(id) + 1]++;
	for (let k = 0; k < range; k++) starts[k + 1] += starts[k];
	const out = new Int32Array(ids.length);
	for (const id of ids) out[starts[key(id)]++] = id;
	return out;
}
