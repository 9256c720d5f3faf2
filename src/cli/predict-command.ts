/** `faro predict`: scores a CSV with a model file, streaming, with the stability check on stderr. */
import { createWriteStream, openAsBlob } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { chooseBackend, type BackendName } from '$lib/models';
import { loadBundle, scoreCsv, summarizeDrift } from '$lib/bundle';
import { PREDICT_USAGE, showProgress, UsageError } from './usage';
import { headerBytes, parseShard, shardOf } from './shard';

/** Whether a shard holds the header alone (a file with fewer records than shards). */
const shardIsEmpty = async (file: Blob, shard: Blob): Promise<boolean> =>
	shard.size <= (await headerBytes(file));

export async function predict(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			out: { type: 'string' },
			backend: { type: 'string', default: 'wasm' },
			reasons: { type: 'boolean', default: false },
			shard: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	if (values.help) {
		process.stdout.write(PREDICT_USAGE + '\n');
		return 0;
	}
	const [modelPath, inputPath] = positionals;
	if (!modelPath || !inputPath)
		throw new UsageError(
			'Give the model and the CSV to score: faro predict <model.json> <input.csv>.'
		);
	if (!['wasm', 'cpu'].includes(values.backend))
		throw new UsageError(`--backend ${values.backend}: use wasm or cpu.`);
	const shard = values.shard ? parseShard(values.shard) : null;
	await chooseBackend(values.backend as BackendName);
	const loaded = await loadBundle(await readFile(modelPath, 'utf8'));
	const file = await openAsBlob(inputPath);
	const source = shard ? await shardOf(file, shard.index, shard.count) : file;
	// shards after the first write no header, so the shards' outputs concatenate into one file
	let skipHeader = shard !== null && shard.index > 0;
	if (skipHeader && (await shardIsEmpty(file, source))) {
		loaded.dispose();
		process.stderr.write(`Shard ${values.shard} has no rows.\n`);
		return 0;
	}
	const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
	const started = performance.now();
	let progressShown = false;
	try {
		const { rowCount, drift } = await scoreCsv(loaded, source, {
			fileName: inputPath,
			reasons: values.reasons,
			onRows: async (text) => {
				if (skipHeader) {
					skipHeader = false;
					return;
				}
				if (!out.write(text)) await once(out, 'drain');
			},
			onProgress: (p) => {
				showProgress(`Scoring: ${Math.round((100 * p.done) / (p.total || 1))}%`);
				progressShown = process.stderr.isTTY;
			}
		});
		progressShown = false;
		const seconds = (performance.now() - started) / 1000;
		process.stderr.write(
			`\nScored ${rowCount} rows in ${seconds.toFixed(1)} s${values.out ? `, written to ${values.out}` : ''}.\n`
		);
		// PSI against the training data (explain/drift.ts): < 0.1 stable, 0.1–0.25 watch, > 0.25 shifted
		process.stderr.write(`${summarizeDrift(drift)}\n`);
	} finally {
		if (progressShown) process.stderr.write('\n'); // the error message starts on its own line
		loaded.dispose();
		if (values.out) {
			out.end();
			await once(out, 'close');
		}
	}
	return 0;
}
