/**
 * Where a chunk of decoded text can be cut so every record before the cut is complete: the last line break
 * outside quotes. Quote parity is enough for RFC 4180 (an escaped quote `""` toggles twice). Returns -1
 * when there is no such line break (the whole chunk is carried into the next slice).
 */
export function safeCut(text: string): number {
	let q = text.indexOf('"');
	if (q === -1) return text.lastIndexOf('\n');
	let safe = -1;
	let from = 0;
	while (true) {
		// Outside quotes from `from` up to the next quote `q` (or the end).
		const limit = q === -1 ? text.length : q;
		const lf = text.lastIndexOf('\n', limit - 1);
		if (lf >= from) safe = lf;
		if (q === -1) return safe;
		const close = text.indexOf('"', q + 1);
		if (close === -1) return safe;
		from = close + 1;
		q = text.indexOf('"', from);
	}
}
