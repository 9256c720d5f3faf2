/**
 * Python's `heapq.heappush` / `heappop` on a plain array, line for line, so nodes of equal gain leave scikit-learn's
 * splittable-node heap in the same order here (grower.py pushes TreeNode objects whose `__lt__` compares gains).
 */

/** `before(a, b)` plays `a < b`: true when a must come out first. */
export type Before<T> = (a: T, b: T) => boolean;

/** heapq.heappush. */
export function heapPush<T>(heap: T[], item: T, before: Before<T>): void {
	heap.push(item);
	siftDown(heap, 0, heap.length - 1, before);
}

/** heapq.heappop (the heap must not be empty). */
export function heapPop<T>(heap: T[], before: Before<T>): T {
	const last = heap.pop() as T;
	if (heap.length === 0) return last;
	const top = heap[0];
	heap[0] = last;
	siftUp(heap, 0, before);
	return top;
}

function siftDown<T>(heap: T[], startPos: number, pos: number, before: Before<T>): void {
	const item = heap[pos];
	while (pos > startPos) {
		const parentPos = (pos - 1) >> 1;
		const parent = heap[parentPos];
		if (!before(item, parent)) break;
		heap[pos] = parent;
		pos = parentPos;
	}
	heap[pos] = item;
}

function siftUp<T>(heap: T[], pos: number, before: Before<T>): void {
	const end = heap.length;
	const startPos = pos;
	const item = heap[pos];
	let child = 2 * pos + 1;
	while (child < end) {
		const right = child + 1;
		if (right < end && !before(heap[child], heap[right])) child = right;
		heap[pos] = heap[child];
		pos = child;
		child = 2 * pos + 1;
	}
	heap[pos] = item;
	siftDown(heap, startPos, pos, before);
}
