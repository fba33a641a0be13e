import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema } from 'graphql';
import {
  CHANGELOG,
  CURRENT_SCHEMA,
  RELEASED_SCHEMA,
  UNRELEASED_PLACEHOLDER,
  compareSchemas,
  formatReport,
  intendedBreakingChanges,
  releaseChangelog,
  releasedSnapshot,
  runCli,
} from './schema-check';

const released = `
  enum Status { ACTIVE CLOSED }
  type Unit { id: ID!  name: String!  code: String! }
  type Query {
    unit(id: ID!): Unit
    units(first: Int): [Unit!]!
    status: Status!
    legacyName: String
  }
`;

/** The released schema with `from` replaced by `to` (each must occur once). */
function edit(from: string, to: string): string {
  expect(released.split(from)).toHaveLength(2);
  return released.replace(from, to);
}

function changelog(unreleased: string, older = ''): string {
  return [
    '# API changelog',
    '',
    '## Deprecation policy',
    '',
    'Deprecate first.',
    '',
    '## Unreleased',
    '',
    unreleased,
    '',
    '## 0.1.0 — 2026-12-04',
    '',
    older || 'Baseline.',
    '',
  ].join('\n');
}

const noMarks = changelog(UNRELEASED_PLACEHOLDER);

function check(current: string, log = noMarks) {
  const comparison = compareSchemas(released, current, log);
  return { ...comparison, ...formatReport(comparison) };
}

