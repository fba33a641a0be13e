/** What another app's token may do. A scope covers the objects its answers contain (a ranking's units, indicators…). */
export const SCOPES = ['read:units', 'read:reports', 'read:rankings', 'write:reports'] as const;
export type Scope = (typeof SCOPES)[number];

const PREFIX = 'scope:';

/** In `@Authorized(...)`: admits API tokens that carry this scope (users are admitted by their roles). */
export function scope(name: Scope): string {
  return PREFIX + name;
}

export const READ_UNITS = scope('read:units');
export const READ_REPORTS = scope('read:reports');
export const READ_RANKINGS = scope('read:rankings');
export const WRITE_REPORTS = scope('write:reports');

/** Splits `@Authorized` entries into roles (for users) and scopes (for tokens). */
export function splitAuthorized(entries: readonly string[]): { roles: string[]; scopes: string[] } {
  return {
    roles: entries.filter((entry) => !entry.startsWith(PREFIX)),
    scopes: entries.filter((entry) => entry.startsWith(PREFIX)).map((entry) => entry.slice(PREFIX.length)),
  };
}
