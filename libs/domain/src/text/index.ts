export * from './search';
export * from './public-slug';
