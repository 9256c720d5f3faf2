/** Features: the Recipe (spec, fit on training rows, apply anywhere), TF-IDF, target encoding, leak checks. */
export * from '$lib/shared/feature-matrix';
export * from './recipe-spec';
export { fitRecipe, applyRecipe, featureColumns, inputColumns } from './recipe';
export type { FittedRecipe, FittedDenseStep } from './recipe';
export type { FittedNumericStep, NumericSource } from './numeric-step';
export type { FittedCategoricalStep } from './encode';
export type { FittedBooleanStep } from './boolean';
export type { FittedTextStep } from './text-step';
export type { FittedImpute } from './impute';
export type { FittedScale } from './scale';
export { suggestLog1p, skewness } from './scale';
export { findLeaks, LEAK_THRESHOLD, type LeakWarning } from './leaks';
export { encodeTarget, MAX_CLASSES, type EncodedTarget } from './target';
export {
	fitTfidf,
	applyTfidf,
	fitApplyTfidf,
	defaultTfidfOptions,
	validateTfidfOptions,
	topTerms,
	type TfidfOptions,
	type FittedTfidf
} from '$lib/text/tfidf';
