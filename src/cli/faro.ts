/**
 * Faro from Node, without a browser: the same src/lib code the workers run.
 *   faro train data.csv --target Risk [--out model.json] [--model mlp|logistic|gbdt] [--seed 42]
 *                       [--backend wasm|cpu] [--max-epochs N] [--test-column NAME=VALUE] [--skip-bad-rows]
 *   faro predict model.json input.csv [--out predictions.csv] [--backend wasm|cpu] [--reasons]
 * `train` prints the test metrics as JSON on stdout; `predict` writes the predictions CSV to --out (or
 * stdout), streaming, so files larger than memory work. Progress and notes go to stderr.
 * `--test-column holdout=test` tests on the rows whose "holdout" cell is "test" (a predefined or out-of-time
 * test set) instead of a random 15 %; that column is then not a feature. `--skip-bad-rows` skips rows with the
 * wrong number of fields or with text after a closing quote (the studio's "Skip those rows"); without it such
 * rows stop the command with their lines. `--reasons` adds reason_1 … reason_3: the three columns that pushed each
 * row toward its label, in words. After scoring, `predict` prints the stability of the file against the training data
 * on stderr: the PSI of the score and of the columns that moved most.
 */
import { createWriteStream, openAsBlob } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import '@tensorflow/tfjs-backend-wasm';
import { parseCsv, profileTable, suggestTarget } from '$lib/data';
import { defaultSettings, withTarget, type ColumnSetting } from '$lib/storage/dataset-record';
import {
	defaultTrainSettings,
	parseTestColumn,
	trainRun,
	type RunRecord,
	type RunResult
} from '$lib/runs';
import { chooseBackend, type BackendName, type ModelFamily } from '$lib/models';
import { loadBundle, scoreCsv, summarizeDrift, writeBundle } from '$lib/bundle';
import { asFaroError } from '$lib/shared/errors';
import { fingerprintBlob } from '$lib/shared/fingerprint';

// TF.js's cpu backend prints an "install tfjs-node" banner with console.log: keep stdout for the JSON result.
const printJson = (value: unknown) => process.stdout.write(JSON.stringify(value, null, 2) + '\n');
console.log = (...args: unknown[]) => console.error(...args);

const USAGE = `Usage:
  faro train <data.csv> --target <column> [--out model.json] [--model mlp|logistic|gbdt] [--seed 42]
             [--backend wasm|cpu] [--max-epochs N] [--test-column NAME=VALUE] [--skip-bad-rows]
  faro predict <model.json> <input.csv> [--out predictions.csv] [--backend wasm|cpu] [--reasons]`;

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (command === 'train') return train(rest);
	if (command === 'predict') return predict(rest);
	console.error(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
	return 2;
}

async function train(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			target: { type: 'string' },
			out: { type: 'string' },
			model: { type: 'string', default: 'mlp' },
			seed: { type: 'string', default: '42' },
			backend: { type: 'string', default: 'wasm' },
			'max-epochs': { type: 'string' },
			'test-column': { type: 'string' },
			'skip-bad-rows': { type: 'boolean', default: false }
		}
	});
	const path = positionals[0];
	if (!path) {
		console.error(`Give the CSV to train on.\n${USAGE}`);
		return 2;
	}
	const testColumn = values['test-column'] ? parseTestColumn(values['test-column']) : undefined;
	const started = performance.now();
	const skip = values['skip-bad-rows'] ? ('skip' as const) : undefined;
	const parsed = await parseCsv(await openAsBlob(path), {
		fileName: path,
		raggedRows: skip,
		invalidQuotes: skip
	});
	const skipped = parsed.meta.skippedRows + (parsed.meta.skippedQuoteRows ?? 0);
	if (skipped > 0)
		console.error(
			`Skipped ${skipped} row${skipped > 1 ? 's' : ''} that could not be read as written.`
		);
	const profile = profileTable(parsed.table, parsed.meta);
	const target = values.target ?? suggestTarget(profile);
	const columns = withTarget(defaultSettings(profile, target), target);
	if (testColumn) columns.columns = withoutFeature(columns.columns, testColumn.name);
	const settings = defaultTrainSettings(
		columns,
		parsed.table.rowCount,
		values.model as ModelFamily
	);
	settings.seed = Number.parseInt(values.seed, 10);
	settings.backend = values.backend as BackendName;
	if (values['max-epochs']) settings.model.maxEpochs = Number.parseInt(values['max-epochs'], 10);
	if (testColumn) settings.split = { ...settings.split, testColumn };
	const backend = await chooseBackend(settings.backend);
	console.error(
		`Training on ${parsed.table.rowCount} rows, target "${target}", backend ${backend.name}…`
	);
	let result: RunResult;
	try {
		result = await trainRun(parsed.table, settings, {
			onProgress: (p) => process.stderr.write(`\r${p.phase}            `)
		});
	} finally {
		process.stderr.write('\n'); // an error message starts on its own line
	}
	const durationMs = performance.now() - started;
	if (values.out) {
		const run: RunRecord = {
			schemaVersion: 1,
			id: crypto.randomUUID(),
			name: `CLI ${settings.model.family}`,
			createdAt: new Date().toISOString(),
			finishedAt: new Date().toISOString(),
			status: 'done',
			error: null,
			datasetId: 'cli',
			dataset: {
				name: path,
				fingerprint: await fingerprintBlob(await openAsBlob(path)),
				rows: parsed.table.rowCount
			},
			settings,
			backend,
			durationMs,
			result,
			starred: false
		};
		await writeFile(values.out, JSON.stringify(writeBundle(run)));
		console.error(`Model written to ${values.out}`);
	}
	const { curves: _curves, ...metrics } = result.metrics;
	printJson({
		target,
		labels: result.labels,
		backend: backend.name,
		durationMs: Math.round(durationMs),
		split: result.splitSizes,
		metrics
	});
	return 0;
}

/** The column that marks the test rows must not be learned from: a feature becomes "ignore". */
function withoutFeature(columns: ColumnSetting[], name: string): ColumnSetting[] {
	return columns.map((c) => {
		if (c.name !== name || c.role !== 'feature') return c;
		console.error(`"${name}" marks the test rows, so it is not used as a feature.`);
		return { ...c, role: 'ignore' };
	});
}

async function predict(args: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			out: { type: 'string' },
			backend: { type: 'string', default: 'wasm' },
			reasons: { type: 'boolean', default: false }
		}
	});
	const [modelPath, inputPath] = positionals;
	if (!modelPath || !inputPath) {
		console.error(`Give the model and the CSV to score.\n${USAGE}`);
		return 2;
	}
	await chooseBackend(values.backend as BackendName);
	const loaded = await loadBundle(await readFile(modelPath, 'utf8'));
	const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
	const started = performance.now();
	let progressShown = false;
	try {
		const { rowCount, drift } = await scoreCsv(loaded, await openAsBlob(inputPath), {
			fileName: inputPath,
			reasons: values.reasons,
			onRows: async (text) => {
				if (!out.write(text)) await once(out, 'drain');
			},
			onProgress: (p) => {
				progressShown = process.stderr.write(
					`\rScoring: ${Math.round((100 * p.done) / (p.total || 1))}%   `
				);
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

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(err) => {
		const error = asFaroError(err);
		console.error(`faro: ${error.message}`);
		if (error.detail.where) console.error(`  where: ${error.detail.where}`);
		if (error.detail.hint) console.error(`  ${error.detail.hint}`);
		if (error.code === 'internal') console.error(err);
		process.exit(1);
	}
);
