/** What other features may use of levels; everything else in this folder is its own. */
export * from './level.entity';
export * from './level.loaders';
export * from './level.type';
