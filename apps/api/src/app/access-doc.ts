import { CALLERS, HTTP_MATRIX, MATRIX, type Caller } from './authorization-matrix';

const SCOPES = ['read:units', 'read:reports', 'read:rankings', 'write:reports'] as const;
const HEADINGS: Record<Caller, string> = {
  ADMIN: 'ADMIN',
  BOARD: 'BOARD',
  REPORTER: 'REPORTER',
  VIEWER: 'VIEWER',
  'read:units': '`read:units`',
  'read:reports': '`read:reports`',
  'read:rankings': '`read:rankings`',
  'write:reports': '`write:reports`',
  none: 'no token',
};

/** Every operation and route, queries first, each group in alphabetical order. */
function entries(): [string, Caller[]][] {
  const byName = (a: [string, Caller[]], b: [string, Caller[]]) => a[0].localeCompare(b[0]);
  return [...Object.entries(MATRIX).sort(byName), ...Object.entries(HTTP_MATRIX).sort(byName)];
}

/**
 * What a token with this one scope may call, GraphQL operations then HTTP routes, leaving out what every token may
 * (`viewer`) and what needs none (`login`, the public scoreboard): the README says those once.
 */
function allowedFor(caller: Caller): string[] {
  const everyToken = (callers: Caller[]) => SCOPES.every((scope) => callers.includes(scope));
  return entries()
    .filter(([, callers]) => callers.includes(caller) && !callers.includes('none') && !everyToken(callers))
    .map(([name]) => `\`${name}\``);
}

/**
 * docs/api-access.md: who may call every query, mutation and HTTP route, from the authorization matrix that the
 * integration test proves against the server. Checked by access-doc.spec.ts; refreshed with `npm run schema`.
 */
export function apiAccessDoc(): string {
  const lines = [
    '# Who may call what',
    '',
    '<!-- Generated from apps/api/src/app/authorization-matrix.ts by access-doc.spec.ts: edit the matrix, then run',
    '     `npm run schema`. authorization-matrix.int-spec.ts calls every operation and route as every caller. -->',
    '',
    'Users act by their role; an API token by its scopes. A token may carry several scopes: it may call what any of',
    'them allows (roles never admit a token, scopes never a user). A scope covers the objects its answers contain (a',
    "ranking's units, indicators and periods). Refused callers get `UNAUTHENTICATED` (no valid token; HTTP 401 on a",
    'route) or `FORBIDDEN` (HTTP 403), before any input is looked at.',
    '',
    `| operation | ${CALLERS.map((caller) => HEADINGS[caller]).join(' | ')} |`,
    `|---|${CALLERS.map(() => ':-:').join('|')}|`,
    ...entries().map(
      ([name, callers]) =>
        `| \`${name}\` | ${CALLERS.map((caller) => (callers.includes(caller) ? '✓' : '')).join(' | ')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

/** The README's table of roles and scopes: the roles in words, then what each scope alone admits. */
export function readmeScopeTable(): string {
  return [
    '| caller | may |',
    '|---|---|',
    '| `ADMIN` | everything: units, campaigns, indicators, targets, rules, users, API tokens, imports, publishing |',
    '| `BOARD` | read everything; preview rules; create reviews, add and decide proposals, finalize |',
    '| `REPORTER` | read everything; submit and revise reports for its own unit and the units under it |',
    '| `VIEWER` | read everything |',
    ...SCOPES.map((scope) => `| API token \`${scope}\` | ${allowedFor(scope).join(', ')} |`),
    '| any signed-in caller | `viewer`: who is asking (a user and its role, or a token and its scopes) and the units ' +
      'it may report for |',
    '| anyone, without a token | `login`; the public scoreboard (`GET /public/scoreboards/…`) |',
  ].join('\n');
}
