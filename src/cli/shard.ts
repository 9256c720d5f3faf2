/**
 * `faro predict --shard i/n`: the byte range of a CSV that shard i of n scores, cut at record boundaries, so
 * shards run independently (on other cores, machines or pods) and their outputs, concatenated in order, are
 * byte for byte the output of one process. The body after the header is cut into n near-equal byte ranges,
 * each cut moved forward to just after the next line feed that is outside double quotes (the quote state is
 * tracked from the start of the file, so a line break inside a quoted cell never splits a record). Each shard
 * reads the header again in front of its range; only shard 1 writes the predictions header.
 * Works on UTF-8 and single-byte files (windows-1252); UTF-16 files are refused.
 */
import { UsageError } from './usage';

const LF = 0x0a;
const QUOTE = 0x22;
const SLICE = 4 << 20;

/** "2/4" → { index: 1, count: 4 } (1-based on the command line). @throws UsageError */
export function parseShard(text: string): { index: number; count: number } {
	const match = /^(\d+)\/(\d+)$/.exec(text.trim());
	const i = match ? Number(match[1]) : NaN;
	const n = match ? Number(match[2]) : NaN;
	if (!(n >= 1 && n <= 10_000 && i >= 1 && i <= n))
		throw new UsageError(`--shard ${text}: give i/n with 1 ≤ i ≤ n, e.g. --shard 2/4.`);
	return { index: i - 1, count: n };
}

/**
 * The header record and shard `index`'s records of `file`, as one Blob to read like a whole file.
 * @throws UsageError for a UTF-16 file
 */
export async function shardOf(file: Blob, index: number, count: number): Promise<Blob> {
	const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
	if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
		throw new UsageError('--shard reads UTF-8 or single-byte files; this one is UTF-16.');
	const bounds = await recordBounds(file, index + 1, count);
	const headerEnd = bounds[0];
	return new Blob([file.slice(0, headerEnd), file.slice(bounds[index], bounds[index + 1])]);
}

/** The bytes of the header record (up to and including its line feed). */
export const headerBytes = async (file: Blob): Promise<number> =>
	(await recordBounds(file, 0, 1))[0];

/**
 * Where shards start: [end of the header, cut 1, …, cut `upTo`] (file.size past the last record), scanning
 * only as far as cut `upTo` needs.
 */
async function recordBounds(file: Blob, upTo: number, count: number): Promise<number[]> {
	const bounds: number[] = [];
	let inQuotes = false;
	let target = -1; // the byte position the next cut may not come before
	for (let offset = 0; offset < file.size && bounds.length <= upTo; offset += SLICE) {
		const bytes = new Uint8Array(await file.slice(offset, offset + SLICE).arrayBuffer());
		for (let i = 0; i < bytes.length; i++) {
			const b = bytes[i];
			if (b === QUOTE) inQuotes = !inQuotes;
			else if (b === LF && !inQuotes) {
				const after = offset + i + 1;
				if (bounds.length === 0) {
					bounds.push(after);
					target = nextCut(after, file.size, 1, count);
				} else if (after >= target) {
					bounds.push(after);
					target = nextCut(bounds[0], file.size, bounds.length, count);
				}
				if (bounds.length > upTo) break;
			}
		}
	}
	if (bounds.length === 0) bounds.push(file.size); // a header without a line end: no records
	while (bounds.length <= upTo) bounds.push(file.size);
	// a cut past the end, or several cuts on one record: later shards are empty, never overlapping
	return bounds.map((b) => Math.min(b, file.size));
}

/** The byte position cut k of `count` aims at: k / count of the way through the body. */
const nextCut = (bodyStart: number, size: number, k: number, count: number): number =>
	k >= count ? Infinity : bodyStart + Math.floor(((size - bodyStart) * k) / count);
