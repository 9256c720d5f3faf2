/**
 * `faro predict --shard i/n`: every shard scores its own byte range, and the shards' outputs concatenated in
 * order are byte for byte one process's output — also when quoted cells hold line breaks near the cuts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseShard, shardOf } from '../../../src/cli/shard';

const FARO = fileURLToPath(new URL('../../../src/cli/faro.mjs', import.meta.url));
const GERMAN = fileURLToPath(new URL('../../fixtures/csv/german_credit.csv', import.meta.url));
const faro = (args: string[]) =>
	spawnSync(process.execPath, [FARO, ...args], { encoding: 'utf8', timeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), 'faro-shard-'));
const model = join(dir, 'model.json');
/** German credit with a line break inside a quoted Purpose cell on every 7th row. */
const quoted = join(dir, 'quoted.csv');

beforeAll(() => {
	const [header, ...rows] = readFileSync(GERMAN, 'utf8').trimEnd().split('\n');
	const withBreaks = rows.map((r, i) =>
		i % 7 === 3 ? r.replace(/,([^,]*),([^,]*)$/, ',"$1\nmore",$2') : r
	);
	writeFileSync(quoted, [header, ...withBreaks].join('\n') + '\n');
	const run = faro([
		'train',
		GERMAN,
		'--target',
		'Risk',
		'--model',
		'gbdt',
		'--out',
		model,
		'--backend',
		'cpu'
	]);
	expect(run.status, run.stderr).toBe(0);
}, 120_000);

describe('faro predict --shard', () => {
	it.each([
		['German credit', GERMAN, 2],
		['German credit', GERMAN, 5],
		['quoted line breaks', quoted, 3],
		['quoted line breaks', quoted, 8]
	])(
		'%s in %s shards concatenates to the one-process output',
		(_, input, n) => {
			const whole = faro(['predict', model, input, '--backend', 'cpu']);
			expect(whole.status, whole.stderr).toBe(0);
			let joined = '';
			for (let i = 1; i <= n; i++) {
				const part = faro(['predict', model, input, '--backend', 'cpu', '--shard', `${i}/${n}`]);
				expect(part.status, part.stderr).toBe(0);
				const header = whole.stdout.slice(0, whole.stdout.indexOf('\n') + 1);
				if (i > 1) expect(part.stdout.startsWith(header)).toBe(false);
				joined += part.stdout;
			}
			expect(joined).toBe(whole.stdout);
		},
		120_000
	);

	it('gives an empty shard when there are more shards than rows, and refuses a bad --shard', async () => {
		const small = join(dir, 'small.csv');
		writeFileSync(small, readFileSync(GERMAN, 'utf8').split('\n').slice(0, 3).join('\n') + '\n');
		const file = new Blob([readFileSync(small)]);
		const header = readFileSync(small, 'utf8').indexOf('\n') + 1;
		const sizes = [];
		for (let i = 0; i < 5; i++) sizes.push((await shardOf(file, i, 5)).size - header);
		expect(sizes.filter((s) => s > 0)).toHaveLength(2);
		expect(sizes.reduce((a, b) => a + b, 0)).toBe(file.size - header);
		expect(() => parseShard('0/3')).toThrow(/1 ≤ i ≤ n/);
		expect(() => parseShard('4/3')).toThrow(/1 ≤ i ≤ n/);
		const bad = faro(['predict', model, small, '--shard', 'two']);
		expect(bad.status).toBe(2);
	});
});
