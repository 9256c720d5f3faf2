/**
 * The description cache. LLM descriptions are slow to make (seconds per row), so each one is stored in
 * IndexedDB under SHA-256(model, prompt version, row content) as soon as its chunk finishes: a rerun, a
 * reload, or a job resumed after Cancel or a closed tab asks the model only for rows it has not described.
 * Fallback sentences are not cached (the next run gives the model another chance at those rows). Row ids
 * are not part of the key: two rows with the same content share a description.
 */
import { openFaroDb, type CachedDescription } from '$lib/storage/db';
import { throwIfAborted } from '$lib/shared/errors';
import type { LongWork } from '$lib/shared/progress';
import type { DescribedBy, DescribeRow, Description, Describer } from './describer';

/** One cached description (the `descriptions` object store, keyPath `key`). */
export type { CachedDescription } from '$lib/storage/db';

/** The cache key of a row: SHA-256 (WebCrypto, hex) of the describer identity and the row's values. */
export async function descriptionKey(by: DescribedBy, row: DescribeRow): Promise<string> {
	const values = Object.entries(row.values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const text = JSON.stringify([by.describer, by.model, by.promptVersion, values]);
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The cached entries for `keys` (undefined where absent), in order. */
export async function readCachedDescriptions(
	keys: readonly string[]
): Promise<(CachedDescription | undefined)[]> {
	const db = await openFaroDb();
	const tx = db.transaction('descriptions', 'readonly');
	const found = await Promise.all(keys.map((k) => tx.store.get(k)));
	await tx.done;
	return found;
}

/** Stores entries in one transaction. */
export async function writeCachedDescriptions(
	entries: readonly CachedDescription[]
): Promise<void> {
	if (entries.length === 0) return;
	const db = await openFaroDb();
	const tx = db.transaction('descriptions', 'readwrite');
	await Promise.all([...entries.map((e) => tx.store.put(e)), tx.done]);
}

export type CacheOptions = {
	/** Rows described between two cache writes (what a cancel can lose at most). Default 16. */
	chunkSize?: number;
	/** Clock for progress (ms); tests pass a fake. */
	now?: () => number;
};

/**
 * Wraps a describer with the cache: cached rows are returned as they are, the others are described in
 * chunks and stored after each chunk. Progress counts cached rows as done; rows/s and time left count only
 * rows actually generated.
 */
export function withDescriptionCache(inner: Describer, options: CacheOptions = {}): Describer {
	const chunkSize = Math.max(1, options.chunkSize ?? 16);
	const now = options.now ?? (() => performance.now());
	const by = inner.describedBy;
	return {
		describedBy: by,
		async describe(rows: DescribeRow[], work: LongWork = {}): Promise<Description[]> {
			const keys = await Promise.all(rows.map((r) => descriptionKey(by, r)));
			const cached = await readCachedDescriptions(keys);
			const out: (Description | undefined)[] = cached.map((c, i) =>
				c
					? { id: rows[i].id, description: c.description, ...(c.label ? { label: c.label } : {}) }
					: undefined
			);
			const todo = rows.flatMap((_, i) => (out[i] ? [] : [i]));
			const hits = rows.length - todo.length;
			const startedMs = now();
			let generated = 0;
			const report = (extra: number) => {
				const done = hits + generated + extra;
				const elapsedS = (now() - startedMs) / 1000;
				const rate =
					elapsedS > 0 && generated + extra > 0 ? (generated + extra) / elapsedS : undefined;
				const phase = `Describing (${hits} from cache)`;
				work.onProgress?.({
					phase,
					done,
					total: rows.length,
					ratePerSecond: rate,
					etaMs: rate ? ((rows.length - done) / rate) * 1000 : undefined
				});
			};
			report(0);
			for (let start = 0; start < todo.length; start += chunkSize) {
				throwIfAborted(work.signal);
				const indices = todo.slice(start, start + chunkSize);
				const made = await inner.describe(
					indices.map((i) => rows[i]),
					{ signal: work.signal, onProgress: (p) => report(p.done) }
				);
				const createdAt = new Date().toISOString();
				const fresh: CachedDescription[] = [];
				made.forEach((d, j) => {
					out[indices[j]] = d;
					if (!d.fallback) {
						fresh.push({
							key: keys[indices[j]],
							description: d.description,
							...(d.label ? { label: d.label } : {}),
							model: by.model,
							promptVersion: by.promptVersion,
							createdAt
						});
					}
				});
				await writeCachedDescriptions(fresh);
				generated += made.length;
				report(0);
			}
			return out as Description[];
		}
	};
}
