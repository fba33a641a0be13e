/** What other features may use of indicators; everything else in this folder is its own. */
export * from './indicator.entity';
export * from './indicator.loaders';
export * from './indicator.type';
