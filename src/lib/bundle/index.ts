export * from './bundle-types';
export * from './write-bundle';
