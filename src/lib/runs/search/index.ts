/**
 * "Find the best model": search space, strategies (random, successive halving, TPE), ranking, ensemble
 * selection over the finished trials, execution.
 */
export * from './space';
export * from './space-check';
export * from './start-trials';
export * from './tpe';
export * from './rank';
export * from './trial';
export * from './run-search';
export * from './ensemble-select';
export * from './ensemble-candidates';
export * from './execute-search';
export * from './describe-trial';
