/**
 * @thidua/domain — the rules of docs/domain.md §3–5 as pure functions: no clock, no I/O, no framework. The Cà Mau
 * demo's data (schedule, indicators, targets, rules) is a separate entry point: `@thidua/domain/fixtures`.
 */
export * from './message';
export * from './result';
export * from './periods';
export * from './targets';
export * from './indicators';
export * from './figures';
export * from './ranking';
export * from './rules';
export * from './documents';
export * from './reviews';
export * from './campaigns';
export * from './text';
