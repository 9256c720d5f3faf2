/**
 * The Dask recipe (src/cli/scale-out/dask_score.py): a LocalCluster of 2 workers runs `faro predict --shard`
 * per task and the joined output equals one process's byte for byte. Skipped where Debian's
 * python3-distributed is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('../../../src/cli/scale-out/dask_score.py', import.meta.url));
const FARO = fileURLToPath(new URL('../../../src/cli/faro.mjs', import.meta.url));
const GERMAN = fileURLToPath(new URL('../../fixtures/csv/german_credit.csv', import.meta.url));
const hasDask = spawnSync(PYTHON, ['-c', 'import distributed'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasDask)('scoring on Dask distributed', () => {
	it('joins 3 shards from 2 workers into exactly the one-process predictions', () => {
		const dir = mkdtempSync(join(tmpdir(), 'faro-dask-'));
		const model = join(dir, 'model.json');
		const faro = (args: string[]) =>
			spawnSync(process.execPath, [FARO, ...args], { encoding: 'utf8', timeout: 120_000 });
		expect(
			faro([
				'train',
				GERMAN,
				'--target',
				'Risk',
				'--model',
				'logistic',
				'--out',
				model,
				'--backend',
				'cpu'
			]).status
		).toBe(0);
		const whole = faro(['predict', model, GERMAN]); // the default backend, as the script runs it
		const out = join(dir, 'predictions.csv');
		const run = spawnSync(PYTHON, [SCRIPT, model, GERMAN, out, '--shards', '3', '--workers', '2'], {
			encoding: 'utf8',
			timeout: 180_000
		});
		expect(run.status, run.stderr).toBe(0);
		expect(run.stderr).toMatch(/on 2 Dask workers, 3 shards/);
		expect(readFileSync(out, 'utf8')).toBe(whole.stdout);
	}, 240_000);
});
