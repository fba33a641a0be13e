import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import pg from 'pg';
import { LOCK_FILE, readDataDirectoryOwner } from './data-directory-lock';
import { EmbeddedDatabaseErrorCode, isEmbeddedDatabaseError } from './embedded-database-error';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/**
 * One owner per embedded data directory, a clear refusal of damaged or foreign directories, and no TCP port: real
 * PGlite databases on disk, with the owners run as separate processes (node + @swc-node/register, as npm runs
 * the tools). A template database is made once and copied for each case (initdb takes seconds).
 */
const root = path.resolve(__dirname, '../../../../..');
/**
 * These suites make their own embedded databases and never touch the integration database: on the pass over a
 * PostgreSQL server (TEST_DATABASE_URL) they would only repeat the embedded pass, so they run there alone.
 */
const embeddedPass = Boolean(process.env.THIDUA_TEST_DB_EMBEDDED);
const suite = embeddedPass ? describe : describe.skip;
const OWNER_SCRIPT = path.join(root, 'apps/api/test/data-directory-owner.ts');
const SLOW = 180_000;

let scratch: string;
let template: string;
let copies = 0;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-owner-'));
  template = path.join(scratch, 'template');
  const database = await startEmbeddedPostgres({ dataDir: template, maxConnections: 2 });
  await query(database, 'CREATE TABLE acknowledged (n integer PRIMARY KEY)');
  await database.stop();
}, SLOW);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function copyOfTemplate(name = 'db'): string {
  const dataDir = path.join(scratch, `${name}-${copies++}`);
  fs.cpSync(template, dataDir, { recursive: true });
  return dataDir;
}

async function query(database: EmbeddedPostgres, sql: string): Promise<Array<Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

async function acknowledgedRows(dataDir: string): Promise<number> {
  const database = await startEmbeddedPostgres({ dataDir, maxConnections: 2 });
  try {
    return Number((await query(database, 'SELECT count(*)::int AS n FROM acknowledged'))[0].n);
  } finally {
    await database.stop();
  }
}

/** A TypeScript entry run as npm runs the tools; its environment names no database but the given DATA_DIR. */
function runTs(script: string, args: string[], env: Record<string, string> = {}): RunningProcess {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    SWC_NODE_PROJECT: 'apps/api/tsconfig.json',
    NODE_OPTIONS: '--experimental-vm-modules --no-warnings',
    ...env,
  };
  for (const name of ['DATABASE_URL', 'TEST_DATABASE_URL', 'SEED', 'npm_lifecycle_event']) delete childEnv[name];
  const child = spawn(process.execPath, ['-r', '@swc-node/register', script, ...args], { cwd: root, env: childEnv });
  return new RunningProcess(child);
}

class RunningProcess {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private waiters: Array<() => void> = [];

  constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => this.received('stdout', chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.received('stderr', chunk));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid as number;
  }

  send(line: string): void {
    this.child.stdin?.write(`${line}\n`);
  }

  /** The first stdout line matching `pattern` (waiting for it), or a failure with everything the child said. */
  async line(pattern: RegExp, timeoutMs = SLOW): Promise<RegExpExecArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(this.stdout);
      if (match) return match;
      if (this.child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`no ${pattern} from pid ${this.pid}:\n${this.stdout}\n${this.stderr}`);
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  private received(stream: 'stdout' | 'stderr', chunk: Buffer): void {
    this[stream] += chunk.toString();
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/** Every file under `dir` with its bytes' hash, and every directory: equal before and after means unchanged. */
function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    entries[path.relative(dir, full)] = entry.isFile()
      ? createHash('sha256').update(fs.readFileSync(full)).digest('hex')
      : 'directory';
  }
  return entries;
}

/** The error an opening fails with; an opening that succeeds is closed again and fails the test. */
async function refusal(open: Promise<EmbeddedPostgres>): Promise<Error> {
  let opened: EmbeddedPostgres;
  try {
    opened = await open;
  } catch (error) {
    return error as Error;
  }
  await opened.stop();
  throw new Error('the database was opened');
}