describe('the schema check against the last release', () => {
  it('passes an unchanged schema', () => {
    const result = check(released);
    expect(result).toMatchObject({ ok: true, intended: [], unmarked: [], dangerous: [], staleMarks: [] });
  });

  it.each([
    ['a removed field', edit('  legacyName: String\n', ''), 'FIELD_REMOVED', 'Query.legacyName was removed.'],
    [
      'a removed type',
      released.replace(/unit\(id: ID!\): Unit|units\(first: Int\): \[Unit!\]!|type Unit [^}]*}/g, ''),
      'TYPE_REMOVED',
      'Unit was removed.',
    ],
    [
      'a changed field type',
      edit('name: String!', 'name: Int!'),
      'FIELD_CHANGED_KIND',
      'Unit.name changed type from String! to Int!.',
    ],
    [
      'a non-null field made nullable',
      edit('code: String!', 'code: String'),
      'FIELD_CHANGED_KIND',
      'Unit.code changed type from String! to String.',
    ],
    [
      'a newly required argument',
      edit('units(first: Int)', 'units(first: Int, level: Int!)'),
      'REQUIRED_ARG_ADDED',
      'A required arg level on Query.units was added.',
    ],
    [
      'an optional argument made required',
      edit('units(first: Int)', 'units(first: Int!)'),
      'ARG_CHANGED_KIND',
      'Query.units arg first has changed type from Int to Int!.',
    ],
    ['a removed argument', edit('units(first: Int)', 'units'), 'ARG_REMOVED', 'Query.units arg first was removed.'],
    [
      'a removed enum value',
      edit('{ ACTIVE CLOSED }', '{ ACTIVE }'),
      'VALUE_REMOVED_FROM_ENUM',
      'CLOSED was removed from enum type Status.',
    ],
  ])('fails on %s', (_name, current, type, description) => {
    const result = check(current);
    expect(result.ok).toBe(false);
    expect(result.unmarked).toContainEqual(expect.objectContaining({ type, description }));
    expect(result.text).toContain('FAILED');
    expect(result.text).toContain(`${type}: ${description}`);
    // How to mark it: the exact line to add under "Unreleased".
    expect(result.text).toContain(`- BREAKING: \`${description}\``);
  });

  it.each([
    ['an added field', edit('code: String! }', 'code: String!  shortName: String }')],
    [
      'an added type and a query for it',
      `${edit('status: Status!', 'status: Status!\n level: Level')} type Level { id: ID! }`,
    ],
    ['an added optional argument', edit('units(first: Int)', 'units(first: Int, after: String)')],
    ['an optional argument with a default', edit('units(first: Int)', 'units(first: Int, archived: Boolean = false)')],
    ['a nullable field made non-null', edit('  legacyName: String\n', '  legacyName: String!\n')],
    ['a default value given to an optional argument', edit('units(first: Int)', 'units(first: Int = 50)')],
  ])('passes %s', (_name, current) => {
    const result = check(current);
    expect(result.unmarked).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.text).toContain('OK');
  });

  it('passes a field marked @deprecated and still present', () => {
    const result = check(edit('legacyName: String', 'legacyName: String @deprecated(reason: "Use `unit.name`.")'));
    expect(result).toMatchObject({ ok: true, unmarked: [], dangerous: [] });
  });

  it('warns of a dangerous change without failing: a value added to an enum', () => {
    const result = check(edit('{ ACTIVE CLOSED }', '{ ACTIVE CLOSED ARCHIVED }'));
    expect(result.ok).toBe(true);
    expect(result.dangerous).toEqual([
      { type: 'VALUE_ADDED_TO_ENUM', description: 'ARCHIVED was added to enum type Status.' },
    ]);
    expect(result.text).toContain('Warning: 1 dangerous change(s)');
  });

  it('passes a breaking change marked as intended under "Unreleased"', () => {
    const current = edit('  legacyName: String\n', '');
    const log = changelog('- BREAKING: `Query.legacyName was removed.` — deprecated since 0.1.0; use `Unit.name`.');
    const result = check(current, log);
    expect(result.ok).toBe(true);
    expect(result.intended).toEqual([
      { type: 'FIELD_REMOVED', description: 'Query.legacyName was removed.', notDeprecatedFirst: true },
    ]);
    expect(result.text).toContain('1 breaking change(s) marked as intended');
  });

  it('passes the very line the failure suggests, once pasted under "Unreleased"', () => {
    const current = edit('units(first: Int)', 'units(first: Int, level: Int!)');
    const failure = check(current);
    const suggested = failure.text.split('\n').filter((line) => line.trim().startsWith('- BREAKING:'));
    expect(suggested).toHaveLength(1);
    expect(check(current, changelog(suggested[0].trim())).ok).toBe(true);
  });

  it('matches a mark loosely: spacing and the final period do not matter', () => {
    const log = changelog('* BREAKING:  `Query.legacyName  was removed`  (replaced by Unit.name)');
    expect(check(edit('  legacyName: String\n', ''), log).ok).toBe(true);
  });

  it('still fails on the breaking changes left unmarked when others are marked', () => {
    const current = edit('  legacyName: String\n', '').replace('name: String!', 'name: Int!');
    const result = check(current, changelog('- BREAKING: `Query.legacyName was removed.` — gone'));
    expect(result.ok).toBe(false);
    expect(result.intended.map((change) => change.description)).toEqual(['Query.legacyName was removed.']);
    expect(result.unmarked.map((change) => change.description)).toEqual([
      'Unit.name changed type from String! to Int!.',
    ]);
  });

  it('counts only marks under "Unreleased", not those of a past release', () => {
    const log = changelog(UNRELEASED_PLACEHOLDER, '- BREAKING: `Query.legacyName was removed.` — long ago');
    expect(intendedBreakingChanges(log)).toEqual([]);
    expect(check(edit('  legacyName: String\n', ''), log).ok).toBe(false);
    expect(intendedBreakingChanges('# API changelog\n\nNo heading.\n')).toEqual([]);
  });

  it('notes a removal that was not deprecated first, and not one that was', () => {
    const deprecated = released.replace(
      'legacyName: String',
      'legacyName: String @deprecated(reason: "Use Unit.name.")',
    );
    const removed = compareSchemas(deprecated, edit('  legacyName: String\n', ''), noMarks);
    expect(removed.unmarked).toEqual([{ type: 'FIELD_REMOVED', description: 'Query.legacyName was removed.' }]);
    const undeprecated = check(edit('  legacyName: String\n', ''));
    expect(undeprecated.text).toContain('Query.legacyName was removed. (not @deprecated in the last release first)');
  });

  it('warns of a mark that matches no change', () => {
    const result = check(released, changelog('- BREAKING: `Query.gone was removed.` — undone since'));
    expect(result.ok).toBe(true);
    expect(result.staleMarks).toEqual(['Query.gone was removed.']);
    expect(result.text).toContain('not found in the schema');
  });
});

