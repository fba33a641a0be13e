export * from './compare-review-proposals';
