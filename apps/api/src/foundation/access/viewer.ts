import type { Role } from './role';

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
