/**
 * Gradient-boosted trees (histogram boosting after scikit-learn's HistGradientBoostingClassifier): fit, score,
 * check a stored model. No TF.js: this runs in a worker, the page and Node alike.
 */
export { fitGbdt, type GbdtFit } from './fit';
export { predictGbdt } from './predict';
export { validateGbdtArtifacts } from './validate';
export { featureSplitCounts } from './importance';
export { GBDT_FORMAT, GBDT_VERSION, type GbdtArtifacts, type GbdtTree } from './types';
