/**
 * What a search's result is trained as: its blend of trials when ensemble selection found one that beats the
 * best single trial by cross-validation, else the best trial alone. Each configuration is trained in full
 * (`fullEpochs`: the neural epoch cap, or a tree configuration's own iteration budget), on the run's training
 * part with early stopping on its validation part (a single configuration is then refitted on training +
 * validation for the epochs that chose), and evaluated once on the untouched test part. The studio
 * (execute-search.ts) and the benchmark (bench/search-quality.ts) both go through here, so the bench measures
 * what the user gets.
 */
import type { Table } from '$lib/data/table';
import { trainEnsembleRun } from './ensemble-run';
import { trainRun, type TrainWork } from '$lib/training/train-run';
import type { RunResult, TrainSettings } from '$lib/runs/types';
import type { SearchOptions, SearchOutcome } from './run-search';
import { describeTrialModel, describeTrialSettings } from '$lib/runs/describe-trial';
import { applyParams, fullEpochs, neuralEpochCap, type TrialParams } from './space';
import type { SearchRecord, Trial } from '$lib/runs/trial';
import { DEFAULT_FOLDS } from '$lib/runs/default-settings';

/**
 * The training settings of a configuration the search ships (its best, or a blend's member): trained in full,
 * its final model then refitted on the training + validation rows (`finalFit`, training/final-fit.ts).
 */
export const refitSettings = (base: TrainSettings, params: TrialParams): TrainSettings => ({
	...applyParams(base, { ...params, maxEpochs: fullEpochs(params, neuralEpochCap(base)) }),
	finalFit: 'train+validation'
});

/** A blend member as `trainEnsembleRun` takes it. */
export type RefitMember = {
	settings: TrainSettings;
	weight: number;
	trialId: number | null;
	description: string;
};

/** What the search's result is: one configuration, or a blend (members heaviest first). */
export type RefitPlan =
	| { kind: 'single'; trial: Trial; settings: TrainSettings }
	| { kind: 'ensemble'; members: RefitMember[]; settings: TrainSettings };

/**
 * The plan for `outcome`: its ensemble when it has one, else its best trial; null when no trial succeeded.
 * `settings` is what the run records as its own: the heaviest member's (a blend's members share target,
 * columns, split, seed and threshold).
 */
export function refitPlan(base: TrainSettings, outcome: SearchOutcome): RefitPlan | null {
	const byId = new Map(outcome.trials.map((t) => [t.id, t]));
	if (outcome.ensemble) {
		const members = outcome.ensemble.members.flatMap(({ trialId, weight }) => {
			const trial = byId.get(trialId);
			return trial
				? [
						{
							settings: refitSettings(base, trial.params),
							weight,
							trialId,
							description: `${describeTrialModel(trial.params)} (${describeTrialSettings(trial.params)})`
						}
					]
				: [];
		});
		if (members.length >= 2) return { kind: 'ensemble', members, settings: members[0].settings };
	}
	if (!outcome.best) return null;
	return {
		kind: 'single',
		trial: outcome.best,
		settings: refitSettings(base, outcome.best.params)
	};
}

/** Trains the plan on `table`: its blend as one run, or its one configuration. */
export function trainPlan(table: Table, plan: RefitPlan, work: TrainWork = {}): Promise<RunResult> {
	return plan.kind === 'ensemble'
		? trainEnsembleRun(table, plan.members, work)
		: trainRun(table, plan.settings, work);
}

/** True when training the plan needs TF.js (any logistic or MLP model in it). */
export const planNeedsTfjs = (plan: RefitPlan): boolean =>
	plan.kind === 'ensemble'
		? plan.members.some((m) => m.settings.model.family !== 'gbdt')
		: plan.settings.model.family !== 'gbdt';

/**
 * What the run trained from `plan` keeps of its search (its `search`, so the leaderboard can be reopened): how it
 * searched, every trial, the best, and the blend when the run is that blend. The studio and the CLI both write it.
 */
export function searchRecord(
	options: Pick<SearchOptions, 'strategy' | 'metric' | 'k'>,
	outcome: SearchOutcome,
	plan: RefitPlan
): SearchRecord {
	return {
		strategy: options.strategy,
		metric: options.metric ?? 'rocAuc',
		k: options.k ?? DEFAULT_FOLDS,
		bestId: outcome.best?.id ?? null,
		trials: outcome.trials,
		...(plan.kind === 'ensemble' && outcome.ensemble && { ensemble: outcome.ensemble })
	};
}
