/**
 * A run's settings in words for the report: class balancing, the recipe's steps and the model (a single model,
 * or a blend's members with their weights). The balancing and blend words are the run page's
 * (runs/describe-balance.ts, runs/describe-trial.ts blendMembers).
 */
import { describeBalance } from '$lib/runs/describe-balance';
import type { RunRecord } from '$lib/runs/run-record';
import type { RecipeSpec } from '$lib/features/recipe-spec';
import { describeModelSpec } from '$lib/models/describe-spec';
import { blendMembers } from '$lib/runs/describe-trial';
import { m } from '../i18n';

export { describeBalance };

/** The model in one line: the single model's settings, or "Blend of 3 models". */
export function describeRunModel(run: RunRecord): string {
	const blend = blendMembers(run);
	if (blend)
		return (blend.length === 1 ? m.report_blend_of_one : m.report_blend_of_models)({
			count: blend.length
		});
	return describeModelSpec(run.settings.model);
}

/**
 * A recipe option's value in the language in use: English is the value itself ("median", "standard", "auto"),
 * unknown values are shown as they are.
 */
const VALUE_NAMES: Record<string, () => string> = {
	median: m.train_impute_median,
	mean: m.train_impute_mean,
	auto: m.train_value_auto,
	always: m.train_indicator_always,
	never: m.train_indicator_never,
	standard: m.train_value_standard,
	minmax: m.train_value_minmax,
	none: m.train_scale_none,
	english: m.train_value_stop_english,
	spanish: m.train_value_stop_spanish,
	'english+spanish': m.train_value_stop_both
};
const valueName = (value: string): string =>
	Object.prototype.hasOwnProperty.call(VALUE_NAMES, value) ? VALUE_NAMES[value]() : value;

/** One step of the recipe: `id` names its kind (numeric, categorical, date, text, override, derived, date-diff). */
export type RecipeStep = { id: string; label: string; text: string };

/** The recipe's kinds of column, in order, with their names in the language in use. */
export const RECIPE_KINDS: [string, () => string][] = [
	['numeric', m.report_recipe_kind_numeric],
	['categorical', m.report_recipe_kind_categorical],
	['date', m.report_recipe_kind_date],
	['text', m.report_recipe_kind_text]
];

/**
 * The recipe's per-kind steps (only the kinds among `featureKinds` when given), then overrides, derived
 * columns and date differences, each with its kind's id, its label and its description.
 */
export function describeRecipeSteps(recipe: RecipeSpec, featureKinds?: Set<string>): RecipeStep[] {
	const n = recipe.numeric;
	const c = recipe.categorical;
	const t = recipe.text;
	const impute =
		n.impute === 'constant' ? m.report_recipe_constant({ value: n.constant }) : valueName(n.impute);
	const texts: Record<string, () => string> = {
		numeric: () =>
			m.report_recipe_numeric({
				impute,
				indicator: valueName(String(n.missingIndicator)),
				scale: valueName(n.scale),
				log: n.log1p ? m.report_recipe_log1p() : ''
			}),
		categorical: () =>
			m.report_recipe_categorical({
				impute:
					c.impute === 'own-level'
						? m.report_recipe_own_level({ level: c.missingLevel })
						: m.report_recipe_most_frequent(),
				encoding:
					c.encoding === 'onehot'
						? m.report_recipe_onehot({ max: c.maxLevels })
						: m.report_recipe_ordinal()
			}),
		date: () =>
			recipe.date.parts.length
				? m.report_recipe_date_parts({ parts: recipe.date.parts.join(', ') })
				: m.report_recipe_no_parts(),
		text: () =>
			m.report_recipe_text({
				min: t.ngramRange[0],
				max: t.ngramRange[1],
				terms:
					t.maxFeatures === null
						? m.report_recipe_every_term()
						: m.report_recipe_max_terms({ count: t.maxFeatures }),
				stopWords: t.stopWords === 'none' ? m.train_value_none_f() : valueName(t.stopWords),
				sublinear: t.sublinearTf ? m.report_recipe_sublinear() : '',
				norm: t.norm === 'none' ? m.train_value_none_f() : t.norm
			})
	};
	const steps: RecipeStep[] = RECIPE_KINDS.filter(
		([id]) => !featureKinds || featureKinds.has(id)
	).map(([id, label]) => ({ id, label: label(), text: texts[id]() }));
	for (const [column, override] of Object.entries(recipe.overrides)) {
		const changes = Object.entries(override).flatMap(([kind, options]) =>
			Object.entries(options ?? {}).map(([k, v]) => `${kind} ${k} = ${JSON.stringify(v)}`)
		);
		if (changes.length)
			steps.push({
				id: 'override',
				label: m.report_recipe_override({ column }),
				text: changes.join('; ')
			});
	}
	const ops = { ratio: '/', difference: '−', product: '×' } as const;
	for (const d of recipe.derived)
		steps.push({
			id: 'derived',
			label: m.report_recipe_derived({ name: d.name }),
			text: `${d.left} ${ops[d.op]} ${d.right}`
		});
	for (const d of recipe.dateDiffs)
		steps.push({
			id: 'date-diff',
			label: m.report_recipe_date_diff({ name: d.name }),
			text: m.report_recipe_days({ from: d.from, to: d.to })
		});
	return steps;
}

/** The recipe's steps as [label, description] pairs (see `describeRecipeSteps`). */
export const describeRecipe = (
	recipe: RecipeSpec,
	featureKinds?: Set<string>
): [string, string][] => describeRecipeSteps(recipe, featureKinds).map((s) => [s.label, s.text]);
