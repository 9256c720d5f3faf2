/**
 * "Find the best model": search space, strategies (random, successive halving, TPE), cross-validation,
 * ranking, ensemble selection over the finished trials, blend runs, execution. The trial records it
 * produces live with the run store (src/lib/runs/trial.ts) and are re-exported here.
 */
export * from './space';
export * from './space-check';
export * from './start-trials';
export * from './tpe';
export * from './rank';
export * from '$lib/runs/trial';
export * from './run-search';
export * from './ensemble-select';
export * from './ensemble-candidates';
export * from './execute-search';
export * from '$lib/runs/describe-trial';
export * from './ensemble-run';
