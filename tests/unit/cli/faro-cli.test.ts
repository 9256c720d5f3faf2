/**
 * The CLI as a new user meets it: help for every command, a wrong command line answered in one line with
 * exit 2 (never a stack trace), and `faro train --search` running the studio's search with its leaderboard.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '$lib/bundle';

const FARO = fileURLToPath(new URL('../../../src/cli/faro.mjs', import.meta.url));
const GERMAN = fileURLToPath(new URL('../../fixtures/csv/german_credit.csv', import.meta.url));
const faro = (args: string[]) =>
	spawnSync(process.execPath, [FARO, ...args], { encoding: 'utf8', timeout: 240_000 });

describe('faro help', () => {
	it.each([[['--help']], [['help']], [['-h']]])('%j prints the commands and exits 0', (args) => {
		const run = faro(args);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('faro train <data.csv>');
		expect(run.stdout).toContain('faro predict <model.json> <input.csv>');
	});

	it('train --help lists the search, threshold and balance options', () => {
		const run = faro(['train', '--help']);
		expect(run.status).toBe(0);
		for (const option of [
			'--search',
			'--trials',
			'--minutes',
			'--strategy',
			'--threshold',
			'--balance',
			'--test-column'
		])
			expect(run.stdout).toContain(option);
	});

	it('predict --help lists --reasons', () => {
		const run = faro(['predict', '-h']);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('--reasons');
	});
});

describe('a wrong command line', () => {
	it.each([
		[['nope'], 'unknown command "nope"'],
		[['train'], 'Give the CSV to train on'],
		[['train', GERMAN, '--bogus'], "Unknown option '--bogus'."],
		[['train', GERMAN, '--threshold', 'cost=1'], 'give two costs'],
		[['train', GERMAN, '--threshold', 'fixed=2'], 'from 0 to 1'],
		[['train', GERMAN, '--balance', 'smoote'], 'use one of none, class-weights'],
		[['train', GERMAN, '--model', 'svm'], 'use one of mlp, logistic, gbdt'],
		[['train', GERMAN, '--trials', '0'], 'a whole number from 1'],
		[['predict', 'model.json'], 'Give the model and the CSV to score']
	])('%j exits 2 with one line: %s', (args, message) => {
		const run = faro(args);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain(message);
		expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
		if (args[0] !== 'nope') expect(run.stderr.trim().split('\n')).toHaveLength(1);
	});
});

describe('faro train --search', () => {
	it('runs the studio search, prints its leaderboard and writes the result as a model file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'faro-search-'));
		const model = join(dir, 'model.json');
		const args = ['train', GERMAN, '--target', 'Risk', '--search', '--trials', '5', '--folds', '3'];
		const run = faro([...args, '--backend', 'cpu', '--threshold', 'cost=1:5', '--out', model]);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stderr).toContain('Leaderboard (5 trials');
		expect(run.stderr.match(/^ {2}\d\. #\d+ /gm)?.length).toBe(5);
		const out = JSON.parse(run.stdout);
		expect(out.search.trials).toBe(5);
		expect(out.metrics.rocAuc).toBeGreaterThan(0.6);
		const bundle = validateBundle(JSON.parse(readFileSync(model, 'utf8')));
		expect(bundle.training.settings.search?.trials).toHaveLength(5);
		expect(bundle.training.settings.threshold.method).toBe('cost');
	});
});