/** Inodes of TCP sockets this process listens on (state 0A in /proc/net/tcp and tcp6). */
function listeningTcpInodesOfThisProcess(): Set<string> {
  const ours = new Set(
    fs
      .readdirSync('/proc/self/fd')
      .map((fd) => {
        try {
          return /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/self/fd/${fd}`))?.[1];
        } catch {
          return undefined;
        }
      })
      .filter((inode): inode is string => Boolean(inode)),
  );
  const listening = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const row of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const columns = row.trim().split(/\s+/);
      if (columns[3] === '0A' && ours.has(columns[9])) listening.add(columns[9]);
    }
  }
  return listening;
}

suite('one owner per embedded data directory', () => {
  it(
    'refuses a second server, a CLI and a second opener at once, naming the owner; the owner loses no write',
    async () => {
      const [before, after] = fc.sample(fc.array(fc.integer({ min: 1, max: 25 }), { minLength: 1, maxLength: 3 }), 2);
      const dataDir = copyOfTemplate('two-processes');
      const owner = runTs(OWNER_SCRIPT, ['hold', dataDir]);
      const intruders: RunningProcess[] = [];
      try {
        await owner.line(/^ready /m);
        let acknowledged = 0;
        for (const batch of before) {
          owner.send(`write ${batch}`);
          acknowledged += batch;
          await owner.line(new RegExp(`^acked ${acknowledged}$`, 'm'));
        }

        const secondServer = runTs(path.join(root, 'apps/api/src/main.ts'), [], {
          DATA_DIR: dataDir,
          PORT: '0',
          HOST: '127.0.0.1',
          WEB_DIR: 'none',
          LOG_LEVEL: 'silent',
        });
        const seedCli = runTs(path.join(root, 'tools/seed/seed.ts'), ['--data-dir', dataDir]);
        // `npm start` looks before it builds (a build would replace dist/ under the running server).
        const npmStart = new RunningProcess(
          spawn(process.execPath, [path.join(root, 'tools/start.mjs')], {
            cwd: root,
            env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir },
          }),
        );
        intruders.push(secondServer, seedCli, npmStart);
        const started = performance.now();
        const inProcess = await refusal(startEmbeddedPostgres({ dataDir, maxConnections: 2 }));
        expect(performance.now() - started).toBeLessThan(250); // refused before PGlite loads anything
        expect(isEmbeddedDatabaseError(inProcess, EmbeddedDatabaseErrorCode.DATA_DIR_IN_USE)).toBe(true);
        expect(inProcess.message).toContain(`${dataDir} is in use by process ${owner.pid} (node `);

        expect(await npmStart.exited).toBe(1);
        expect(npmStart.stdout).toBe(''); // nothing built
        expect(npmStart.stderr.trim().split('\n')).toEqual([
          expect.stringMatching(
            new RegExp(`^ThiĐua failed to start: the data directory .* is in use by process ${owner.pid} \\(node `),
          ),
        ]);
        expect(await secondServer.exited).toBe(1);
        expect(secondServer.stderr.trim().split('\n')).toEqual([
          expect.stringMatching(
            new RegExp(`^ThiĐua failed to start: the data directory .* is in use by process ${owner.pid} \\(node `),
          ),
        ]);
        expect(await seedCli.exited).toBe(1);
        expect(seedCli.stderr.trim().split('\n')).toEqual([
          expect.stringMatching(
            new RegExp(
              `^seed: cannot open the database: .* in use by process ${owner.pid} .*` +
                'Stop the server first, or use DATABASE_URL',
            ),
          ),
        ]);

        for (const batch of after) {
          owner.send(`write ${batch}`);
          acknowledged += batch;
          await owner.line(new RegExp(`^acked ${acknowledged}$`, 'm'));
        }
        owner.send('stop');
        expect(await owner.exited).toBe(0);
        expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
        expect(await acknowledgedRows(dataDir)).toBe(acknowledged);
      } finally {
        for (const child of [owner, ...intruders]) child.child.kill('SIGKILL');
      }
    },
    SLOW,
  );

  it(
    'takes over the lock of an owner killed with -9, with every write it acknowledged',
    async () => {
      const [batches] = fc.sample(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 3 }), 1);
      const dataDir = copyOfTemplate('killed');
      const owner = runTs(OWNER_SCRIPT, ['hold', dataDir]);
      let acknowledged = 0;
      try {
        await owner.line(/^ready /m);
        for (const batch of batches) {
          owner.send(`write ${batch}`);
          acknowledged += batch;
          await owner.line(new RegExp(`^acked ${acknowledged}$`, 'm'));
        }
      } finally {
        owner.child.kill('SIGKILL');
      }
      await owner.exited;
      expect(readDataDirectoryOwner(dataDir)?.pid).toBe(owner.pid);
      const database = await startEmbeddedPostgres({ dataDir, maxConnections: 2 });
      try {
        expect(readDataDirectoryOwner(dataDir)?.pid).toBe(process.pid);
        expect((await query(database, 'SELECT count(*)::int AS n FROM acknowledged'))[0].n).toBe(acknowledged);
      } finally {
        await database.stop();
      }
      expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    },
    SLOW,
  );

  it(
    'lets exactly one of several processes starting together take a free or stale lock',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 2, max: 4 }),
          fc.constantFrom('free', 'stale'),
          async (contenders, lockState) => {
            const dataDir = fs.mkdtempSync(path.join(scratch, 'race-'));
            if (lockState === 'stale') {
              const gone = spawn('true');
              await new Promise((resolve) => gone.on('exit', resolve));
              const stale = { pid: gone.pid, processStart: null, hostname: os.hostname(), startedAt: '', command: 'x' };
              fs.writeFileSync(path.join(dataDir, LOCK_FILE), JSON.stringify(stale));
            }
            const racers = Array.from({ length: contenders }, () => runTs(OWNER_SCRIPT, ['lock', dataDir]));
            try {
              const outcomes = await Promise.all(racers.map((racer) => racer.line(/^(won|refused .*)$/m)));
              const winners = racers.filter((_, i) => outcomes[i][1] === 'won');
              expect(winners).toHaveLength(1);
              expect(readDataDirectoryOwner(dataDir)?.pid).toBe(winners[0].pid);
              for (const [i, outcome] of outcomes.entries()) {
                if (racers[i] !== winners[0]) expect(outcome[1]).toMatch(/^refused the data directory .* is in use/);
              }
            } finally {
              for (const racer of racers) racer.child.stdin?.end();
              await Promise.all(racers.map((racer) => racer.exited));
            }
            expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
          },
        ),
        { numRuns: 3 },
      );
    },
    SLOW,
  );
});

suite('a data directory that is not a sound database is refused, unchanged', () => {
  it(
    'a damaged directory (pg_control, WAL): one line saying nothing changed and how to restore',
    async () => {
      const damage = fc.oneof(
        fc.record({
          file: fc.constant('global/pg_control'),
          kind: fc.constant('garble' as const),
          from: fc.integer({ min: 0, max: 200 }),
          length: fc.integer({ min: 1, max: 64 }),
        }),
        // PostgreSQL reads the first 296 bytes of pg_control; the template's last checkpoint lies past 10 % of its
        // WAL segment: cut either before that and the database cannot start.
        fc.record({
          file: fc.constant('global/pg_control'),
          kind: fc.constant('truncate' as const),
          keep: fc.double({ min: 0, max: 0.03, noNaN: true }),
        }),
        fc.record({
          file: fc.constant('wal'),
          kind: fc.constant('truncate' as const),
          keep: fc.double({ min: 0, max: 0.1, noNaN: true }),
        }),
      );
      await fc.assert(
        fc.asyncProperty(damage, async (harm) => {
          const dataDir = copyOfTemplate('damaged');
          const walSegment = fs.readdirSync(path.join(dataDir, 'pg_wal')).find((name) => /^[0-9A-F]{24}$/.test(name));
          const file = path.join(dataDir, harm.file === 'wal' ? `pg_wal/${walSegment}` : harm.file);
          const bytes = fs.readFileSync(file);
          if (harm.kind === 'garble') for (let i = 0; i < harm.length; i++) bytes[harm.from + i] ^= 0xa5;
          fs.writeFileSync(
            file,
            harm.kind === 'garble' ? bytes : bytes.subarray(0, Math.floor(bytes.length * harm.keep)),
          );
          const before = snapshot(dataDir);
          const error = await refusal(startEmbeddedPostgres({ dataDir, maxConnections: 2 }));
          expect(isEmbeddedDatabaseError(error, EmbeddedDatabaseErrorCode.DATA_DIR_DAMAGED)).toBe(true);
          expect(error.message).not.toContain('\n');
          expect(error.message).toMatch(
            new RegExp(
              `^the embedded database in ${dataDir} is damaged and cannot be opened \\((PANIC|FATAL): .+\\); ` +
                'nothing was changed\\. Restore the directory from a copy, or move it aside',
            ),
          );
          expect(snapshot(dataDir)).toEqual(before);
        }),
        {
          numRuns: 4,
          examples: [
            [{ file: 'global/pg_control', kind: 'garble', from: 0, length: 16 }],
            [{ file: 'wal', kind: 'truncate', keep: 0 }],
          ],
        },
      );
    },
    SLOW,
  );

  it('a database directory that lost PG_VERSION is refused, not made a new database', async () => {
    const dataDir = copyOfTemplate('no-pg-version');
    fs.rmSync(path.join(dataDir, 'PG_VERSION'));
    const before = snapshot(dataDir);
    const mode = fs.statSync(dataDir).mode;
    const error = await refusal(startEmbeddedPostgres({ dataDir, maxConnections: 2 }));
    expect(isEmbeddedDatabaseError(error, EmbeddedDatabaseErrorCode.DATA_DIR_NOT_A_DATABASE)).toBe(true);
    expect(error.message).toMatch(/holds files \(.*\) but no database \(no PG_VERSION\); nothing was changed/);
    expect(snapshot(dataDir)).toEqual(before);
    expect(fs.statSync(dataDir).mode).toBe(mode);
  });
});

suite('the embedded database is reachable only by its owner', () => {
  it(
    'listens on a Unix socket (0600, in a 0700 directory) and on no TCP port, in DATA_DIR or in a private tmp dir',
    async () => {
      const longParent = path.join(scratch, 'a-directory-name-long-enough'.repeat(3));
      fs.mkdirSync(longParent);
      const places = [copyOfTemplate('socket'), path.join(longParent, 'db'), null];
      fs.cpSync(template, places[1] as string, { recursive: true });
      for (const dataDir of places) {
        const listeningBefore = listeningTcpInodesOfThisProcess();
        const database = await startEmbeddedPostgres({ dataDir: dataDir ?? undefined, maxConnections: 2 });
        try {
          expect(listeningTcpInodesOfThisProcess()).toEqual(listeningBefore);
          const socketDirectory = path.dirname(database.socketPath);
          expect(path.basename(database.socketPath)).toBe('.s.PGSQL.5432'); // the name pg looks for in host=DIR
          expect(database.url).toBe(`postgres://postgres@/postgres?host=${encodeURIComponent(socketDirectory)}`);
          expect(Buffer.byteLength(database.socketPath)).toBeLessThanOrEqual(107);
          const fitsInDataDir = dataDir && Buffer.byteLength(path.join(dataDir, 'thidua-socket/.s.PGSQL.5432')) <= 107;
          if (fitsInDataDir) expect(socketDirectory).toBe(path.join(dataDir, 'thidua-socket'));
          else expect(socketDirectory.startsWith(os.tmpdir())).toBe(true);
          expect(fs.statSync(database.socketPath).isSocket()).toBe(true);
          expect(fs.statSync(database.socketPath).mode & 0o777).toBe(0o600);
          expect(fs.statSync(socketDirectory).mode & 0o777).toBe(0o700);
          if (dataDir) expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
          expect(await query(database, 'SELECT 1 + 1 AS two')).toEqual([{ two: 2 }]);
        } finally {
          await database.stop();
        }
        expect(fs.existsSync(database.socketPath)).toBe(false);
      }
    },
    SLOW,
  );
});
