export * from './counts';
export * from './exact';
export * from './exceeding';
export * from './indicator-figure';
export * from './score';
export * from './projection';
export * from './summary';
