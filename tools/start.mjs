#!/usr/bin/env node
// `npm start`: builds the API and the web app (cached by Nx), then runs the one server that serves both.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nx = path.join(root, 'node_modules/nx/dist/bin/nx.js');

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
