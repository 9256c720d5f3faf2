/**
 * The data the scoring benches (score.ts in Node, browser-score.ts in Chromium) share: German credit's rows
 * repeated to 1,000,000, written once to the temp folder and reused.
 */
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SCORE_BENCH_ROWS = 1_000_000;
export const SCORE_BENCH_SAMPLE = new URL('../public/samples/german-credit.csv', import.meta.url);

/**
 * The path of the sample's rows repeated to SCORE_BENCH_ROWS (written when missing); with `quoted`, every
 * 20th row's Purpose cell is in double quotes.
 */
export async function writeScoreBenchCsv(quoted = false): Promise<string> {
	const path = join(tmpdir(), `faro-bench-score-${SCORE_BENCH_ROWS}${quoted ? '-quoted' : ''}.csv`);
	if (existsSync(path)) return path;
	const [header, ...plain] = readFileSync(SCORE_BENCH_SAMPLE, 'utf8').trim().split('\n');
	const rows = quoted
		? plain.map((row, i) => (i % 20 === 19 ? row.replace(/,([^,]*),([^,]*)$/, ',"$1",$2') : row))
		: plain;
	const out = createWriteStream(path);
	out.write(header + '\n');
	for (let i = 0; i < SCORE_BENCH_ROWS; i += rows.length) {
		const count = Math.min(rows.length, SCORE_BENCH_ROWS - i);
		if (!out.write(rows.slice(0, count).join('\n') + '\n')) await once(out, 'drain');
	}
	out.end();
	await once(out, 'finish');
	return path;
}
