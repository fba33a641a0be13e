export * from './facts';
export * from './validate-condition';
export * from './rule';
export * from './evaluate-rules';
export * from './condition-cost';
export * from './describe-condition';
export * from './proposal-conflicts';
export type { JsonValue } from './json-value';
