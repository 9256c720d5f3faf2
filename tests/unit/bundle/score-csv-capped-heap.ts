/**
 * Run by score-csv-streaming.test.ts in a child process with a capped JavaScript heap
 * (`node --max-old-space-size=<MB> --import tsx`): scores a virtual CSV several times larger than that heap
 * (German credit's rows repeated, generated slice by slice, never whole in memory) and prints
 * `{ rowCount, bytesOut }` as JSON. Args: rows.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import '@tensorflow/tfjs-backend-wasm';
import { loadBundle, scoreCsv } from '$lib/bundle';
import { chooseBackend } from '$lib/models';

const rows = Number(process.argv[2]);
const csv = readFileSync(new URL('../../fixtures/csv/german_credit.csv', import.meta.url), 'utf8');
const [header, ...lines] = csv.trimEnd().split('\n');
const head = new TextEncoder().encode(header + '\n');
const block = new TextEncoder().encode(lines.join('\n') + '\n'); // lines.length rows
const blocks = Math.ceil(rows / lines.length);
const size = head.length + blocks * block.length;

/** The byte at `offset` of header + block × blocks, copied into `out` from `at`. */
function fill(out: Uint8Array, from: number): Uint8Array {
	let at = 0;
	let offset = from;
	if (offset < head.length) {
		const part = head.subarray(offset, Math.min(head.length, offset + out.length));
		out.set(part);
		at += part.length;
		offset += part.length;
	}
	while (at < out.length) {
		const inBlock = (offset - head.length) % block.length;
		const part = block.subarray(inBlock, Math.min(block.length, inBlock + out.length - at));
		out.set(part, at);
		at += part.length;
		offset += part.length;
	}
	return out;
}

const source = {
	size,
	slice: (start: number, end: number) => ({
		arrayBuffer: async () => {
			const to = Math.min(end, size);
			return fill(new Uint8Array(Math.max(0, to - start)), start).buffer;
		}
	})
} as unknown as Blob;

await chooseBackend('wasm');
const bundlePath = fileURLToPath(
	new URL('../../fixtures/bundles/valid-small.json', import.meta.url)
);
const loaded = await loadBundle(readFileSync(bundlePath, 'utf8'));
let bytesOut = 0;
const { rowCount } = await scoreCsv(loaded, source, {
	fileName: 'virtual.csv',
	onRows: (text) => void (bytesOut += text.length)
});
loaded.dispose();
process.stdout.write(JSON.stringify({ rowCount, bytesIn: size, bytesOut }) + '\n');
