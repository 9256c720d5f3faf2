/**
 * Memory on large text data: 100,000 short texts (bench/tfidf.ts's seeded Zipf generator, 5–15 words) with a
 * 3-class label, TF-IDF capped at 20,000 terms ((1,2)-grams), the default text model (MLP, one hidden layer of
 * 32), 2 epochs, through `trainRun` on wasm in Node. A dense matrix would need rows × terms × 4 bytes
 * (≈8 GB); text stays sparse and training densifies one batch at a time, so the peak RSS stays far below.
 * Run alone: `npx tsx bench/run.ts text-train`.
 */
import '@tensorflow/tfjs-backend-wasm';
import type { Table } from '../src/lib/data/table.ts';
import { chooseBackend } from '../src/lib/models/index.ts';
import { defaultTrainSettings } from '../src/lib/runs/index.ts';
import { trainRun } from '../src/lib/training/index.ts';
import { createRng } from '../src/lib/shared/rng.ts';
import { generateTexts } from './tfidf.ts';
import type { Bench, BenchRow } from './bench-types.ts';

const TEXTS = 100_000;
const TERMS = 20_000;
const EPOCHS = 2;
/** One marker word per class, added to 60 % of its texts (the rest carry no signal). */
const MARKERS = ['harbour', 'meadow', 'furnace'];

/** The generated texts with a class each (i mod 3) and that class's marker word in 60 % of them. */
function labelledTexts(): Table {
	const rng = createRng(3);
	const texts = generateTexts(TEXTS, 7);
	const codes = Int32Array.from(texts, (_, i) => i % 3);
	const values = texts.map((t, i) => (rng.next() < 0.6 ? `${t} ${MARKERS[codes[i]]}` : t));
	return {
		rowCount: TEXTS,
		columns: [
			{ name: 'text', storage: 'text', values },
			{ name: 'label', storage: 'category', codes, levels: ['a', 'b', 'c'] }
		]
	};
}

async function run(): Promise<BenchRow[]> {
	const table = labelledTexts();
	const settings = defaultTrainSettings(
		{
			target: 'label',
			columns: [
				{ name: 'text', kind: 'text', role: 'feature' },
				{ name: 'label', kind: 'categorical', role: 'target' }
			]
		},
		TEXTS
	);
	settings.recipe.text = { ...settings.recipe.text, maxFeatures: TERMS };
	settings.model = { ...settings.model, maxEpochs: EPOCHS };
	settings.backend = 'wasm';
	await chooseBackend('wasm');
	const started = performance.now();
	const result = await trainRun(table, settings);
	const seconds = (performance.now() - started) / 1000;
	// maxRSS is in kilobytes (Node's process.resourceUsage), the peak over the whole process.
	const peakMiB = process.resourceUsage().maxRSS / 1024;
	const denseMiB = (result.splitSizes.train * result.featureCount * 4) / 2 ** 20;
	const shape = `${TEXTS.toLocaleString('en')} texts, ${result.featureCount} terms, MLP (${settings.model.hiddenUnits.join(', ')}), ${EPOCHS} epochs, batch ${settings.model.batchSize}`;
	return [
		{
			name: `trainRun on text (${shape}), wasm`,
			value: seconds,
			unit: 's',
			lowerIsBetter: true,
			note: `test macro ROC AUC ${(result.metrics.rocAuc ?? NaN).toFixed(3)}; includes TF-IDF, evaluation and term weights`
		},
		{
			name: 'peak RSS of that run (whole process)',
			value: peakMiB,
			unit: 'MiB',
			lowerIsBetter: true,
			note: `a dense training matrix alone would take ${Math.round(denseMiB).toLocaleString('en')} MiB`
		}
	];
}

export const bench: Bench = { name: 'text-train', run };
