/**
 * Short human names for model settings (run names, settings summaries, leaderboards), in the language in use
 * (or `locale`: English for files machines read). Free of TF.js.
 */
import { currentLocale, m, type Locale } from '$lib/i18n';
import type { ModelSpec } from './spec';

/**
 * A setting's number as the language writes it: English as JavaScript prints it ("0.001", "1e-7"), Spanish
 * with a decimal comma ("0,001"); no digit grouping, so "256" and "10000" read the same in both.
 */
export const settingNumber = (value: number, locale?: Locale): string => {
	const plain = String(value);
	return (locale ?? currentLocale()) === 'es' ? plain.replace('.', ',') : plain;
};

/** "Logistic", "MLP 64-32" or "Trees 31 leaves": the default run name's model part. */
export function modelShortName(
	spec: Pick<ModelSpec, 'family' | 'hiddenUnits' | 'trees'>,
	locale?: Locale
): string {
	if (spec.family === 'mlp') return `MLP ${spec.hiddenUnits.join('-')}`;
	if (spec.family === 'gbdt')
		return m.train_short_trees({ leaves: spec.trees?.maxLeafNodes ?? '?' }, { locale });
	return m.train_short_logistic({}, { locale });
}

/** One line with every setting of the model, as the run page shows it. */
export function describeModelSpec(spec: ModelSpec, locale?: Locale): string {
	const n = (value: number) => settingNumber(value, locale);
	if (spec.family === 'gbdt') {
		const t = spec.trees;
		const depth =
			t?.maxDepth == null
				? m.train_spec_no_depth_limit({}, { locale })
				: m.train_spec_depth({ depth: t.maxDepth }, { locale });
		return m.train_spec_gbdt(
			{
				iterations: spec.maxEpochs,
				learningRate: n(spec.learningRate),
				leaves: t?.maxLeafNodes ?? '?',
				depth,
				minLeaf: t?.minSamplesLeaf ?? '?',
				bins: t?.maxBins ?? '?',
				l2: n(spec.l2),
				patience: spec.patience
			},
			{ locale }
		);
	}
	if (spec.family === 'logistic' && spec.solver === 'lbfgs')
		return m.train_spec_lbfgs({ l2: n(spec.l2), iterations: spec.maxEpochs }, { locale });
	const family =
		spec.family === 'mlp'
			? `MLP (${spec.hiddenUnits.join(', ')}), ${spec.activation}, dropout ${n(spec.dropout)}`
			: m.train_family_logistic_plain({}, { locale });
	return m.train_spec_adam(
		{
			family,
			l2: n(spec.l2),
			learningRate: n(spec.learningRate),
			batch: spec.batchSize,
			epochs: spec.maxEpochs,
			patience: spec.patience
		},
		{ locale }
	);
}
