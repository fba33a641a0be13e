import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export interface DemoServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  stop(): Promise<void>;
}

/**
 * The server as `npm start` runs it, with the whole Cà Mau demo (SEED=demo) in a new embedded database and the
 * default limits, but from the TypeScript sources (no build needed), on a free port, without the web app.
 */
export async function startDemoServer(timeoutMs = 120_000): Promise<DemoServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-guide-demo-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    // The demo's own settings only: nothing a CI job or a developer's shell may have set for the API.
    if (
      /^(DATABASE_URL|SEED|ADMIN_|SESSION_SECRET|RATE_BUDGET|RANKING_CACHE|PUBLIC_|TRUST_PROXY|JEST_|NODE_ENV)/.test(
        name,
      )
    )
      delete env[name];
  }
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(ROOT, 'apps/api/src/main.ts')],
    {
      cwd: ROOT,
      env: {
        ...env,
        SWC_NODE_PROJECT: path.join(ROOT, 'apps/api/tsconfig.json'),
        NODE_OPTIONS: '--experimental-vm-modules --no-warnings=ExperimentalWarning',
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        SEED: 'demo',
        WEB_DIR: 'none',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    const port = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the demo server did not start in ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at http:\/\/[^:\s]+:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the demo server exited with ${code}:\n${output}`));
      });
    });
    return {
      url: `http://127.0.0.1:${port}`,
      async stop() {
        child.kill('SIGTERM');
        await exited;
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
