/**
 * `npm run bench`: runs every bench module (or those named on the command line: `npm run bench -- parse`),
 * prints one table and writes bench/results.json. Figures only: nothing here is a pass/fail test.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Bench, BenchRow } from './bench-types';

const MODULES: Record<string, () => Promise<{ bench: Bench }>> = {
	parse: () => import('./parse'),
	tfidf: () => import('./tfidf'),
	'text-train': () => import('./text-train'),
	train: () => import('./train'),
	'search-quality': () => import('./search-quality'),

	smote: () => import('./smote'),
	describe: () => import('./describe'),
	score: () => import('./score'),
	browser: () => import('./browser'),
	'browser-train': () => import('./browser-train'),
	'browser-score': () => import('./browser-score'),
	gbdt: () => import('./gbdt'),
	reasons: () => import('./reasons'),
	shard: () => import('./shard')
};

const wanted = process.argv.slice(2);
const names = wanted.length ? wanted : Object.keys(MODULES);
const rows: (BenchRow & { bench: string })[] = [];
for (const name of names) {
	const load = MODULES[name];
	if (!load) {
		console.error(`Unknown bench "${name}". Known: ${Object.keys(MODULES).join(', ')}`);
		process.exit(2);
	}
	const { bench } = await load();
	console.error(`▶ ${bench.name}…`);
	try {
		for (const row of await bench.run()) rows.push({ bench: bench.name, ...row });
	} catch (err) {
		console.error(`  ${bench.name} failed:`, err);
		rows.push({
			bench: bench.name,
			name: `${bench.name} (failed)`,
			value: NaN,
			unit: '',
			note: String(err)
		});
	}
}

const verdict = (r: BenchRow): string => {
	if (r.target === undefined || Number.isNaN(r.value)) return '';
	const met = r.lowerIsBetter === false ? r.value >= r.target : r.value <= r.target;
	return met ? 'met' : 'MISSED';
};
console.log('');
console.table(
	rows.map((r) => ({
		bench: r.bench,
		measure: r.name,
		value: round(r.value),
		unit: r.unit,
		reference: r.reference === undefined ? '' : round(r.reference),
		ratio: r.reference ? `${round(r.value / r.reference)}×` : '',
		target: r.target === undefined ? '' : round(r.target),
		verdict: verdict(r)
	}))
);
const machine = {
	cpus: cpus().length,
	cpuModel: cpus()[0]?.model,
	memoryGiB: round(totalmem() / 2 ** 30),
	node: process.version
};
writeFileSync(
	new URL('./results.json', import.meta.url),
	JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2) + '\n'
);
console.log('Written to bench/results.json');

function round(x: number): number {
	return Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 1000) / 1000;
}
