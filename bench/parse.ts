/**
 * Benchmark: parse + type inference of a 1,000,000 × 12 mixed CSV (≈127 MB) in Node, the figure.
 * The file is generated deterministically (seeded) into the OS temp folder and reused; set FARO_BENCH_CSV to
 * measure another file. Reference: pandas.read_csv on the same file in the same run when /usr/bin/python3 has
 * pandas (median of 3), else REFERENCE.md's 1.65 s.
 */
import { createWriteStream, existsSync, openAsBlob, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseCsv } from '../src/lib/data/index.ts';
import { createRng, type Rng } from '../src/lib/shared/rng.ts';
import type { Bench, BenchRow } from './bench-types.ts';
import { pandasSeconds } from './pandas-io.ts';

const ROWS = 1_000_000;
const CITIES = [
	'Madrid',
	'Barcelona',
	'Valencia',
	'Sevilla',
	'Zaragoza',
	'Málaga',
	'Murcia',
	'Palma',
	'Bilbao',
	'Alicante',
	'Córdoba',
	'Valladolid',
	'Vigo',
	'Gijón',
	'Granada',
	'Elche',
	'Oviedo',
	'Badalona',
	'Cartagena',
	'Terrassa'
];
const SEGMENTS = ['retail', 'premium', 'business', 'student', 'senior'];
const CHANNELS = ['online banking', 'branch office', 'phone support'];
const WORDS = [
	'late',
	'payment',
	'new',
	'customer',
	'asked',
	'about',
	'loan',
	'card',
	'limit',
	'increase',
	'moved',
	'address',
	'complaint',
	'resolved',
	'called',
	'twice',
	'happy',
	'with',
	'service',
	'no',
	'issues',
	'wants',
	'mortgage',
	'offer'
];

/** Writes the seeded benchmark file: 6 numeric, 4 categorical, 1 short text, 1 binary label, ~2% blanks. */
export async function writeBenchCsv(path: string, rows = ROWS, seed = 42): Promise<void> {
	const rng = createRng(seed);
	const out = createWriteStream(path);
	const blank = (cell: string) => (rng.next() < 0.02 ? '' : cell);
	const pick = (list: string[]) => list[rng.int(list.length)];
	out.write(
		'age,income,balance,score,transactions,tenure_years,city,segment,channel,product,note,churned\n'
	);
	let buffer = '';
	for (let i = 0; i < rows; i++) {
		const row = [
			blank(String(18 + rng.int(70))),
			blank((15000 + rng.next() * 90000).toFixed(2)),
			blank(((rng.next() - 0.3) * 20000).toFixed(2)),
			blank(rng.next().toFixed(6)),
			blank(String(rng.int(500))),
			blank((rng.next() * 30).toFixed(2)),
			blank(pick(CITIES)),
			blank(pick(SEGMENTS)),
			blank(pick(CHANNELS)),
			blank(`product-${String(100 + rng.int(50))}`),
			blank(note(rng)),
			String(rng.next() < 0.2 ? 1 : 0)
		];
		buffer += row.join(',') + '\n';
		if (buffer.length > 1 << 20) {
			if (!out.write(buffer)) await once(out, 'drain');
			buffer = '';
		}
	}
	out.end(buffer);
	await once(out, 'finish');
}

function note(rng: Rng): string {
	const n = 5 + rng.int(6);
	const words: string[] = [];
	for (let i = 0; i < n; i++) words.push(WORDS[rng.int(WORDS.length)]);
	return words.join(' ');
}

async function benchFile(): Promise<string> {
	const fromEnv = process.env.FARO_BENCH_CSV;
	if (fromEnv) return fromEnv;
	const path = join(tmpdir(), `faro-bench-mixed-${ROWS}.csv`);
	if (!existsSync(path)) await writeBenchCsv(path);
	return path;
}

async function run(): Promise<BenchRow[]> {
	const path = await benchFile();
	const sizeBytes = statSync(path).size;
	let peakRss = process.memoryUsage().rss;
	const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
	const started = performance.now();
	const result = await parseCsv(await openAsBlob(path), { fileName: path });
	const seconds = (performance.now() - started) / 1000;
	clearInterval(timer);
	peakRss = Math.max(peakRss, process.memoryUsage().rss);
	const shape = `${result.meta.rowCount.toLocaleString('en')} × ${result.meta.columnCount}`;
	const pandas = pandasSeconds(path, 'read');
	const storages = result.table.columns.map((c) => c.storage[0]).join('');
	return [
		{
			name: `parse + infer ${shape} CSV, ${(sizeBytes / 1e6).toFixed(0)} MB (Node)`,
			value: round(seconds, 3),
			unit: 's',
			reference: pandas ?? 1.65,
			target: 2.5,
			lowerIsBetter: true,
			note: `${pandas === null ? "REFERENCE.md's" : 'measured'} pandas.read_csv reference; storages ${storages}`
		},
		{ name: 'parse throughput', value: round(sizeBytes / 1e6 / seconds, 1), unit: 'MB/s' },
		{ name: 'parse peak RSS', value: round(peakRss / 1e6, 0), unit: 'MB', lowerIsBetter: true }
	];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export const bench: Bench = { name: 'parse', run };
