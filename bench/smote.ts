/**
 * Benchmark: SMOTE (k = 5, auto) on the REFERENCE.md data (make_classification-like, 20 features, 10
 * informative, 5 redundant, 10% minority, seeded) at 10,000, 100,000 and 1,000,000 rows, with imbalanced-learn
 * timed side by side on the same rows (bench/reference/smote_reference.py via Debian's /usr/bin/python3) so the
 * ratio is measured on the same machine load. FARO_SMOTE_SIZES="10000,100000" picks sizes;
 * FARO_SMOTE_NO_PYTHON=1 skips imblearn.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { oversampleSmote } from '../src/lib/balance/index.ts';
import { createRng } from '../src/lib/shared/rng.ts';
import type { Bench, BenchRow } from './bench-types.ts';
import { makeClassification } from './make-classification.ts';

const REFERENCE_SECONDS: Record<number, number> = { 10_000: 0.02, 100_000: 0.37, 1_000_000: 29 };

async function run(): Promise<BenchRow[]> {
	const sizes = (process.env.FARO_SMOTE_SIZES ?? '10000,100000,1000000').split(',').map(Number);
	const rows: BenchRow[] = [];
	const dir = mkdtempSync(join(tmpdir(), 'faro-smote-'));
	try {
		for (const n of sizes) {
			const data = makeClassification(n, { seed: 0 });
			const dense = { ...data, classCount: 2 };
			const baseRss = process.memoryUsage().rss;
			let peakRss = baseRss;
			const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
			const started = performance.now();
			const out = await oversampleSmote(dense, {
				k: 5,
				strategy: { kind: 'auto' },
				rng: createRng(1)
			});
			const seconds = (performance.now() - started) / 1000;
			clearInterval(timer);
			peakRss = Math.max(peakRss, process.memoryUsage().rss);
			const imblearn = timeImblearn(dir, data.x, data.y, data.width);
			const size = n.toLocaleString('en');
			rows.push({
				name: `SMOTE k=5, ${size} × 20, 10% minority (+${out.y.length.toLocaleString('en')} rows)`,
				value: seconds,
				unit: 's',
				reference: imblearn ?? REFERENCE_SECONDS[n],
				target: imblearn === undefined ? undefined : n >= 1_000_000 ? imblearn : 2 * imblearn,
				lowerIsBetter: true,
				note:
					imblearn === undefined
						? 'reference from REFERENCE.md'
						: 'reference = imblearn, same rows, same run'
			});
			rows.push({
				name: `SMOTE ${size}: peak RSS above start`,
				value: (peakRss - baseRss) / 2 ** 20,
				unit: 'MiB',
				lowerIsBetter: true
			});
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	return rows;
}

/** imblearn seconds on the same rows, or undefined when Debian's Python with imblearn is not there. */
function timeImblearn(
	dir: string,
	x: Float32Array,
	y: Int32Array,
	width: number
): number | undefined {
	if (process.env.FARO_SMOTE_NO_PYTHON) return undefined;
	const xPath = join(dir, 'x.f32');
	const yPath = join(dir, 'y.i32');
	writeFileSync(xPath, new Uint8Array(x.buffer, x.byteOffset, x.byteLength));
	writeFileSync(yPath, new Uint8Array(y.buffer, y.byteOffset, y.byteLength));
	try {
		const script = new URL('./reference/smote_reference.py', import.meta.url).pathname;
		const out = execFileSync('/usr/bin/python3', [script, xPath, yPath, String(width)], {
			encoding: 'utf8'
		});
		return (JSON.parse(out) as { seconds: number }).seconds;
	} catch {
		return undefined;
	}
}

export const bench: Bench = { name: 'smote', run };
