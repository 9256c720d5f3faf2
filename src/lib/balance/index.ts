/**
 * Class balancing for the training rows only (applied after the feature recipe): SMOTE, Borderline-SMOTE,
 * SMOTE-NC, random over/under-sampling and balanced class weights, matching imbalanced-learn 0.10 and
 * scikit-learn 1.2 (counts per class, neighbour sets, danger rows, median_std, weights). Plain typed arrays in,
 * plain typed arrays out; randomness from the caller's seeded `Rng`.
 */
export { targetCounts, countClasses, type SamplingStrategy } from './strategy';
export type { Dense, Mixed } from './validate';
export { oversampleSmote, type Synthetic, type SmoteOptions } from './smote';
export { oversampleBorderline } from './borderline';
export { oversampleSmoteNc, medianStdOfMinority, type SyntheticMixed } from './smote-nc';
export { oversampleRandom, undersampleRandom, type Labels } from './resample';
export { balancedClassWeights } from './class-weights';
export { kNearest, type Neighbors, type KNearestOptions } from './knn';
