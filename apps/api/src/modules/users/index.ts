/** What other features may use of users; everything else in this folder is its own. */
export * from './password';
export * from './person.type';
export * from './session.entity';
export * from './sessions';
export * from './user.entity';
export * from './user.loaders';
export * from './user.type';
export * from './users.service';
