export * from './types';
export * from './train-run';
export * from './model-artifacts';
export * from './default-settings';
export * from './run-record';
export * from './runs-db';
export * from './execute-run';
export * from './compare';
