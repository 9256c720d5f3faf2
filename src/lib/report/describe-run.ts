/**
 * A run's settings in words for the report: class balancing, the recipe's steps and the model (a single model,
 * or a blend's members with their weights). The balancing words are the run page's (runs/describe-balance.ts).
 */
import { describeBalance } from '$lib/runs/describe-balance';
import type { RunRecord } from '$lib/runs/run-record';
import type { RecipeSpec } from '$lib/features/recipe-spec';
import { describeModelSpec } from '$lib/models/describe-spec';
import { describeTrialModel, describeTrialSettings } from '$lib/runs/search/describe-trial';

export { describeBalance };

/** One member of a blend: its share and its trial's model and settings. */
export type BlendMember = { trialId: number; weight: number; model: string; knobs: string };

/** The blend a search ended with, heaviest member first; null for a single model. */
export function blendMembers(run: RunRecord): BlendMember[] | null {
	const search = run.settings.search;
	return (
		search?.ensemble?.members.map((m) => {
			const trial = search.trials.find((t) => t.id === m.trialId);
			return {
				trialId: m.trialId,
				weight: m.weight,
				model: trial ? describeTrialModel(trial.params) : 'trial not kept',
				knobs: trial ? describeTrialSettings(trial.params) : ''
			};
		}) ?? null
	);
}

/** The model in one line: the single model's settings, or "Blend of 3 models". */
export function describeRunModel(run: RunRecord): string {
	const blend = blendMembers(run);
	if (blend) return `Blend of ${blend.length} model${blend.length === 1 ? '' : 's'}`;
	return describeModelSpec(run.settings.model);
}

/**
 * The recipe's per-kind steps, one [kind, description] pair each (only the kinds among `featureKinds` when
 * given), then overrides, derived columns and date differences.
 */
export function describeRecipe(recipe: RecipeSpec, featureKinds?: Set<string>): [string, string][] {
	const n = recipe.numeric;
	const c = recipe.categorical;
	const t = recipe.text;
	const impute = n.impute === 'constant' ? `constant ${n.constant}` : n.impute;
	const steps: [string, string][] = [
		[
			'Numeric',
			`missing → ${impute}; missing indicator ${n.missingIndicator}; scaling ${n.scale}${n.log1p ? '; log(1 + x) first' : ''}`
		],
		[
			'Categorical',
			`missing → ${c.impute === 'own-level' ? `the level "${c.missingLevel}"` : 'the most frequent level'}; ` +
				(c.encoding === 'onehot'
					? `one-hot of the ${c.maxLevels} most frequent training levels, the rest "(other)"`
					: 'ordinal (the level’s index)')
		],
		['Date', recipe.date.parts.length ? `parts: ${recipe.date.parts.join(', ')}` : 'no parts'],
		[
			'Text',
			`TF-IDF of ${t.ngramRange[0]}–${t.ngramRange[1]}-word n-grams, ` +
				`${t.maxFeatures === null ? 'every term' : `at most ${t.maxFeatures} terms`}, stop words ${t.stopWords}` +
				`${t.sublinearTf ? ', sublinear tf' : ''}, norm ${t.norm}`
		]
	];
	const rows = featureKinds ? steps.filter(([k]) => featureKinds.has(k.toLowerCase())) : steps;
	for (const [column, override] of Object.entries(recipe.overrides)) {
		const changes = Object.entries(override).flatMap(([kind, options]) =>
			Object.entries(options ?? {}).map(([k, v]) => `${kind} ${k} = ${JSON.stringify(v)}`)
		);
		if (changes.length) rows.push([`Override: ${column}`, changes.join('; ')]);
	}
	const ops = { ratio: '/', difference: '−', product: '×' } as const;
	for (const d of recipe.derived)
		rows.push([`Derived: ${d.name}`, `${d.left} ${ops[d.op]} ${d.right}`]);
	for (const d of recipe.dateDiffs)
		rows.push([`Date difference: ${d.name}`, `days from ${d.from} to ${d.to}`]);
	return rows;
}
