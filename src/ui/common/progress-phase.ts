/**
 * Progress phases in the reader's language. Workers report a phase as English text built from parts joined by
 * ": " ("Fold 2 of 5: Training the blend: Epoch 3 of at most 100"); each part is matched against the known
 * phrases below and rewritten from the catalogue, so a part the table does not know (a column or model name)
 * is kept as it is.
 */
import { m } from '$lib/i18n';

type Rule = [RegExp, (...groups: string[]) => string];

const STEP: Record<string, () => string> = {
	Epoch: () => m.progress_step_epoch(),
	Iteration: () => m.progress_step_iteration(),
	'Solver iteration': () => m.progress_step_solver()
};
const FIXED: Record<string, () => string> = {
	Fingerprinting: () => m.progress_fingerprinting(),
	'Profiling columns': () => m.progress_profiling(),
	'Saving in the browser': () => m.progress_saving(),
	'Choosing a blend of trials': () => m.progress_choosing_blend(),
	'Permutation importance': () => m.progress_importance(),
	Scoring: () => m.progress_scoring(),
	'Binning the features': () => m.progress_binning(),
	'Counting terms': () => m.progress_counting_terms(),
	Done: () => m.progress_done(),
	'Writing descriptions': () => m.progress_writing_descriptions(),
	'Choosing a compute backend': () => m.progress_choosing_backend(),
	'Evaluating on the test part': () => m.progress_evaluating(),
	'Preparing features': () => m.progress_preparing_features(),
	'Reading the dataset': () => m.progress_reading(),
	'Starting trial workers': () => m.progress_starting_workers(),
	'Boosting done': () => m.progress_boosting_done(),
	'Training the blend': () => m.progress_training_blend(),
	'Training the best configuration': () => m.progress_training_best()
};
const STATUS: Record<string, () => string> = {
	done: () => m.progress_status_done(),
	failed: () => m.progress_status_failed(),
	skipped: () => m.progress_status_skipped(),
	pruned: () => m.progress_status_pruned()
};

const RULES: Rule[] = [
	[/^Fold (\d+) of (\d+)$/, (fold, k) => m.progress_fold({ fold, k })],
	[
		/^Trial (\S+) (done|failed|skipped|pruned)$/,
		(id, s) => m.progress_trial_status({ id, status: STATUS[s]?.() ?? s })
	],
	[/^Trial (\S+)$/, (id) => m.progress_trial({ id })],
	[
		/^(Epoch|Iteration|Solver iteration) (\d+) of at most (\d+)( \(validation\))?$/,
		(step, n, max, validation) =>
			(validation ? m.progress_step_of_validation : m.progress_step_of)({
				step: STEP[step]?.() ?? step,
				n,
				max
			})
	],
	[/^(?:danger rows) of class (.+)$/, (c) => m.progress_danger_rows({ c })],
	[/^neighbours in class (.+)$/, (c) => m.progress_neighbours({ c })],
	[/^(.+) \((\d+) of (\d+)\)$/, (name, i, n) => m.progress_column_of({ name, i, n })],
	[/^Describing with (.+)$/, (model) => m.progress_describing({ model })],
	[/^Screening “(.+)”$/, (name) => m.progress_screening({ name })]
];

function part(text: string): string {
	const fixed = FIXED[text];
	if (fixed) return fixed();
	for (const [pattern, rewrite] of RULES) {
		const match = pattern.exec(text);
		if (match) return rewrite(...match.slice(1));
	}
	return text;
}

/** A worker's English phase in the language in use. */
export const localizePhase = (phase: string): string => phase.split(': ').map(part).join(': ');
