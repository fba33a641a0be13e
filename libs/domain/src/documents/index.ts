export * from './administrative-heading';
export * from './decision-document';
