/** The class-balancing choice of a run (a leaf of the run types, so search types can use it without a cycle). */
import type { SamplingStrategy } from '$lib/balance';

/** How the training part's classes are balanced (validation and test rows are never touched). */
export type BalanceMethod =
	'none' | 'class-weights' | 'random-over' | 'random-under' | 'smote' | 'smote-nc' | 'borderline';

/** The balancing choice: method, neighbours k (SMOTE family) and the target counts per class. */
export type BalanceSettings = { method: BalanceMethod; k: number; strategy: SamplingStrategy };
