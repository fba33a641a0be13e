/**
 * `npm run schema:check`: fails on a breaking change to apps/api/schema.graphql since the last release that
 * docs/api-changelog.md does not mark as intended. `npm run schema:check -- --release <version> [--date YYYY-MM-DD]`
 * also moves "Unreleased" under the version's heading and refreshes tools/schema-check/released-schema.graphql.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runCli } from './schema-check';

const root = path.resolve(__dirname, '../..');
const prettier = path.join(root, 'node_modules/prettier/bin/prettier.cjs');

process.exitCode = runCli(process.argv.slice(2), root, console, (file) =>
  execFileSync(process.execPath, [prettier, '--log-level', 'warn', '--write', file], { stdio: 'inherit' }),
);
