export * from './target-value';
export * from './resolve-target';
