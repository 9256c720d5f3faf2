/**
 * One run end to end: split the rows, fit the pipeline (Recipe, balancing, model), threshold on validation,
 * evaluate on test, importance and term weights, and store the record. TF.js-bound: only workers, the CLI,
 * bench and tests import it, never the page.
 */
export * from './train-run';
export * from './term-weights';
export * from '$lib/models/tfjs-artifacts';
export * from './execute-run';
export * from './pipeline';
export * from './split-rows';
