/**
 * `faro predict --reasons` adds reason_1 … reason_3 to the predictions file: the columns that pushed each row
 * toward its label, in words, as the studio's Predict screen writes them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { GERMAN_CREDIT_FEATURES } from '../../fixtures/german-credit-columns';

const FARO = fileURLToPath(new URL('../../../src/cli/faro.mjs', import.meta.url));
const GERMAN = fileURLToPath(new URL('../../fixtures/csv/german_credit.csv', import.meta.url));

const faro = (args: string[]) =>
	spawnSync(process.execPath, [FARO, ...args], { encoding: 'utf8', timeout: 180_000 });

describe('faro predict --reasons', () => {
	it('writes three reasons per row that name the columns and the label', () => {
		const dir = mkdtempSync(join(tmpdir(), 'faro-reasons-'));
		const model = join(dir, 'model.json');
		const out = join(dir, 'predictions.csv');
		const trained = faro([
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
		expect(trained.status, trained.stderr).toBe(0);
		const run = faro(['predict', model, GERMAN, '--out', out, '--reasons', '--backend', 'cpu']);
		expect(run.status, run.stderr).toBe(0);
		const { data } = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8'), {
			header: true,
			skipEmptyLines: true
		});
		expect(data.length).toBe(1000);
		const columns = GERMAN_CREDIT_FEATURES;
		for (const row of data.slice(0, 50)) {
			const first = row.reason_1;
			expect(columns.some((c) => first.startsWith(c))).toBe(true);
			expect(first).toMatch(
				row.prediction === 'bad' ? /makes “bad” more likely$/ : /makes “bad” less likely$/
			);
			expect(Object.keys(row).slice(-3)).toEqual(['reason_1', 'reason_2', 'reason_3']);
		}
	});
});
