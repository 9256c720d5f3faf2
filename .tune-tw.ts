import { openAsBlob } from 'node:fs';
import '@tensorflow/tfjs-backend-wasm';
import { parseCsv, profileTable } from '$lib/data';
import { defaultSettings, withTarget } from '$lib/storage/dataset-record';
import { defaultTrainSettings, trainRun } from '$lib/runs';
import { chooseBackend } from '$lib/models';
const [fam, over, tf, seeds] = [process.argv[2], JSON.parse(process.argv[3] ?? '{}'), JSON.parse(process.argv[4] ?? '{}'), (process.argv[5] ?? '42').split(',').map(Number)];
await chooseBackend('wasm');
const parsed = await parseCsv(await openAsBlob(process.env.CSV ?? 'public/samples/austen.csv'), { fileName: 'a' });
const profile = profileTable(parsed.table, parsed.meta);
const tgt = process.env.TARGET ?? 'book';
const aucs: number[] = [];
for (const seed of seeds) {
	const s = defaultTrainSettings(withTarget(defaultSettings(profile, tgt), tgt), parsed.table.rowCount, fam as 'mlp');
	s.model = { ...s.model, ...over }; s.recipe.text = { ...s.recipe.text, ...tf }; s.seed = seed;
	const t = performance.now();
	const r = await trainRun(parsed.table, s);
	aucs.push(r.metrics.rocAuc);
	console.log(fam, JSON.stringify(over), JSON.stringify(tf), 'seed', seed, 'auc', r.metrics.rocAuc.toFixed(4), 'epochs', r.history.length, 'best', r.bestEpoch, 's', ((performance.now() - t) / 1000).toFixed(1), 'width', r.featureCount, 'batch', s.model.batchSize);
}
console.log('MEAN', (aucs.reduce((a, b) => a + b) / aucs.length).toFixed(4));
