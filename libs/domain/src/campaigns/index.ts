export * from './current-campaign';
