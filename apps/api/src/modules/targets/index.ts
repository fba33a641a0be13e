/** What other features may use of targets; everything else in this folder is its own. */
export * from './target.entity';
export * from './target.loaders';
export * from './target.type';
