/**
 * The run store, page-safe (no TF.js, no training): the run record and its settings types, default settings,
 * the IndexedDB store, comparing runs, and the runs export file. Running a run is src/lib/training; the
 * search over runs is src/lib/search.
 */
export * from './types';
export * from './default-settings';
export * from './run-record';
export * from './runs-db';
export * from './compare';
export * from './export';
