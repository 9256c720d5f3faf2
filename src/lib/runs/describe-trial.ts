/**
 * A trial's configuration in words, for the leaderboard: the model ("Logistic", "MLP 64-32",
 * "Trees 31 leaves") and its settings ("lr 0.1 · L2 0.001 · depth ≤ 5 · ≥ 20 rows/leaf · ≤ 300 iterations ·
 * K 10 · standard"; "L-BFGS · L2 0.01 · ≤ 100 iterations · …" for a solved logistic regression). Reads trials stored before trees existed (no `trees`) as well. Free of TF.js.
 * In the language in use, or in `locale` (files machines read, such as the MLflow export, ask for English).
 */
import { m, type Locale } from '$lib/i18n';
import { modelShortName, settingNumber } from '$lib/models/describe-spec';
import { DEFAULT_TREE_SPEC } from '$lib/models/spec';
import type { SearchRecord } from './trial';
import type { TrialParams } from './trial-params';

/** "Logistic", "MLP 64-32" or "Trees 31 leaves". */
export const describeTrialModel = (p: TrialParams, locale?: Locale): string =>
	modelShortName(
		{
			family: p.family,
			hiddenUnits: p.hiddenUnits,
			trees: p.trees && { ...DEFAULT_TREE_SPEC, ...p.trees }
		},
		locale
	);

/** The names of scalings and balancing methods in a trial's settings ("standard", "random-over" in English). */
const VALUE_NAMES: Record<string, (locale?: Locale) => string> = {
	standard: (locale) => m.train_value_standard({}, { locale }),
	minmax: (locale) => m.train_value_minmax({}, { locale }),
	none: (locale) => m.train_scale_none({}, { locale }),
	'class-weights': (locale) => m.train_value_class_weights({}, { locale }),
	'random-over': (locale) => m.train_value_random_over({}, { locale }),
	'random-under': (locale) => m.train_value_random_under({}, { locale }),
	smote: (locale) => m.train_value_smote({}, { locale }),
	'smote-nc': (locale) => m.train_value_smote_nc({}, { locale }),
	borderline: (locale) => m.train_value_borderline({}, { locale })
};
const valueName = (value: string, locale?: Locale): string =>
	Object.prototype.hasOwnProperty.call(VALUE_NAMES, value) ? VALUE_NAMES[value](locale) : value;

/** The trial's settings other than the model's shape, joined by " · ". */
export function describeTrialSettings(p: TrialParams, locale?: Locale): string {
	const n = (value: number) => settingNumber(value, locale);
	const o = { locale };
	const lbfgs = p.family === 'logistic' && p.solver === 'lbfgs';
	const parts = lbfgs
		? ['L-BFGS', `L2 ${n(p.l2)}`]
		: [m.train_trial_lr({ value: n(p.learningRate) }, o), `L2 ${n(p.l2)}`];
	if (lbfgs) parts.push(m.train_trial_iterations({ count: p.maxEpochs }, o));
	else if (p.family === 'gbdt') {
		const t = p.trees;
		if (t) {
			parts.push(
				t.maxDepth === null
					? m.train_spec_no_depth_limit({}, o)
					: m.train_spec_depth({ depth: t.maxDepth }, o),
				m.train_trial_rows_per_leaf({ count: t.minSamplesLeaf }, o)
			);
		}
		parts.push(m.train_trial_iterations({ count: p.maxEpochs }, o));
	} else {
		if (p.family === 'mlp') parts.push(`dropout ${n(p.dropout)}`);
		parts.push(
			m.train_trial_batch({ count: p.batchSize }, o),
			m.train_trial_epochs({ count: p.maxEpochs }, o)
		);
	}
	parts.push(`K ${p.oneHotK}`);
	if (p.family !== 'gbdt') parts.push(valueName(p.scale, locale));
	if (p.textVocab !== null) parts.push(m.train_trial_vocab({ count: p.textVocab }, o));
	if (p.balance !== 'none') parts.push(valueName(p.balance, locale));
	return parts.join(' · ');
}

/** One member of a search's blend: its share, its trial, and the trial's model and settings in words. */
export type BlendMember = { trialId: number; weight: number; model: string; knobs: string };

/**
 * The blend a search ended with, heaviest member first, described from its trials (the run page and the
 * report); null when the run is a single model.
 */
export function blendMembers(run: { search?: SearchRecord }): BlendMember[] | null {
	const { search } = run;
	return (
		search?.ensemble?.members.map((member) => {
			const trial = search.trials.find((t) => t.id === member.trialId);
			return {
				trialId: member.trialId,
				weight: member.weight,
				model: trial ? describeTrialModel(trial.params) : m.runs_trial_not_kept(),
				knobs: trial ? describeTrialSettings(trial.params) : ''
			};
		}) ?? null
	);
}
