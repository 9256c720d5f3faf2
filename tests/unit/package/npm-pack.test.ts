/**
 * The `faro` package as someone else installs it: `npm pack` (which builds dist-lib/), the tarball installed
 * into a new project, then its library scores rows of a model file and its `faro` command scores a CSV —
 * built JavaScript only (tsx, TypeScript and the studio's browser dependencies are not installed there).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { trainGermanCredit } from '../bundle/train-fixture';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GERMAN = fileURLToPath(new URL('../../fixtures/csv/german_credit.csv', import.meta.url));
const run = (cmd: string, args: string[], cwd: string) =>
	spawnSync(cmd, args, {
		cwd,
		encoding: 'utf8',
		timeout: 240_000,
		env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' }
	});

describe('npm pack → install → use', () => {
	it('loads a model file and scores rows and a CSV from the installed package', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'faro-pack-'));
		const packed = run('npm', ['pack', '--silent', '--pack-destination', dir], ROOT);
		expect(packed.status, packed.stderr).toBe(0);
		const tarball = join(dir, packed.stdout.trim().split('\n').pop() as string);
		const listing = run('tar', ['-tzf', tarball], dir).stdout;
		expect(listing).toContain('package/dist-lib/faro.js');
		expect(listing).toContain('package/dist-lib/types/package-entry.d.ts');
		expect(listing).not.toContain('package/src/lib/');

		const project = join(dir, 'project');
		run('mkdir', ['-p', project], dir);
		writeFileSync(
			join(project, 'package.json'),
			JSON.stringify({ name: 'uses-faro', private: true, type: 'module' })
		);
		const installed = run(
			'npm',
			['install', '--prefer-offline', '--ignore-scripts', tarball],
			project
		);
		expect(installed.status, installed.stderr).toBe(0);
		expect(existsSync(join(project, 'node_modules', 'tsx'))).toBe(false);
		expect(existsSync(join(project, 'node_modules', '@mlc-ai'))).toBe(false);

		const { json } = await trainGermanCredit({ family: 'gbdt' });
		writeFileSync(join(project, 'model.json'), json);
		writeFileSync(
			join(project, 'score.mjs'),
			`import { readFileSync } from 'node:fs';
import { loadBundle } from 'faro';
const model = await loadBundle(readFileSync('model.json', 'utf8'));
const rows = [{ Age: 23, Sex: 'male', Job: 2, Housing: 'rent', 'Saving accounts': 'little', 'Checking account': 'little', 'Credit amount': 9000, Duration: 48, Purpose: 'business' }];
const [p] = await model.predict(rows, { reasons: true });
console.log(JSON.stringify({ label: p.label, probabilities: p.probabilities, reasons: p.explanation.reasons.length }));
model.dispose();
`
		);
		const scored = run(process.execPath, ['score.mjs'], project);
		expect(scored.status, scored.stderr).toBe(0);
		const out = JSON.parse(scored.stdout.trim().split('\n').pop() as string);
		expect(['bad', 'good']).toContain(out.label);
		expect(out.probabilities.bad + out.probabilities.good).toBeCloseTo(1, 6);
		expect(out.reasons).toBeGreaterThan(0);

		const cli = run(
			join(project, 'node_modules', '.bin', 'faro'),
			['predict', 'model.json', GERMAN, '--out', 'predictions.csv'],
			project
		);
		expect(cli.status, cli.stderr).toBe(0);
		expect(readFileSync(join(project, 'predictions.csv'), 'utf8').trim().split('\n')).toHaveLength(
			1001
		);
	}, 300_000);
});
