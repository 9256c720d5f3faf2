/**
 * Scale-out scoring (issue #19): 1,000,000 German credit rows (bench/score-data.ts) scored by one
 * `faro predict` process, then by the Dask recipe (src/cli/scale-out/dask_score.py: a LocalCluster of 2 worker
 * processes, 2 shards) on this machine's 2 cores; outputs compared byte for byte. Model: the default
 * gradient-boosted trees trained on the sample. Wall-clock, process start-up included. Skipped without
 * Debian's python3-distributed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench, BenchRow } from './bench-types.ts';
import { SCORE_BENCH_ROWS, SCORE_BENCH_SAMPLE, writeScoreBenchCsv } from './score-data.ts';

const FARO = fileURLToPath(new URL('../src/cli/faro.mjs', import.meta.url));
const DASK = fileURLToPath(new URL('../src/cli/scale-out/dask_score.py', import.meta.url));

function timed(cmd: string, args: string[]): number {
	const started = performance.now();
	const run = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
	if (run.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${run.stderr}`);
	return (performance.now() - started) / 1000;
}

async function run(): Promise<BenchRow[]> {
	if (spawnSync('/usr/bin/python3', ['-c', 'import distributed']).status !== 0) return [];
	const dir = mkdtempSync(join(tmpdir(), 'faro-bench-shard-'));
	const model = join(dir, 'model.json');
	timed(process.execPath, [
		FARO,
		'train',
		fileURLToPath(SCORE_BENCH_SAMPLE),
		'--target',
		'Risk',
		'--model',
		'gbdt',
		'--out',
		model
	]);
	const input = await writeScoreBenchCsv();
	const one = join(dir, 'one.csv');
	const two = join(dir, 'two.csv');
	const oneSeconds = timed(process.execPath, [FARO, 'predict', model, input, '--out', one]);
	const twoSeconds = timed('/usr/bin/python3', [
		DASK,
		model,
		input,
		two,
		'--workers',
		'2',
		'--shards',
		'2'
	]);
	const same = readFileSync(one).equals(readFileSync(two));
	// the shards alone, as two plain processes started together (what each Dask task runs)
	const started = performance.now();
	const parts = [1, 2].map((i) => join(dir, `part-${i}.csv`));
	await Promise.all(
		parts.map(async (out, i) => {
			const args = [FARO, 'predict', model, input, '--shard', `${i + 1}/2`, '--out', out];
			await once(spawn(process.execPath, args, { stdio: 'ignore' }), 'exit');
		})
	);
	const plainSeconds = (performance.now() - started) / 1000;
	writeFileSync(join(dir, 'joined.csv'), Buffer.concat(parts.map((p) => readFileSync(p))));
	const plainSame = readFileSync(one).equals(readFileSync(join(dir, 'joined.csv')));
	const rate = (s: number) => Math.round(SCORE_BENCH_ROWS / s);
	return [
		{
			name: 'faro predict, 1,000,000 rows, 1 process (trees)',
			value: rate(oneSeconds),
			unit: 'rows/s',
			lowerIsBetter: false,
			note: `${oneSeconds.toFixed(1)} s`
		},
		{
			name: 'same on Dask, 2 workers × 1 shard each (dask_score.py)',
			value: rate(twoSeconds),
			unit: 'rows/s',
			lowerIsBetter: false,
			note: `${twoSeconds.toFixed(1)} s with the LocalCluster's start-up, ${(oneSeconds / twoSeconds).toFixed(2)}× · output ${same ? 'byte-identical' : 'DIFFERS'}`
		},
		{
			name: 'same, 2 shards as 2 plain processes at once (no Dask)',
			value: rate(plainSeconds),
			unit: 'rows/s',
			lowerIsBetter: false,
			note: `${plainSeconds.toFixed(1)} s, ${(oneSeconds / plainSeconds).toFixed(2)}× · joined output ${plainSame ? 'byte-identical' : 'DIFFERS'}`
		}
	];
}

export const bench: Bench = { name: 'shard', run };