describe('a release', () => {
  it('moves "Unreleased" under a dated version heading and leaves the placeholder', () => {
    const before = changelog('- Added `Unit.shortName`.\n- BREAKING: `Query.legacyName was removed.` — gone');
    const after = releaseChangelog(before, '0.2.0', '2027-01-15');
    expect(after).toContain(
      [
        '## Unreleased',
        '',
        UNRELEASED_PLACEHOLDER,
        '',
        '## 0.2.0 — 2027-01-15',
        '',
        '- Added `Unit.shortName`.',
        '- BREAKING: `Query.legacyName was removed.` — gone',
        '',
        '## 0.1.0 — 2026-12-04',
      ].join('\n'),
    );
    expect(after.startsWith('# API changelog\n\n## Deprecation policy')).toBe(true);
    expect(intendedBreakingChanges(after)).toEqual([]);
  });

  it('records an empty release as such, and refuses a version released already or a changelog without "Unreleased"', () => {
    expect(releaseChangelog(noMarks, '0.2.0', '2027-01-15')).toContain('## 0.2.0 — 2027-01-15\n\nNo schema change.\n');
    expect(() => releaseChangelog(noMarks, '0.1.0', '2027-01-15')).toThrow('already has a "## 0.1.0" heading');
    expect(() => releaseChangelog('# API changelog\n', '0.2.0', '2027-01-15')).toThrow('no "## Unreleased" heading');
  });

  it('snapshots the schema under a header naming the version', () => {
    const snapshot = releasedSnapshot('# Emitted by the API; do not edit.\n\ntype Query { a: Int }\n', '0.2.0');
    expect(snapshot).toMatch(/^# The API schema as of the last release \(0\.2\.0\)/);
    expect(snapshot).not.toContain('Emitted by the API');
    expect(snapshot).toContain('\n\ntype Query { a: Int }\n');
  });
});

describe('npm run schema:check', () => {
  let root: string;
  let output: string[];
  const io = { log: (text: string) => output.push(text), error: (text: string) => output.push(text) };
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-check-'));
    output = [];
    write(RELEASED_SCHEMA, releasedSnapshot(released, '0.1.0'));
    write(CURRENT_SCHEMA, `# Emitted by the API; do not edit.\n${released}`);
    write(CHANGELOG, noMarks);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('exits 0 on an additive change and 1 on a breaking one until it is marked', () => {
    write(CURRENT_SCHEMA, edit('code: String! }', 'code: String!  shortName: String }'));
    expect(runCli([], root, io)).toBe(0);
    write(CURRENT_SCHEMA, edit('  legacyName: String\n', ''));
    expect(runCli([], root, io)).toBe(1);
    expect(output.join('\n')).toContain('FAILED: 1 breaking change(s) not marked as intended');
    write(CHANGELOG, changelog('- BREAKING: `Query.legacyName was removed.` — use Unit.name'));
    expect(runCli([], root, io)).toBe(0);
  });

  it('--release moves "Unreleased", refreshes the snapshot, and the next check finds nothing', () => {
    const current = edit('  legacyName: String\n', '');
    write(CURRENT_SCHEMA, current);
    write(CHANGELOG, changelog('- BREAKING: `Query.legacyName was removed.` — use Unit.name'));
    const formatted: string[] = [];
    expect(runCli(['--release', '0.2.0', '--date', '2027-01-15'], root, io, (file) => formatted.push(file))).toBe(0);
    expect(formatted).toEqual([path.join(root, RELEASED_SCHEMA)]);
    expect(read(RELEASED_SCHEMA)).toBe(releasedSnapshot(current, '0.2.0'));
    expect(read(CHANGELOG)).toContain('## 0.2.0 — 2027-01-15\n\n- BREAKING: `Query.legacyName was removed.`');
    output = [];
    expect(runCli([], root, io)).toBe(0);
    expect(output.join('\n')).toContain('OK: no breaking change left unmarked (0 intended, 0 dangerous)');
  });

  it('--release refuses while a breaking change is unmarked, and writes nothing', () => {
    write(CURRENT_SCHEMA, edit('  legacyName: String\n', ''));
    expect(runCli(['--release', '0.2.0'], root, io)).toBe(1);
    expect(read(CHANGELOG)).toBe(noMarks);
    expect(read(RELEASED_SCHEMA)).toBe(releasedSnapshot(released, '0.1.0'));
  });

  it('answers 2 to a wrong usage', () => {
    expect(runCli(['--release'], root, io)).toBe(2);
    expect(runCli(['--release', '--date', '2027-01-15'], root, io)).toBe(2);
    expect(runCli(['--date', '2027-01-15'], root, io)).toBe(2);
    expect(runCli(['--release', '0.2.0', '--date', '15/01/2027'], root, io)).toBe(2);
    expect(runCli(['--force'], root, io)).toBe(2);
  });
});

describe('the committed files', () => {
  const repo = path.resolve(__dirname, '../..');

  it('hold a parsable released schema and a changelog with an "Unreleased" heading', () => {
    expect(buildSchema(fs.readFileSync(path.join(repo, RELEASED_SCHEMA), 'utf8')).getQueryType()).toBeTruthy();
    expect(fs.readFileSync(path.join(repo, CHANGELOG), 'utf8')).toMatch(/^## Unreleased$/m);
  });
});
