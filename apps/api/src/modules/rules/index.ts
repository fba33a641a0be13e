/** What other features may use of rules; everything else in this folder is its own. */
export * from './proposals.engine';
export * from './rule.entity';
export * from './rule.type';
export * from './rules-preview';
export * from './condition-text';
