/**
 * Benchmark: template descriptions per second on 100,000 generated credit-like rows (9 columns, German
 * credit's shape), and what the web-llm describer adds on top of the model's generation time, measured with
 * a zero-latency fake engine: prompt filling, JSON schema, reply parsing and per-row validation, batching
 * (1, 4 and 16 rows per request), and then the description cache (SHA-256 keys, IndexedDB reads and writes
 * per 16-row chunk; fake-indexeddb in Node, so the cache figures are an upper bound on its cost, not the
 * browser's). Each LLM figure is set beside the template's rows/s.
 */
import 'fake-indexeddb/auto';
import { profileTable } from '../src/lib/data/profile.ts';
import type { Table } from '../src/lib/data/table.ts';
import { createTemplateDescriber } from '../src/lib/llm/template-describer.ts';
import { createWebLlmDescriber } from '../src/lib/llm/web-llm-describer.ts';
import { createFakeEngine } from '../src/lib/llm/fake-engine.ts';
import { readDescribeRows } from '../src/lib/llm/describe-dataset.ts';
import { withDescriptionCache } from '../src/lib/llm/cache.ts';
import { defaultPrompt } from '../src/lib/llm/prompts.ts';
import { createRng } from '../src/lib/shared/rng.ts';
import type { Bench, BenchRow } from './bench-types.ts';

const ROWS = 100_000;
const FAKE_ROWS = 10_000;

function creditTable(rowCount: number): Table {
	const rng = createRng(11);
	const number = (f: () => number) => Float64Array.from({ length: rowCount }, f);
	const category = (name: string, levels: string[]) => ({
		name,
		storage: 'category' as const,
		levels,
		codes: Int32Array.from(
			{ length: rowCount },
			() =>
				(Math.floor(rng.next() * (levels.length + 0.2)) % (levels.length + 1)) -
				(rng.next() < 0.05 ? 1 : 0)
		)
	});
	return {
		rowCount,
		columns: [
			{ name: 'Age', storage: 'number', values: number(() => 19 + Math.floor(rng.next() * 56)) },
			category('Sex', ['male', 'female']),
			{ name: 'Job', storage: 'number', values: number(() => Math.floor(rng.next() * 4)) },
			category('Housing', ['own', 'rent', 'free']),
			category('Saving accounts', ['little', 'moderate', 'quite rich', 'rich']),
			category('Checking account', ['little', 'moderate', 'rich']),
			{
				name: 'Credit amount',
				storage: 'number',
				values: number(() => Math.round(250 + 18000 * rng.next() ** 3))
			},
			{
				name: 'Duration',
				storage: 'number',
				values: number(() => 4 + 6 * Math.floor(rng.next() * 12))
			},
			category('Purpose', [
				'car',
				'radio/TV',
				'furniture/equipment',
				'business',
				'education',
				'repairs'
			])
		]
	};
}

async function time(fn: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await fn();
	return (performance.now() - start) / 1000;
}

const perRow = (rowsPerSecond: number) => `${(1e6 / rowsPerSecond).toFixed(1)} µs/row`;

export const bench: Bench = {
	name: 'describe',
	async run(): Promise<BenchRow[]> {
		const table = creditTable(ROWS);
		const columns = table.columns.map((c) => c.name);
		const profile = profileTable(table, { fileName: 'bench.csv' });
		const rows = readDescribeRows(table, columns);
		const template = createTemplateDescriber(profile, 'en');
		let best = Infinity;
		for (let i = 0; i < 3; i++) best = Math.min(best, await time(() => template.describe(rows)));
		const templateRate = ROWS / best;
		const out: BenchRow[] = [
			{
				name: `template descriptions, ${ROWS.toLocaleString('en')} rows × 9 columns`,
				value: templateRate,
				unit: 'rows/s',
				lowerIsBetter: false,
				note: `${perRow(templateRate)}, best of 3`
			}
		];
		const sample = rows.slice(0, FAKE_ROWS);
		const llm = (batchSize: number) =>
			createWebLlmDescriber({
				engine: createFakeEngine(),
				model: 'fake',
				prompt: defaultPrompt('en', columns),
				promptVersion: 'v1.en',
				language: 'en',
				fallback: template,
				batchSize
			});
		const row = (name: string, seconds: number, what: string): BenchRow => {
			const rate = FAKE_ROWS / seconds;
			const ratio = templateRate / rate;
			return {
				name,
				value: rate,
				unit: 'rows/s',
				lowerIsBetter: false,
				note: `${perRow(rate)}; template alone is ${ratio.toFixed(1)}× faster; ${what}`
			};
		};
		for (const batchSize of [1, 4, 16]) {
			let seconds = Infinity;
			for (let i = 0; i < 3; i++)
				seconds = Math.min(seconds, await time(() => llm(batchSize).describe(sample)));
			out.push(
				row(
					`web-llm describer, zero-latency fake engine, batch ${batchSize}`,
					seconds,
					`${FAKE_ROWS.toLocaleString('en')} rows, best of 3: prompts, schema, fake JSON reply, parse + validate`
				)
			);
		}
		const cached = withDescriptionCache(llm(4));
		const cold = await time(() => cached.describe(sample));
		out.push(
			row(
				'same, batch 4, through the description cache (all generated)',
				cold,
				'one run: plus SHA-256 keys, IndexedDB reads + writes'
			)
		);
		const warm = await time(() => cached.describe(sample));
		out.push(
			row(
				'same, batch 4, through the description cache (all cached: a resume)',
				warm,
				'one run: SHA-256 keys + IndexedDB reads only'
			)
		);
		return out;
	}
};
