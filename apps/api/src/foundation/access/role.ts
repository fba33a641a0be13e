import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  BOARD = 'BOARD',
  REPORTER = 'REPORTER',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  description:
    'ADMIN: everything. BOARD: read all, decide reviews. REPORTER: read, report for its own unit subtree. VIEWER: read.',
});
