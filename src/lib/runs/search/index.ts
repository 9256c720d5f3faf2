/** "Find the best model": search space, strategies (random, successive halving), ranking, execution. */
export * from './space';
export * from './rank';
export * from './trial';
export * from './run-search';
export * from './execute-search';
