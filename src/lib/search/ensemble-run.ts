/**
 * A blend of models trained as one run (the result a "Find the best model" search can end with): every member
 * is fitted exactly as `trainRun` fits its model — its own Recipe and model on the run's training part, early
 * stopping on the validation part (training/train-run.ts `fitRunModel`), then refitted on the training +
 * validation rows when its settings say `finalFit` — and the blend's probabilities are the members' weighted
 * average (Caruana et al., 2004, ensemble selection). The threshold is chosen on the averaged validation
 * probabilities (of the fits on the training part) and the metrics are those of the averaged test
 * probabilities, so a blend is judged on the same untouched test rows as any run.
 *
 * What a RunResult holds once per run comes from the heaviest member (the "lead", members[0] after sorting
 * by weight): the top-level recipe, featureCount, balance summary, the loss curve (history, bestEpoch,
 * stoppedEarly) and, when it is a TF.js model with text features, termWeights. Warnings are every member's,
 * once each.
 */
import { scoreProfile, trainingReference } from '$lib/explain/reference';
import type { Table } from '$lib/data/table';
import { ENSEMBLE_FORMAT, MAX_ENSEMBLE_MEMBERS, type EnsembleMember } from '$lib/models/artifacts';
import {
	blendProbabilities,
	disposeFitted,
	fittedArtifacts,
	loadFitted
} from '$lib/models/fitted-model';
import { predictTable } from '$lib/bundle/predict';
import { FaroError, throwIfAborted } from '$lib/shared/errors';
import { text } from '$lib/i18n';
import { computeTermWeights } from '$lib/training/term-weights';
import {
	evaluateRun,
	fitRunModel,
	fitFinalModel,
	heldOut,
	leakWarnings,
	prepareRun,
	runImportance,
	type FinalFit,
	type PreparedRun,
	type TrainWork
} from '$lib/training/train-run';
import type { Part } from '$lib/training/part';
import type { RunResult, TrainSettings } from '$lib/runs/types';

/** One model of the blend to train: its settings, its share, and where it came from. */
export type EnsembleMemberSettings = {
	settings: TrainSettings;
	/** Share of the blend, > 0; weights are normalised to sum 1. */
	weight: number;
	/** The search trial the configuration came from (null when not from a search). */
	trialId: number | null;
	/** Short human description of the member's model. */
	description: string;
};

/**
 * Trains every member on `table` and evaluates their weighted average. Members are taken heaviest first
 * (a stable sort by weight, so ties keep the caller's order); they must share target, split and seed, and
 * the target, split, seed, positive class and threshold method are the heaviest member's. Every member's
 * model is disposed before this returns or throws.
 * @throws FaroError settings-invalid (no members, more than 10, a weight ≤ 0, members that disagree on
 *   target, split or seed), and every error of `trainRun`: target-missing, target-single-class,
 *   class-too-small, no-features, column-all-missing, training-diverged, cancelled
 * @example
 * const result = await trainEnsembleRun(table, [
 *   { settings: treeSettings, weight: 0.6, trialId: 4, description: 'Trees 31 leaves' },
 *   { settings: logisticSettings, weight: 0.4, trialId: 9, description: 'Logistic' }
 * ]);
 * console.log(result.metrics.rocAuc, result.model); // model.format === 'faro-ensemble'
 */
export async function trainEnsembleRun(
	table: Table,
	members: EnsembleMemberSettings[],
	work: TrainWork = {}
): Promise<RunResult> {
	const ordered = checkMembers(members);
	const lead = ordered[0].settings;
	work.onProgress?.({ phase: 'Preparing features', done: 0, total: 0 });
	const run = prepareRun(table, lead);
	const fits: MemberFit[] = [];
	for (const [i, member] of ordered.entries()) {
		throwIfAborted(work.signal);
		const prefix = `Model ${i + 1} of ${ordered.length}: `;
		const onProgress = work.onProgress;
		fits.push(
			await fitMember(run, member, i === 0, {
				signal: work.signal,
				onProgress: onProgress && ((p) => onProgress({ ...p, phase: prefix + p.phase }))
			})
		);
	}
	const [first] = fits;
	const warnings = new Map(
		fits.flatMap((f) => f.warnings).map((w) => [`${w.code}\n${w.message}`, w])
	);
	const blend = (part: 'validationProba' | 'testProba') =>
		blendProbabilities(fits.map((f) => ({ weight: f.member.weight, proba: f[part] })));
	const evaluation = evaluateRun(run, lead, blend('validationProba'), blend('testProba'));
	const model = { format: ENSEMBLE_FORMAT, members: fits.map((f) => f.member) } as const;
	// the blend's importance: its members loaded back from what the run keeps, scored as its bundle scores
	const scorer = await loadFitted(model);
	try {
		const refitted = first.fitRows !== null;
		const importances = await runImportance(
			run,
			// refitted members have seen the validation rows: importance on them would be in-sample
			refitted ? { ...lead, importance: { validation: false } } : lead,
			evaluation,
			(t) => predictTable(scorer, first.member.recipe, t),
			work
		);
		const inputs = new Map(
			ordered.flatMap((_, i) => fits[i].member.recipe.inputs).map((c) => [c.name, c])
		);
		const reference = trainingReference(
			first.fitRows?.table ?? run.train.table,
			[...inputs.values()],
			{
				// the score's drift reference is taken on rows the shipped models have not seen
				score: scoreProfile(
					refitted ? blend('testProba') : heldOut(blend('validationProba'), blend('testProba')),
					evaluation.labels,
					evaluation.positiveLabel
				)
			}
		);
		return {
			...evaluation,
			...importances,
			reference,
			...first.lead,
			warnings: [...warnings.values()],
			recipe: first.member.recipe,
			model
		};
	} finally {
		disposeFitted(scorer);
	}
}

