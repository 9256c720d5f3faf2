/**
 * `faro train`: one run as the studio trains it, or with `--search` the studio's model search (runSearch: the
 * same start trials, TPE / halving / random, pruning and blend), its result trained as a run (refit.ts).
 * Trials run one at a time here (the studio spreads them over trial workers).
 */
import { existsSync, openAsBlob } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCsv, profileTable, suggestTarget } from '$lib/data';
import { defaultSettings, withTarget, type ColumnSetting } from '$lib/storage/dataset-record';
import {
	defaultTrainSettings,
	RUN_SCHEMA_VERSION,
	type RunRecord,
	type RunResult,
	type TrainSettings
} from '$lib/runs';
import { parseTestColumn, trainRun } from '$lib/training';
import {
	describeTrialModel,
	describeTrialSettings,
	rankTrials,
	runSearch,
	type SearchOutcome,
	type SearchRecord,
	type SearchStrategy,
	type Trial
} from '$lib/search';
import { refitPlan, searchRecord, trainPlan } from '$lib/search/refit';
import { mlflowRunFiles } from '$lib/runs/mlflow-export';
import {
	DEFAULT_FOLDS,
	DEFAULT_SEARCH_BUDGET,
	DEFAULT_SEARCH_STRATEGY
} from '$lib/runs/default-settings';
import { chooseBackend, type BackendName, type ModelFamily } from '$lib/models';
import { writeBundle } from '$lib/bundle';
import { fingerprintBlob } from '$lib/shared/fingerprint';
import { parseBalance, parsePositive, parseThreshold, parseWhole } from './train-options';
import { showProgress, TRAIN_USAGE, UsageError } from './usage';

const FAMILIES = ['mlp', 'logistic', 'gbdt'];
const STRATEGIES = ['tpe', 'halving', 'random'];

export async function train(args: string[], printJson: (value: unknown) => void): Promise<number> {
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
			'skip-bad-rows': { type: 'boolean', default: false },
			positive: { type: 'string' },
			threshold: { type: 'string' },
			balance: { type: 'string' },
			search: { type: 'boolean', default: false },
			trials: { type: 'string' },
			minutes: { type: 'string' },
			strategy: { type: 'string', default: DEFAULT_SEARCH_STRATEGY },
			folds: { type: 'string', default: String(DEFAULT_FOLDS) },
			'no-blend': { type: 'boolean', default: false },
			mlflow: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	if (values.help) {
		process.stdout.write(TRAIN_USAGE + '\n');
		return 0;
	}
	const path = positionals[0];
	if (!path) throw new UsageError('Give the CSV to train on: faro train <data.csv>.');
	if (!FAMILIES.includes(values.model))
		throw new UsageError(`--model ${values.model}: use one of ${FAMILIES.join(', ')}.`);
	if (!STRATEGIES.includes(values.strategy))
		throw new UsageError(`--strategy ${values.strategy}: use one of ${STRATEGIES.join(', ')}.`);
	if (!['wasm', 'cpu'].includes(values.backend))
		throw new UsageError(`--backend ${values.backend}: use wasm or cpu.`);
	const seed = parseWhole(values.seed, '--seed', 0, 2 ** 31 - 1);
	const folds = parseWhole(values.folds, '--folds', 3, 10);
	const testColumn = values['test-column'] ? parseTestColumn(values['test-column']) : undefined;
	const threshold = values.threshold ? parseThreshold(values.threshold) : undefined;
	const balance = values.balance ? parseBalance(values.balance) : undefined;
	const budget = {
		trials: values.trials
			? parseWhole(values.trials, '--trials', 1, 10_000)
			: DEFAULT_SEARCH_BUDGET.trials,
		minutes: values.minutes
			? parsePositive(values.minutes, '--minutes')
			: DEFAULT_SEARCH_BUDGET.minutes
	};

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
	settings.seed = seed;
	settings.backend = values.backend as BackendName;
	if (values['max-epochs'])
		settings.model.maxEpochs = parseWhole(values['max-epochs'], '--max-epochs', 1, 100_000);
	if (testColumn) settings.split = { ...settings.split, testColumn };
	if (values.positive !== undefined) settings.positiveLabel = values.positive;
	if (threshold) settings.threshold = threshold;
	if (balance)
		settings.balance = {
			...(settings.balance ?? { k: 5, strategy: { kind: 'auto' } }),
			method: balance
		};
	const backend = await chooseBackend(settings.backend);
	const rows = parsed.table.rowCount;

	let result: RunResult;
	let runSettings: TrainSettings = settings;
	let search: SearchRecord | undefined;
	try {
		if (values.search) {
			console.error(
				`Searching on ${rows} rows, target "${target}", ${values.strategy}, ${budget.trials} trials or ${budget.minutes} min, ${folds} folds, backend ${backend.name}…`
			);
			const options = {
				strategy: values.strategy as SearchStrategy,
				budget,
				k: folds,
				ensemble: !values['no-blend']
			};
			const outcome = await runSearch(parsed.table, settings, options, {
				onTrial: (t) => process.stderr.write(`\r${trialLine(t)}\n`)
			});
			process.stderr.write(leaderboard(outcome));
			const plan = refitPlan(settings, outcome);
			if (!plan || !outcome.best)
				throw new UsageError('No trial of the search succeeded: nothing to train.');
			runSettings = plan.settings;
			search = searchRecord(options, outcome, plan);
			console.error(
				plan.kind === 'ensemble' ? 'Training the blend…' : 'Training the best configuration…'
			);
			result = await trainPlan(parsed.table, plan, {
				onProgress: (p) => showProgress(p.phase)
			});
		} else {
			console.error(`Training on ${rows} rows, target "${target}", backend ${backend.name}…`);
			result = await trainRun(parsed.table, settings, {
				onProgress: (p) => showProgress(p.phase)
			});
		}
	} finally {
		if (process.stderr.isTTY) process.stderr.write('\n'); // an error message starts on its own line
	}
	const durationMs = performance.now() - started;
	if (values.out || values.mlflow) {
		const id = crypto.randomUUID();
		const name = values.search ? 'CLI search' : `CLI ${settings.model.family}`;
		const dataset = {
			name: path,
			fingerprint: await fingerprintBlob(await openAsBlob(path)),
			rows
		};
		const modelJson = JSON.stringify(
			writeBundle({
				result,
				settings: runSettings,
				search,
				dataset,
				backend: backend.name,
				durationMs,
				runId: id,
				name
			})
		);
		if (values.out) {
			await writeFile(values.out, modelJson);
			console.error(`Model written to ${values.out}`);
		}
		if (values.mlflow) {
			// MLflow's file store records a run: the same one, as the studio would store it
			const run: RunRecord = {
				schemaVersion: RUN_SCHEMA_VERSION,
				id,
				name,
				createdAt: new Date(Date.now() - durationMs).toISOString(),
				finishedAt: new Date().toISOString(),
				status: 'done',
				error: null,
				datasetId: 'cli',
				dataset,
				settings: runSettings,
				backend,
				durationMs,
				result,
				...(search && { search }),
				starred: false
			};
			await writeMlflow(values.mlflow, run, modelJson);
		}
	}
	const { curves: _curves, ...metrics } = result.metrics;
	printJson({
		target,
		labels: result.labels,
		backend: backend.name,
		durationMs: Math.round(durationMs),
		split: result.splitSizes,
		...(search && {
			search: {
				trials: search.trials.length,
				bestId: search.bestId,
				blend: search.ensemble?.members ?? null
			}
		}),
		metrics
	});
	return 0;
}

