/**
 * The API's schema evolution check: apps/api/schema.graphql against the last release's schema
 * (tools/schema-check/released-schema.graphql), with graphql-js's own findBreakingChanges / findDangerousChanges.
 * A breaking change passes only when docs/api-changelog.md marks it as intended under its "Unreleased" heading:
 *
 *   - BREAKING: `Query.oldField was removed.` — why, and what to use instead
 *
 * (the change's description exactly as graphql-js prints it, in backticks). Dangerous changes are warnings.
 * `--release <version> [--date YYYY-MM-DD]` moves "Unreleased" under a dated version heading and refreshes the
 * snapshot.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';

export const CHANGELOG = 'docs/api-changelog.md';
export const CURRENT_SCHEMA = 'apps/api/schema.graphql';
export const RELEASED_SCHEMA = 'tools/schema-check/released-schema.graphql';
export const UNRELEASED_PLACEHOLDER = '_Nothing yet._';

export interface SchemaChange {
  type: string;
  description: string;
  /** Set when the removed field, argument or enum value was not @deprecated in the released schema. */
  notDeprecatedFirst?: boolean;
}

export interface SchemaComparison {
  /** Breaking changes the changelog marks as intended. */
  intended: SchemaChange[];
  /** Breaking changes the changelog does not mark: the check fails on any. */
  unmarked: SchemaChange[];
  dangerous: SchemaChange[];
  /** Marks under "Unreleased" that match no breaking change (harmless; perhaps a change undone since). */
  staleMarks: string[];
}

/** A description compared loosely: whitespace collapsed, no trailing period. */
function normalize(description: string): string {
  return description.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

/** The lines of the "## Unreleased" section (up to the next level-2 heading), or null without one. */
function unreleasedRange(lines: string[]): { start: number; end: number } | null {
  const heading = lines.findIndex((line) => /^##\s+unreleased\b/i.test(line.trim()));
  if (heading < 0) return null;
  let end = heading + 1;
  while (end < lines.length && !/^##\s/.test(lines[end])) end++;
  return { start: heading + 1, end };
}

/** The breaking changes marked as intended under "## Unreleased": `- BREAKING: \`<description>\` — reason`. */
export function intendedBreakingChanges(changelog: string): string[] {
  const lines = changelog.split('\n');
  const range = unreleasedRange(lines);
  if (!range) return [];
  const marks: string[] = [];
  for (const line of lines.slice(range.start, range.end)) {
    const match = /^\s*[-*]\s+BREAKING:\s*`([^`]+)`/.exec(line);
    if (match) marks.push(match[1].trim());
  }
  return marks;
}

function wasDeprecated(released: GraphQLSchema, description: string): boolean | undefined {
  const removedEnumValue = /^(\w+) was removed from enum type (\w+)\.$/.exec(description);
  if (removedEnumValue) {
    const type = released.getType(removedEnumValue[2]);
    return isEnumType(type) ? Boolean(type.getValue(removedEnumValue[1])?.deprecationReason) : undefined;
  }
  const removedArgument = /^(\w+)\.(\w+) arg (\w+) was removed\.$/.exec(description);
  const removedField = /^(\w+)\.(\w+) was removed\.$/.exec(description);
  const [, typeName, fieldName, argumentName] = removedArgument ?? removedField ?? [];
  if (!typeName) return undefined;
  const type = released.getType(typeName);
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return undefined;
  const field = type.getFields()[fieldName];
  if (!field) return undefined;
  if (!argumentName) return Boolean(field.deprecationReason);
  const argument = 'args' in field ? field.args.find((candidate) => candidate.name === argumentName) : undefined;
  return argument ? Boolean(argument.deprecationReason) : undefined;
}

/** Compares two SDL texts; `changelog` is docs/api-changelog.md's text, for the breaking changes marked intended. */
export function compareSchemas(releasedSdl: string, currentSdl: string, changelog: string): SchemaComparison {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const marks = intendedBreakingChanges(changelog);
  const marked = new Set(marks.map(normalize));
  const matched = new Set<string>();
  const intended: SchemaChange[] = [];
  const unmarked: SchemaChange[] = [];
  for (const change of findBreakingChanges(released, current)) {
    const entry: SchemaChange = { type: change.type, description: change.description };
    if (wasDeprecated(released, change.description) === false) entry.notDeprecatedFirst = true;
    const key = normalize(change.description);
    if (marked.has(key)) {
      matched.add(key);
      intended.push(entry);
    } else unmarked.push(entry);
  }
  const dangerous = findDangerousChanges(released, current).map(({ type, description }) => ({ type, description }));
  const staleMarks = marks.filter((mark) => !matched.has(normalize(mark)));
  return { intended, unmarked, dangerous, staleMarks };
}

function changeLine(change: SchemaChange): string {
  const note = change.notDeprecatedFirst ? ' (not @deprecated in the last release first)' : '';
  return `  - ${change.type}: ${change.description}${note}`;
}

/** The report printed by the check; `ok` is false when a breaking change is not marked as intended. */
export function formatReport(comparison: SchemaComparison): { ok: boolean; text: string } {
  const { intended, unmarked, dangerous, staleMarks } = comparison;
  const out: string[] = [`Schema check: ${CURRENT_SCHEMA} against the last release (${RELEASED_SCHEMA})`];
  if (intended.length) {
    out.push(
      '',
      `${intended.length} breaking change(s) marked as intended in ${CHANGELOG}:`,
      ...intended.map(changeLine),
    );
  }
  if (dangerous.length) {
    out.push(
      '',
      `Warning: ${dangerous.length} dangerous change(s) (valid, but a client may behave differently, e.g. on a new enum value):`,
      ...dangerous.map(changeLine),
    );
  }
  if (staleMarks.length) {
    out.push(
      '',
      `Warning: marked as intended under "Unreleased" in ${CHANGELOG} but not found in the schema:`,
      ...staleMarks.map((mark) => `  - ${mark}`),
    );
  }
  if (unmarked.length) {
    out.push(
      '',
      `FAILED: ${unmarked.length} breaking change(s) not marked as intended:`,
      ...unmarked.map(changeLine),
      '',
      'Other apps build on this API. Prefer an additive change: add the new field, mark the old one',
      '@deprecated(reason: "Use … instead.") and remove it in a later release (the policy in ' + CHANGELOG + ').',
      `If the break is intended, list it under "## Unreleased" in ${CHANGELOG}, one line per change:`,
      ...unmarked.map((change) => `  - BREAKING: \`${change.description}\` — why, and what to use instead`),
    );
    return { ok: false, text: out.join('\n') };
  }
  out.push('', `OK: no breaking change left unmarked (${intended.length} intended, ${dangerous.length} dangerous).`);
  return { ok: true, text: out.join('\n') };
}

