import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../../..');

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

/** Where jest's global set-up left a data directory holding the whole demo (see `prepareDemoData`). */
export const DEMO_DATA_ENV = 'THIDUA_E2E_DEMO_DATA';
/**
 * Never copied: the data directory's lock (apps/api foundation/database/data-directory-lock.ts) and the embedded
 * database's socket directory (a socket file cannot be copied; a server that stopped uncleanly leaves one behind, and
 * each server makes its own).
 */
const NOT_COPIED = /^(thidua\.lock|thidua-socket$)/;

/**
 * The built server (`nx run-many -t build`) on a free port, over a new embedded database with the demo's set-up
 * (units, users, the campaign; no reports), or with `seed: 'demo'` the whole demo with its reports and reviews — a
 * copy of the one loaded once by the global set-up when there is one (loading it takes about 20 s), else loaded here.
 */
export async function startAppServer(options: { seed?: 'demo' | 'demo-setup' } = {}): Promise<AppServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-'));
  const demoData = process.env[DEMO_DATA_ENV];
  if (options.seed === 'demo' && demoData) {
    fs.cpSync(demoData, dataDir, { recursive: true, filter: (source) => !NOT_COPIED.test(path.basename(source)) });
  }
  const server = await launch(dataDir, options.seed ?? 'demo-setup');
  return {
    url: server.url,
    async stop() {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Loads the whole demo into a new data directory, once per run, and stops the server cleanly: the suites copy it. */
export async function prepareDemoData(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-demo-'));
  await (await launch(dataDir, 'demo')).stop();
  return dataDir;
}

/** The server over `dataDir`; the demo (or its set-up) is loaded only into an empty database. */
async function launch(dataDir: string, seed: 'demo' | 'demo-setup'): Promise<AppServer> {
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'dist/apps/api/apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED: seed,
      WEB_DIR: path.join(root, 'dist/apps/web'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
