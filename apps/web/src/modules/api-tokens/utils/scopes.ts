/** The scopes the API knows (apps/api/src/foundation/access/scopes.ts), reads first. */
export const SCOPES = ['read:units', 'read:reports', 'read:rankings', 'write:reports'] as const;
export type Scope = (typeof SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

const SCOPE_KEYS = {
  'read:units': 'readUnits',
  'read:reports': 'readReports',
  'read:rankings': 'readRankings',
  'write:reports': 'writeReports',
} as const;

/** The locale key of a scope (i18next reads ":" as a namespace separator, so the scope itself cannot be the key). */
export function scopeKey(scope: Scope): (typeof SCOPE_KEYS)[Scope] {
  return SCOPE_KEYS[scope];
}

/** A query the token's scopes allow, for the example shown beside a new token. */
export function exampleQuery(scopes: readonly string[]): string {
  if (scopes.includes('read:rankings') || scopes.includes('read:reports'))
    return '{ campaigns(first: 1) { edges { node { id name } } } }';
  return '{ units(first: 1) { totalCount } }';
}

/** A curl call against this server's /graphql with the token (single quotes: the shell leaves the JSON alone). */
export function curlExample(origin: string, token: string, scopes: readonly string[]): string {
  const body = JSON.stringify({ query: exampleQuery(scopes) });
  return [
    `curl -s ${origin}/graphql \\`,
    `  -H 'content-type: application/json' \\`,
    `  -H 'authorization: Bearer ${token}' \\`,
    `  -d '${body}'`,
  ].join('\n');
}
