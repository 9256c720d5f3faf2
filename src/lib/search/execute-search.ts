/**
 * The search as the studio executes it (called by the train worker): read the dataset, run the search, then
 * train its result (refit.ts: the blend of trials ensemble selection chose, else the best trial) as a normal run
 * with `executeRun` — each model trained on the run's training part with early stopping on its validation part
 * (so on all non-test rows), evaluated once on the untouched test part, stored with its bundle like any other
 * run. The trials and the blend travel in the run record's `search` (refit.ts `searchRecord`), so the
 * leaderboard can be reopened. A cancelled search (or one where every trial failed) makes no run.
 */
import { getDataset, loadTable } from '$lib/storage/datasets-db';
import type { Progress } from '$lib/shared/progress';
import { executeRun, type BackendPicker } from '$lib/training/execute-run';
import { summarizeRun, type RunSummary } from '$lib/runs/run-record';
import type { TrainSettings } from '$lib/runs/types';
import { runSearch, type SearchOptions, type TrialEvaluator } from './run-search';
import { planNeedsTfjs, refitPlan, searchRecord, trainPlan } from './refit';
import type { EnsembleChoice, Trial } from '$lib/runs/trial';

export type SearchRequest = {
	/** Id of the run the best configuration becomes. */
	runId: string;
	name: string;
	datasetId: string;
	settings: TrainSettings;
	options: SearchOptions;
};

export type SearchReport = {
	/** Trials evaluated at once (parallel trial workers), 1 when sequential. */
	lanes: number;
	trials: Trial[];
	bestId: number | null;
	/** The blend of trials that became the run, if ensemble selection found one. */
	ensemble: EnsembleChoice | null;
	stopped: 'cancelled' | 'time' | null;
	/** The refitted best configuration's run; null when cancelled or when no trial succeeded. */
	run: RunSummary | null;
};

export type SearchExecution = {
	signal?: AbortSignal;
	onTrial?: (trial: Trial) => void;
	onProgress?: (p: Progress) => void;
	/** Starts parallel trial lanes for the chosen backend (the studio's trial workers); null = one at a time. */
	startPool?: (backend: string) => Promise<(TrialPoolHandle & { dispose(): void }) | null>;
};

/** Trials evaluated elsewhere, `lanes` at a time. */
export type TrialPoolHandle = { evaluate: TrialEvaluator; lanes: number };

/**
 * Searches, then trains the best configuration as a run.
 * @throws FaroError dataset-not-found, target-missing, class-too-small, settings-invalid (before any trial)
 */
export async function executeSearch(
	request: SearchRequest,
	pickBackend: BackendPicker,
	work: SearchExecution = {}
): Promise<SearchReport> {
	await getDataset(request.datasetId);
	work.onProgress?.({ phase: 'Choosing a compute backend', done: 0, total: 0 });
	const backend = await pickBackend(request.settings.backend);
	work.onProgress?.({ phase: 'Reading the dataset', done: 0, total: 0 });
	const table = await loadTable(request.datasetId);
	work.onProgress?.({ phase: 'Starting trial workers', done: 0, total: 0 });
	const pool = (await work.startPool?.(backend.name)) ?? null;
	let outcome;
	try {
		outcome = await runSearch(table, request.settings, request.options, {
			...work,
			...(pool && { parallel: { evaluate: pool.evaluate, lanes: pool.lanes } })
		});
	} finally {
		pool?.dispose();
	}
	const report = {
		lanes: pool?.lanes ?? 1,
		trials: outcome.trials,
		bestId: outcome.best?.id ?? null,
		ensemble: outcome.ensemble,
		stopped: outcome.stopped
	};
	const plan = outcome.stopped === 'cancelled' ? null : refitPlan(request.settings, outcome);
	if (!plan || !outcome.best) return { ...report, run: null };
	const what = plan.kind === 'ensemble' ? 'the blend' : 'the best configuration';
	const record = await executeRun(
		{ ...request, settings: plan.settings, search: searchRecord(request.options, outcome, plan) },
		async () => backend,
		{
			signal: work.signal,
			onProgress: (p) => work.onProgress?.({ ...p, phase: `Training ${what}: ${p.phase}` })
		},
		{
			train: (table, w) => trainPlan(table, plan, w),
			needsTfjs: planNeedsTfjs(plan)
		}
	);
	return { ...report, run: summarizeRun(record) };
}