/** What the run keeps of its heaviest member alone. */
type LeadSummary = Pick<
	RunResult,
	'history' | 'bestEpoch' | 'stoppedEarly' | 'featureCount' | 'balance' | 'termWeights' | 'finalFit'
>;

/** One member trained: as stored in the blend, its probabilities, its warnings (and the lead's summary). */
type MemberFit = {
	member: EnsembleMember;
	validationProba: Float32Array;
	testProba: Float32Array;
	warnings: RunResult['warnings'];
	/** The training + validation rows it was refitted on (null: fitted on the training part only). */
	fitRows: Part | null;
	lead: LeadSummary;
};

/**
 * Fits one member as `trainRun` fits its model (refitted on the training + validation rows when its settings
 * say `finalFit`: its validation probabilities still come from the fit on the training part), keeps it as
 * JSON, and disposes the live models.
 */
async function fitMember(
	run: PreparedRun,
	member: EnsembleMemberSettings,
	isLead: boolean,
	work: TrainWork
): Promise<MemberFit> {
	const warnings = leakWarnings(run, member.settings);
	const fitted = await fitRunModel(run, member.settings, work);
	let final: FinalFit | null = null;
	try {
		if (member.settings.finalFit === 'train+validation')
			final = await fitFinalModel(run, member.settings, fitted.trained, work);
		const shipped = final ?? fitted;
		const { trained } = shipped;
		const termWeights =
			isLead && trained.model.kind === 'tfjs'
				? await computeTermWeights(
						trained.model.layers,
						shipped.recipe,
						shipped.xTest,
						run.test.y,
						run.target.labels,
						{ signal: work.signal }
					)
				: undefined;
		const { weight, trialId, description } = member;
		return {
			member: {
				weight,
				trialId,
				description,
				recipe: shipped.recipe,
				model: await fittedArtifacts(trained.model)
			},
			validationProba: fitted.validationProba,
			testProba: shipped.testProba,
			warnings,
			fitRows: final?.fitRows ?? null,
			lead: {
				history: fitted.trained.history,
				bestEpoch: fitted.trained.bestEpoch,
				stoppedEarly: fitted.trained.stoppedEarly,
				featureCount: shipped.x.train.names.length,
				balance: shipped.balance,
				...(termWeights && { termWeights }),
				...(final && {
					finalFit: { rows: final.fitRows.y.length, epochs: final.trained.bestEpoch + 1 }
				})
			}
		};
	} finally {
		disposeFitted(fitted.trained.model);
		if (final) disposeFitted(final.trained.model);
	}
}

/**
 * The members heaviest first with weights normalised to sum 1, after checking their count, weights and
 * that they share target, split and seed.
 * @throws FaroError settings-invalid
 */
function checkMembers(members: EnsembleMemberSettings[]): EnsembleMemberSettings[] {
	const hint = text('err_blend_hint');
	if (members.length === 0 || members.length > MAX_ENSEMBLE_MEMBERS) {
		throw new FaroError(
			'settings-invalid',
			text('err_blend_member_count', { max: MAX_ENSEMBLE_MEMBERS, count: members.length }),
			{ hint }
		);
	}
	members.forEach((m, i) => {
		if (!Number.isFinite(m.weight) || m.weight <= 0) {
			throw new FaroError(
				'settings-invalid',
				text('err_blend_bad_weight', {
					index: i + 1,
					description: m.description,
					weight: String(m.weight)
				}),
				{ where: `members[${i}].weight`, hint }
			);
		}
	});
	const ordered = members
		.map((m, i) => ({ m, i }))
		.sort((a, b) => b.m.weight - a.m.weight || a.i - b.i);
	const lead = ordered[0].m.settings;
	for (const { m, i } of ordered.slice(1)) {
		const s = m.settings;
		const member = { index: i + 1, description: m.description };
		const differs =
			s.target !== lead.target
				? text('err_blend_other_target', { ...member, target: s.target, lead: lead.target })
				: s.seed !== lead.seed
					? text('err_blend_other_seed', { ...member, seed: s.seed, lead: lead.seed })
					: !sameSplit(s.split, lead.split)
						? text('err_blend_other_split', {
								...member,
								split: splitText(s.split),
								lead: splitText(lead.split)
							})
						: null;
		if (differs !== null) {
			throw new FaroError('settings-invalid', differs, { where: `members[${i}].settings`, hint });
		}
	}
	const total = members.reduce((sum, m) => sum + m.weight, 0);
	return ordered.map(({ m }) => ({ ...m, weight: m.weight / total }));
}

type SplitFractions = TrainSettings['split'];
const sameSplit = (a: SplitFractions, b: SplitFractions) =>
	a.train === b.train && a.validation === b.validation && a.test === b.test;
const splitText = (s: SplitFractions) =>
	[s.train, s.validation, s.test].map((f) => Math.round(f * 100)).join('/');
