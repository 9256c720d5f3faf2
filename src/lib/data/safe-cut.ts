/**
 * Where a chunk of decoded text can be cut so every record before the cut is complete: the last line break
 * outside quotes. Quote parity is enough for RFC 4180 (an escaped quote `""` toggles twice). Returns -1
 * when there is no such line break (the whole chunk is carried into the next slice).
 */
export function safeCut(text: string): number {
	let q = text.indexOf('"');
	if (q === -1) return lastLineBreak(text, text.length, 0);
	let safe = -1;
	let from = 0;
	while (true) {
		// Outside quotes from `from` up to the next quote `q` (or the end).
		const limit = q === -1 ? text.length : q;
		const lf = lastLineBreak(text, limit, from);
		if (lf >= 0) safe = lf;
		if (q === -1) return safe;
		const close = text.indexOf('"', q + 1);
		if (close === -1) return safe;
		from = close + 1;
		q = text.indexOf('"', from);
	}
}

/** The last "\n" in `text[from, before)`, or -1. A backwards loop: V8's `lastIndexOf` is a slow scan. */
function lastLineBreak(text: string, before: number, from: number): number {
	for (let i = before - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return i;
	return -1;
}
