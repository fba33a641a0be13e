export * from './indicator-code';