const cv = (t: Trial): string => {
	const s = t.cvScores?.rocAuc;
	return s ? `ROC AUC ${s.mean.toFixed(4)} ± ${s.std.toFixed(4)}` : (t.error?.message ?? t.status);
};

/** One finished trial, as it arrives. */
const trialLine = (t: Trial): string =>
	`#${t.id} ${t.status.padEnd(7)} ${describeTrialModel(t.params).padEnd(28)} ${cv(t)} (${(t.durationMs / 1000).toFixed(1)} s)`;

/** The leaderboard: the 10 best trials by cross-validated ROC AUC, the blend if one was chosen. */
export function leaderboard(outcome: SearchOutcome): string {
	const ranked = rankTrials(outcome.trials, 'rocAuc').slice(0, 10);
	const lines = [
		'',
		`Leaderboard (${outcome.trials.length} trials${outcome.stopped === 'time' ? ', stopped by the time budget' : ''}):`,
		...ranked.map(
			(t, i) =>
				`${String(i + 1).padStart(3)}. #${t.id} ${describeTrialModel(t.params)} · ${describeTrialSettings(t.params)} · ${cv(t)}`
		)
	];
	if (outcome.ensemble) {
		const s = outcome.ensemble.cvScores.rocAuc;
		lines.push(
			`Blend: ${outcome.ensemble.members.map((m) => `${Math.round(m.weight * 100)}% #${m.trialId}`).join(' + ')}` +
				(s ? ` · ROC AUC ${s.mean.toFixed(4)} ± ${s.std.toFixed(4)}` : '')
		);
	}
	return lines.join('\n') + '\n';
}

/** The run in the MLflow file store at `dir` (experiment 0; its meta.yaml is kept when it exists). */
async function writeMlflow(dir: string, run: RunRecord, modelJson: string): Promise<void> {
	const root = resolve(dir);
	for (const file of mlflowRunFiles(run, { root, modelJson })) {
		const target = join(root, file.path);
		if (
			file.path.endsWith('0/meta.yaml') &&
			file.path.split('/').length === 2 &&
			existsSync(target)
		)
			continue;
		await mkdir(dirname(target), { recursive: true });
		await writeFile(target, file.content);
	}
	console.error(`MLflow run written to ${root} (mlflow ui --backend-store-uri ${root})`);
}

/** The column that marks the test rows must not be learned from: a feature becomes "ignore". */
function withoutFeature(columns: ColumnSetting[], name: string): ColumnSetting[] {
	return columns.map((c) => {
		if (c.name !== name || c.role !== 'feature') return c;
		console.error(`"${name}" marks the test rows, so it is not used as a feature.`);
		return { ...c, role: 'ignore' };
	});
}
