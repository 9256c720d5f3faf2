/**
 * Benchmark: TF-IDF fit + transform of 100,000 texts of 5–15 words (the figure), (1,2)-grams with
 * 20,000 terms and sublinear tf, and unigrams with scikit-learn's defaults. The texts are generated
 * deterministically (seeded, Zipf-like word frequencies) and written to the OS temp folder, where
 * bench/reference/tfidf_reference.py times scikit-learn on the very same texts when /usr/bin/python3 has it
 * (otherwise the REFERENCE.md figures stand in). Both sides print the vocabulary's SHA-1, so the note says
 * whether Faro chose exactly scikit-learn's terms. Best of 3 runs each.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	defaultTfidfOptions,
	fitApplyTfidf,
	type TfidfOptions
} from '../src/lib/text/tfidf.ts';
import { stopWordList } from '../src/lib/text/stop-words.ts';
import { createRng } from '../src/lib/shared/rng.ts';
import type { Bench, BenchRow } from './bench-types.ts';

const TEXTS = 100_000;
const WORDS = 5000;
const REPEATS = 3;
/** REFERENCE.md: TfidfVectorizer on this machine kind, used when scikit-learn cannot be run here. */
const REFERENCE_SECONDS = { bigrams: 2.39, unigrams: 0.6 };

/** 100,000 seeded texts of 5–15 words drawn from 5,000 pseudo-words with Zipf weights 1 / rank. */
export function generateTexts(count = TEXTS, seed = 7): string[] {
	const rng = createRng(seed);
	const syllables = [
		'ka',
		'lo',
		'mi',
		'ne',
		'ru',
		'sa',
		'te',
		'vi',
		'do',
		'pe',
		'ba',
		'gu',
		'fi',
		'zo',
		'ña',
		'é'
	];
	const vocabulary = [
		...stopWordList('english')
			.filter((w) => w.length > 1)
			.slice(0, 40)
	];
	for (let i = 0; vocabulary.length < WORDS; i++) {
		let word = '';
		for (let n = i + 17; n > 0; n = Math.floor(n / syllables.length))
			word += syllables[n % syllables.length];
		vocabulary.push(i % 11 === 0 ? word[0].toUpperCase() + word.slice(1) : word);
	}
	const cumulative = new Float64Array(WORDS);
	let total = 0;
	for (let r = 0; r < WORDS; r++) cumulative[r] = total += 1 / (r + 1);
	const pick = (): string => {
		const u = rng.next() * total;
		let lo = 0;
		let hi = WORDS - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] < u) lo = mid + 1;
			else hi = mid;
		}
		return vocabulary[lo];
	};
	const punctuation = [' ', ' ', ' ', ' ', ', ', '. ', '! '];
	return Array.from({ length: count }, () => {
		const n = 5 + rng.int(11);
		let text = pick();
		for (let i = 1; i < n; i++) text += punctuation[rng.int(punctuation.length)] + pick();
		return text;
	});
}

type Reference = {
	name: string;
	seconds: number;
	cpuSeconds: number;
	terms: number;
	sha1: string;
	nnz: number;
};

function runReference(textsPath: string, stopPath: string): Map<string, Reference> | string {
	const script = fileURLToPath(new URL('./reference/tfidf_reference.py', import.meta.url));
	const result = spawnSync('/usr/bin/python3', [script, textsPath, stopPath, String(REPEATS)], {
		encoding: 'utf8'
	});
	if (result.status !== 0)
		return `scikit-learn not run (${(result.stderr || String(result.error)).trim().split('\n').pop()})`;
	const rows = result.stdout
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line) as Reference);
	return new Map(rows.map((r) => [r.name, r]));
}

function timeBest(texts: string[], options: TfidfOptions) {
	let best = Infinity;
	let bestCpu = Infinity;
	let last: ReturnType<typeof fitApplyTfidf> | null = null;
	for (let i = 0; i < REPEATS; i++) {
		const started = performance.now();
		const startedCpu = process.cpuUsage();
		last = fitApplyTfidf(texts, options);
		best = Math.min(best, (performance.now() - started) / 1000);
		const cpu = process.cpuUsage(startedCpu);
		bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
	}
	if (!last) throw new Error('no run');
	return { seconds: best, cpuSeconds: bestCpu, ...last };
}

async function run(): Promise<BenchRow[]> {
	const texts = generateTexts();
	const textsPath = join(tmpdir(), `faro-bench-tfidf-${TEXTS}.txt`);
	const stopPath = join(tmpdir(), 'faro-bench-tfidf-stop-words.json');
	writeFileSync(textsPath, texts.join('\n') + '\n');
	writeFileSync(stopPath, JSON.stringify(stopWordList('english+spanish')));
	const configs: Record<'bigrams' | 'unigrams', { label: string; options: TfidfOptions }> = {
		bigrams: {
			label: '(1,2)-grams, 20,000 terms, sublinear',
			options: defaultTfidfOptions()
		},
		unigrams: {
			label: 'unigrams, scikit-learn defaults',
			options: {
				...defaultTfidfOptions(),
				ngramRange: [1, 1],
				stopWords: 'none',
				maxFeatures: null,
				sublinearTf: false
			}
		}
	};
	const reference = runReference(textsPath, stopPath);
	const rows: BenchRow[] = [];
	for (const [key, { label, options }] of Object.entries(configs)) {
		const measured = timeBest(texts, options);
		const ref = typeof reference === 'string' ? undefined : reference.get(key);
		const refSeconds = ref?.seconds ?? REFERENCE_SECONDS[key as keyof typeof REFERENCE_SECONDS];
		const sha1 = createHash('sha1').update(measured.fitted.terms.join('\n'), 'utf8').digest('hex');
		const match = ref
			? [
					`vocabulary ${sha1 === ref.sha1 ? 'identical to' : 'DIFFERS from'} scikit-learn's`,
					`nnz ${measured.rows.values.length} vs ${ref.nnz}`,
					`CPU s ${measured.cpuSeconds.toFixed(2)} vs ${ref.cpuSeconds.toFixed(2)}`
				].join('; ')
			: typeof reference === 'string'
				? `${reference}; REFERENCE.md figure`
				: 'no reference row';
		rows.push(
			{
				name: `TF-IDF fit + transform ${TEXTS.toLocaleString('en')} texts, ${label} (Node)`,
				value: measured.seconds,
				unit: 's',
				reference: refSeconds,
				target: 1.5 * refSeconds,
				lowerIsBetter: true,
				note: `${measured.fitted.terms.length} terms; ${match}`
			},
			{
				name: `TF-IDF texts per second, ${label}`,
				value: TEXTS / measured.seconds,
				unit: 'texts/s',
				reference: TEXTS / refSeconds,
				target: TEXTS / (1.5 * refSeconds),
				lowerIsBetter: false
			}
		);
	}
	return rows;
}

export const bench: Bench = { name: 'tfidf', run };
