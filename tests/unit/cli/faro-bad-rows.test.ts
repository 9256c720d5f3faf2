/**
 * `faro train` reads files through the same CSV reader as the studio: a row with invalid quoting stops it with
 * the line and column, and `--skip-bad-rows` (the studio's "Skip those rows") trains on the others.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FARO = fileURLToPath(new URL('../../../src/cli/faro.mjs', import.meta.url));
const GERMAN = fileURLToPath(new URL('../../fixtures/csv/german_credit.csv', import.meta.url));

function faro(args: string[]) {
	return spawnSync(process.execPath, [FARO, ...args], { encoding: 'utf8', timeout: 120_000 });
}

describe('faro train on a file with invalid quoting', () => {
	const [header, ...rows] = readFileSync(GERMAN, 'utf8').trimEnd().split('\n');
	const bad = rows[5].replace(/,([^,]*),([^,]*)$/, ',"$1"x,$2'); // text after a closing quote
	const dir = mkdtempSync(join(tmpdir(), 'faro-cli-'));
	const path = join(dir, 'credit.csv');
	writeFileSync(path, [header, ...rows.slice(0, 5), bad, ...rows.slice(6)].join('\n') + '\n');
	const args = [
		'train',
		path,
		'--target',
		'Risk',
		'--model',
		'logistic',
		'--max-epochs',
		'2',
		'--backend',
		'cpu'
	];

	it('stops with the line and column of the row', () => {
		const run = faro(args);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('has text after the closing quote of a quoted value');
		expect(run.stderr).toMatch(/where: .*credit\.csv, line 7, column \d+/);
		expect(run.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
	});

	it('trains on the other rows with --skip-bad-rows', () => {
		const run = faro([...args, '--skip-bad-rows']);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stderr).toContain('Skipped 1 row that could not be read as written.');
		const result = JSON.parse(run.stdout);
		expect(result.target).toBe('Risk');
		expect(result.split.train + result.split.validation + result.split.test).toBe(rows.length - 1);
	});
}, 240_000);
