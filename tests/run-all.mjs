#!/usr/bin/env node
/**
 * `npm test`: type checking, lint, unit tests, build + end-to-end tests, in that order; every stage runs even
 * when an earlier one fails, and the last line is the summary "faro: N passed, N failed" (tests counted
 * from the vitest and Playwright JSON reports; a failed check or lint stage counts as one failure).
 * First it makes sure the end-to-end tests have their browser: Debian's Chromium (CHROMIUM_PATH or
 * /usr/bin/chromium), installed with apt when it is missing and this runs as root; otherwise it stops at once
 * with the exact command to run (never a browser download).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, rmSync } from 'node:fs';

ensureChromium();

const stages = [
	{ name: 'types (svelte-check)', cmd: 'npm', args: ['run', 'check'] },
	{ name: 'lint (eslint)', cmd: 'npm', args: ['run', 'lint'] },
	{
		name: 'unit (vitest)',
		cmd: 'npx',
		args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
		report: 'test-results/unit.json'
	},
	{ name: 'build (vite)', cmd: 'npm', args: ['run', 'build'] },
	{ name: 'end-to-end (playwright)', cmd: 'npx', args: ['playwright', 'test'], report: 'test-results/e2e.json' }
];

rmSync('test-results', { recursive: true, force: true });
let passed = 0;
let failed = 0;
const lines = [];
for (const stage of stages) {
	console.log(`\n=== ${stage.name} ===`);
	const started = Date.now();
	const { status } = spawnSync(stage.cmd, stage.args, { stdio: 'inherit' });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const counts = stage.report ? readCounts(stage.report) : null;
	if (counts) {
		passed += counts.passed;
		failed += counts.failed;
		if (status !== 0 && counts.failed === 0) failed += 1; // the runner failed without a failing test
	} else if (status !== 0) {
		failed += 1;
	}
	const what = counts ? `${counts.passed} passed, ${counts.failed} failed` : status === 0 ? 'ok' : 'FAILED';
	lines.push(`${status === 0 ? 'PASS' : 'FAIL'}  ${stage.name.padEnd(26)} ${what} (${seconds} s)`);
}
console.log('\n=== summary ===');
for (const line of lines) console.log(line);
console.log(`faro: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

/** Installs Debian's Chromium when it is missing (root + apt), or exits 1 saying how. */
function ensureChromium() {
	const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (isExecutable(path)) return;
	const command = 'sudo apt-get update && sudo apt-get install -y chromium';
	const canInstall = process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get');
	if (!canInstall || process.env.CHROMIUM_PATH) {
		console.error(
			`faro: the end-to-end tests need Chromium at ${path}, and it is not there.\n` +
				(process.env.CHROMIUM_PATH
					? `  Point CHROMIUM_PATH at a Chromium executable, or unset it to use /usr/bin/chromium.`
					: `  Install Debian's package and run npm test again:\n    ${command}`)
		);
		process.exit(1);
	}
	console.log("=== installing Debian's Chromium for the end-to-end tests (apt-get install chromium) ===");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
		const { status } = spawnSync('apt-get', args, { stdio: 'inherit', env });
		if (status !== 0) {
			console.error(`faro: apt-get ${args.join(' ')} failed; install Chromium by hand:\n    ${command}`);
			process.exit(1);
		}
	}
	if (!isExecutable(path)) {
		console.error(`faro: Chromium was installed but ${path} is still missing; set CHROMIUM_PATH to it.`);
		process.exit(1);
	}
}

function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

function readCounts(path) {
	if (!existsSync(path)) return null;
	const report = JSON.parse(readFileSync(path, 'utf8'));
	if ('numPassedTests' in report) {
		return { passed: report.numPassedTests, failed: report.numFailedTests };
	}
	if (report.stats) {
		return { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky };
	}
	return null;
}
