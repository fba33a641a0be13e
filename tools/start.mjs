#!/usr/bin/env node
// `npm start`: builds the API and the web app (cached by Nx), then runs the one server that serves both.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nx = path.join(root, 'node_modules/nx/dist/bin/nx.js');

// A server already running on the embedded database: refuse before building (the build replaces dist/ under it).
// The server checks again, and owns the rules (apps/api/src/foundation/database/data-directory-lock.ts); this is the
// quick look.
const runningOwner = process.env.DATABASE_URL ? null : liveOwnerOf(path.resolve(root, process.env.DATA_DIR || '.data'));
if (runningOwner) {
  console.error(`ThiĐua failed to start: ${runningOwner}`);
  process.exit(1);
}

const build = spawnSync(process.execPath, [nx, 'run-many', '-t', 'build', '-p', 'api,web', '--output-style=static'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
});
if (build.status !== 0) {
  console.error('ThiĐua: the build failed (see above).');
  process.exit(build.status ?? 1);
}

const server = spawn(
  process.execPath,
  ['--enable-source-maps', path.join(root, 'dist/apps/api/apps/api/src/main.js')],
  {
    cwd: root,
    stdio: 'inherit',
    env: { WEB_DIR: path.join(root, 'dist/apps/web'), ...process.env },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** "the data directory … is in use by process …" when DATA_DIR's lock names a process that is running here. */
function liveOwnerOf(dataDir) {
  let owner;
  try {
    owner = JSON.parse(fs.readFileSync(path.join(dataDir, 'thidua.lock'), 'utf8'));
  } catch {
    return null;
  }
  if (owner.hostname !== os.hostname() || !Number.isSafeInteger(owner.pid)) return null;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if (error.code === 'ESRCH') return null;
  }
  let start = null;
  try {
    const stat = fs.readFileSync(`/proc/${owner.pid}/stat`, 'utf8');
    start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    // no /proc: the pid alone decides
  }
  if (start && owner.processStart && start !== owner.processStart) return null;
  const command = String(owner.command).replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return (
    `the data directory ${dataDir} is in use by process ${owner.pid} (${command}, since ${owner.startedAt}); ` +
    'only one process may open it at a time'
  );
}
