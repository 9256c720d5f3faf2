/**
 * Training speed: MLP (64, 32), 5 epochs, batch 256, Adam, on 100,000 × 20 synthetic rows (the seeded
 * make_classification stand-in of bench/make-classification.ts: 10 informative, 5 redundant, 90/10) on the
 * wasm and cpu backends in Node (the step in Faro's WebAssembly kernel), and on wasm with the TF.js step it
 * replaced. Reference: scikit-learn MLPClassifier, 1.76 s for 5 epochs (REFERENCE.md; the target is 1.0×),
 * re-measured side by side with /usr/bin/python3 when scikit-learn is there.
 */
import { spawnSync } from 'node:child_process';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { chooseBackend, defaultModelSpec, trainModel, type BackendName } from '../src/lib/models';
import type { FeatureMatrix } from '../src/lib/shared/feature-matrix';
import { makeClassification, type Classification } from './make-classification';
import type { Bench, BenchRow } from './bench-types';

const ROWS = 100_000;
const FEATURES = 20;
const EPOCHS = 5;
const REFERENCE_S = 1.76;

async function run(): Promise<BenchRow[]> {
	const data = makeClassification(ROWS + 2_000, { features: FEATURES, seed: 0 });
	const train = slice(data, 0, ROWS);
	const validation = slice(data, ROWS, ROWS + 2_000);
	const reference = measureSklearn() ?? REFERENCE_S;
	const rows: BenchRow[] = [];
	// the step in Faro's WebAssembly kernel on wasm and cpu (kernel-step.ts), and the TF.js step it replaced
	const runs = [
		{ backend: 'wasm', wasm: true, label: 'wasm' },
		{ backend: 'cpu', wasm: true, label: 'cpu' },
		{ backend: 'wasm', wasm: false, label: 'wasm, TF.js step (before the kernel)' }
	] as { backend: BackendName; wasm: boolean; label: string }[];
	for (const { backend, wasm, label } of runs) {
		await chooseBackend(backend);
		const spec = {
			...defaultModelSpec('mlp', ROWS),
			batchSize: 256,
			maxEpochs: EPOCHS,
			patience: EPOCHS
		};
		const started = performance.now();
		const trained = await trainModel(
			{ train, validation, classCount: 2, spec, seed: 1 },
			{},
			{ wasm }
		);
		const seconds = (performance.now() - started) / 1000;
		trained.model.dispose();
		const note = `final loss ${trained.history[EPOCHS - 1].loss.toFixed(4)}, incl. validation loss on 2,000 rows per epoch`;
		rows.push(
			{
				name: `MLP (64, 32), ${EPOCHS} epochs, 100,000 × 20, ${label}`,
				value: seconds,
				unit: 's',
				reference,
				target: reference,
				lowerIsBetter: true,
				note
			},
			{
				name: `MLP rows/s/epoch, ${label}`,
				value: (ROWS * EPOCHS) / seconds,
				unit: 'rows/s',
				reference: (ROWS * EPOCHS) / reference,
				lowerIsBetter: false
			}
		);
	}
	await tf.setBackend('wasm');
	return rows;
}

export const bench: Bench = { name: 'train', run };

type Labelled = { x: FeatureMatrix; y: Int32Array };

function slice(d: Classification, from: number, to: number): Labelled {
	const x = {
		rowCount: to - from,
		dense: d.x.slice(from * d.width, to * d.width),
		denseWidth: d.width,
		sparse: null,
		names: Array.from({ length: d.width }, (_, j) => `x${j}`)
	};
	return { x, y: d.y.slice(from, to) };
}

/** scikit-learn MLPClassifier on the REFERENCE.md data, timed now on this machine; null without Python. */
function measureSklearn(): number | null {
	const script = `
import time, warnings
from sklearn.datasets import make_classification
from sklearn.neural_network import MLPClassifier
warnings.filterwarnings("ignore")
X, y = make_classification(125000, 20, n_informative=10, n_redundant=5, weights=[0.9], flip_y=0, random_state=0)
t = time.perf_counter()
MLPClassifier(hidden_layer_sizes=(64, 32), max_iter=5, random_state=0).fit(X[:100000], y[:100000])
print(time.perf_counter() - t)
`;
	const result = spawnSync('/usr/bin/python3', ['-c', script], { encoding: 'utf8' });
	const seconds = Number.parseFloat(result.stdout);
	return result.status === 0 && Number.isFinite(seconds) ? seconds : null;
}
