export * from './facts';
export * from './validate-condition';
export * from './rule';
export * from './evaluate-rules';
export * from './condition-cost';