/**
 * The changelog with "Unreleased" moved under `## <version> — <date>` and a fresh "Unreleased" holding the
 * placeholder. Throws without an "Unreleased" heading or when the version already has one.
 */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  const lines = changelog.split('\n');
  const range = unreleasedRange(lines);
  if (!range) throw new Error(`${CHANGELOG} has no "## Unreleased" heading.`);
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (lines.some((line) => new RegExp(`^##\\s+${escaped}(\\s|$)`).test(line)))
    throw new Error(`${CHANGELOG} already has a "## ${version}" heading.`);
  const body = lines.slice(range.start, range.end).filter((line) => line.trim() !== UNRELEASED_PLACEHOLDER);
  while (body.length && !body[0].trim()) body.shift();
  while (body.length && !body[body.length - 1].trim()) body.pop();
  const released = [`## ${version} — ${date}`, '', ...(body.length ? body : ['No schema change.']), ''];
  const fresh = ['', UNRELEASED_PLACEHOLDER, ''];
  return [...lines.slice(0, range.start), ...fresh, ...released, ...lines.slice(range.end)].join('\n');
}

/** The snapshot written at a release: the current schema under a header naming the version. */
export function releasedSnapshot(currentSdl: string, version: string): string {
  const header =
    `# The API schema as of the last release (${version}), the baseline \`npm run schema:check\` compares ` +
    `${CURRENT_SCHEMA} with.\n# Written by \`npm run schema:check -- --release <version>\`; do not edit.\n`;
  return header + currentSdl.replace(/^(#[^\n]*\n)+/, '');
}

export interface CliIo {
  log(text: string): void;
  error(text: string): void;
}

/**
 * `schema:check [--release <version> [--date YYYY-MM-DD]]` in the repository at `root`; answers the exit code.
 * `formatFile` formats the refreshed snapshot in place (prettier in the command line; nothing in tests).
 */
export function runCli(args: string[], root: string, io: CliIo, formatFile: (file: string) => void = () => {}): number {
  const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
  const option = (name: string) => {
    const index = args.indexOf(name);
    return index < 0 ? undefined : (args[index + 1] ?? '');
  };
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--release' && arg !== '--date');
  const version = option('--release');
  const date = option('--date') ?? new Date().toISOString().slice(0, 10);
  if (unknown.length || version === '' || version?.startsWith('--') || (option('--date') !== undefined && !version)) {
    io.error('Usage: npm run schema:check [-- --release <version> [--date YYYY-MM-DD]]');
    return 2;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    io.error(`--date ${date}: expected YYYY-MM-DD.`);
    return 2;
  }

  const changelog = read(CHANGELOG);
  const current = read(CURRENT_SCHEMA);
  const report = formatReport(compareSchemas(read(RELEASED_SCHEMA), current, changelog));
  if (!report.ok) {
    io.error(report.text);
    return 1;
  }
  io.log(report.text);
  if (!version) return 0;

  let nextChangelog: string;
  try {
    nextChangelog = releaseChangelog(changelog, version, date);
  } catch (error) {
    io.error((error as Error).message);
    return 1;
  }
  const snapshotPath = path.join(root, RELEASED_SCHEMA);
  fs.writeFileSync(snapshotPath, releasedSnapshot(current, version));
  formatFile(snapshotPath);
  fs.writeFileSync(path.join(root, CHANGELOG), nextChangelog);
  io.log(`\nReleased ${version} (${date}): "Unreleased" moved in ${CHANGELOG}, ${RELEASED_SCHEMA} refreshed.`);
  return 0;
}
