/**
 * Content fingerprint of a file: SHA-256 (WebCrypto) over the SHA-256 of each 8 MiB slice, hex. WebCrypto has
 * no incremental digest, and hashing slice by slice keeps memory bounded for files of any size.
 */
const SLICE_BYTES = 8 * 1024 * 1024;

export async function fingerprintBlob(blob: Blob, signal?: AbortSignal): Promise<string> {
	const digests: Uint8Array[] = [];
	for (let start = 0; start < blob.size || start === 0; start += SLICE_BYTES) {
		if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
		const bytes = await blob.slice(start, start + SLICE_BYTES).arrayBuffer();
		digests.push(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
		if (blob.size === 0) break;
	}
	const all = new Uint8Array(digests.length * 32);
	digests.forEach((d, i) => all.set(d, i * 32));
	const final = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
	return Array.from(final, (b) => b.toString(16).padStart(2, '0')).join('');
}
