import type { DataSource } from 'typeorm';
import type { Logger } from '../config/logger';
import type { AuthService } from '../modules/auth/auth.service';
import type { Role } from '../modules/users/role';
import type { Loaders } from './loaders';

/** Who is asking: a signed-in user through a session, or another app through an API token. */
export interface Viewer {
  /** null for an API token. */
  userId: string | null;
  /** null for an API token: its scopes say what it may do. */
  role: Role | null;
  unitId: string | null;
  sessionId: string | null;
  tokenId: string | null;
  /** An API token's scopes, e.g. read:rankings; empty for a user. */
  scopes: readonly string[];
}

export interface Context {
  viewer: Viewer | null;
  dataSource: DataSource;
  loaders: Loaders;
  auth: AuthService;
  log: Logger;
  /** The caller's address, for rate limits. */
  ip: string;
  /** Set by a successful `login`: the user who has just signed in, who may read their own account in its answer. */
  signedInUserId?: string;
}
