export * from './db';
export * from './dataset-record';
export * from './datasets-db';
export * from './ingest';
