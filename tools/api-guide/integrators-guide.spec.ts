import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer, ROOT, type DemoServer } from './demo-server';
import { compareOutput, examplesOf } from './guide';
import { ShellSession } from './shell-session';

/**
 * docs/integrators-guide.md, run: every `sh` block in order in one bash session against a demo server started here
 * (as `npm start` serves it), each output compared with the `text` block after it (see guide.ts for the
 * placeholders). The guide's last examples run the typed client of tools/api-client-example.
 */
const GUIDE = path.join(ROOT, 'docs/integrators-guide.md');
const examples = examplesOf(fs.readFileSync(GUIDE, 'utf8'));

/** The example client's code generated afresh into a temporary directory (its files by name), or the failure. */
let freshCodegen: Promise<Map<string, string>>;

function generateClientCode(): Promise<Map<string, string>> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-client-codegen-'));
  const bin = path.join(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js');
  return new Promise<Map<string, string>>((resolve, reject) => {
    execFile(
      process.execPath,
      [bin, '--config', 'tools/api-client-example/codegen.ts', '--silent'],
      { cwd: ROOT, env: { ...process.env, API_CLIENT_CODEGEN_OUT: `${out}/` } },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`graphql-codegen failed: ${error.message}\n${stdout}${stderr}`));
          return;
        }
        resolve(new Map(fs.readdirSync(out).map((name) => [name, fs.readFileSync(path.join(out, name), 'utf8')])));
      },
    );
  }).finally(() => fs.rmSync(out, { recursive: true, force: true }));
}

beforeAll(() => {
  // Beside the demo server's start, which takes most of the run; awaited by the last test.
  freshCodegen = generateClientCode();
  freshCodegen.catch(() => {}); // reported by that test
});

describe('docs/integrators-guide.md against the demo', () => {
  let server: DemoServer;
  let shell: ShellSession;

  beforeAll(async () => {
    for (const tool of ['curl', 'jq']) {
      try {
        execFileSync('bash', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
      } catch {
        throw new Error(`The guide's examples need ${tool}: install it (Debian: apt-get install ${tool}).`);
      }
    }
    server = await startDemoServer();
    shell = new ShellSession({
      cwd: ROOT,
      // What a reader's terminal has, and API pointing at the demo started here (the guide keeps an API already set).
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? os.homedir(),
        TMPDIR: os.tmpdir(),
        LANG: 'C.UTF-8',
        LC_ALL: 'C.UTF-8',
        API: server.url,
      },
    });
  }, 180_000);

  afterAll(async () => {
    shell?.close();
    await server?.stop();
  });

  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  for (const [i, example] of examples.entries()) {
    const title = example.command.split('\n').find((line) => line.trim() && !line.startsWith('#')) ?? '';
    it(`example ${i + 1} (line ${example.line}, ${example.heading}): ${title.slice(0, 60)}`, async () => {
      const { output } = await shell.run(example.command);
      const comparison = compareOutput(example.expected, output);
      if (!comparison.ok) {
        throw new Error(`docs/integrators-guide.md line ${example.line}:\n${example.command}\n\n${comparison.message}`);
      }
    });
  }
});

describe('tools/api-client-example', () => {
  it('commits the code GraphQL Code Generator makes from apps/api/schema.graphql and its documents', async () => {
    const fresh = await freshCodegen;
    const committed = path.join(ROOT, 'tools/api-client-example/src/generated');
    expect(fs.readdirSync(committed).sort()).toEqual([...fresh.keys()].sort());
    for (const [name, content] of fresh) {
      if (fs.readFileSync(path.join(committed, name), 'utf8') !== content) {
        throw new Error(
          `tools/api-client-example/src/generated/${name} is out of date: run npx nx run api-client-example:codegen`,
        );
      }
    }
  });
});
