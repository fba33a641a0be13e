export * from './administrative-heading';
