import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {
  commandOf,
  currentOwner,
  LOCK_FILE,
  lockDataDirectory,
  oneLine,
  readDataDirectoryOwner,
  type DataDirectoryOwner,
} from './data-directory-lock';
import { EmbeddedDatabaseErrorCode, isEmbeddedDatabaseError } from './embedded-database-error';

/** What a data directory's lock file may hold when a process starts, and whether that process may take it. */
type LockState =
  | 'none'
  | 'this process'
  | 'a live process'
  | 'a dead pid'
  | 'a reused pid'
  | 'another machine'
  | 'unreadable, just written'
  | 'unreadable, long ago';

const TAKEN_OVER: ReadonlySet<LockState> = new Set([
  'none',
  'a dead pid',
  'a reused pid',
  'unreadable, long ago',
] as LockState[]);

/** A pid that no process holds: a child that has already exited (made once: starting node takes a while). */
let exitedPid: number | null = null;
function deadPid(): number {
  exitedPid ??= spawnSync('true').pid as number;
  return exitedPid;
}

function writeLock(dataDir: string, state: LockState, command: string): DataDirectoryOwner | null {
  const file = path.join(dataDir, LOCK_FILE);
  const live = { ...currentOwner(), command };
  const owners: Partial<Record<LockState, DataDirectoryOwner>> = {
    'this process': live,
    'a live process': { ...live, pid: process.ppid, processStart: readStart(process.ppid) },
    'a dead pid': { ...live, pid: deadPid() },
    'a reused pid': { ...live, pid: process.ppid, processStart: '1' },
    'another machine': { ...live, pid: deadPid(), hostname: `${os.hostname()}-elsewhere` },
  };
  const owner = owners[state] ?? null;
  if (owner) fs.writeFileSync(file, JSON.stringify(owner));
  if (state.startsWith('unreadable')) {
    fs.writeFileSync(file, '');
    if (state === 'unreadable, long ago') fs.utimesSync(file, new Date(0), new Date(0));
  }
  return owner;
}

function readStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return null;
  }
}

describe('one owner per data directory: the lock file', () => {
  let root: string;
  beforeAll(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-lock-'))));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is taken only from nobody, a dead or reused pid, or a lock left half-written long ago', () => {
    const states: LockState[] = [
      'none',
      'this process',
      'a live process',
      'a dead pid',
      'a reused pid',
      'another machine',
      'unreadable, just written',
      'unreadable, long ago',
    ];
    let run = 0;
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.string({ unit: 'grapheme', maxLength: 40 }), (state, command) => {
        const dataDir = path.join(root, `case-${run++}`);
        fs.mkdirSync(dataDir);
        const previous = writeLock(dataDir, state, command);
        let lock;
        try {
          lock = lockDataDirectory(dataDir);
        } catch (error) {
          expect(TAKEN_OVER.has(state)).toBe(false);
          expect(isEmbeddedDatabaseError(error, EmbeddedDatabaseErrorCode.DATA_DIR_IN_USE)).toBe(true);
          const message = (error as Error).message;
          expect(message).not.toContain('\n');
          if (previous) expect(message).toContain(`process ${previous.pid} (${oneLine(command)}`);
          return;
        }
        expect(TAKEN_OVER.has(state)).toBe(true);
        expect(readDataDirectoryOwner(dataDir)).toEqual(lock.owner);
        expect(lock.owner.pid).toBe(process.pid);
        expect(fs.statSync(lock.file).mode & 0o777).toBe(0o600);
        lock.release();
        expect(fs.existsSync(lock.file)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a second opener in the same process, and is free again once released', () => {
    const dataDir = fs.mkdtempSync(path.join(root, 'twice-'));
    const lock = lockDataDirectory(dataDir);
    expect(() => lockDataDirectory(dataDir)).toThrow(`in use by process ${process.pid}`);
    lock.release();
    lock.release();
    lockDataDirectory(dataDir).release();
  });

  it('does not remove a lock that is no longer its own (taken over after this process was thought dead)', () => {
    const dataDir = fs.mkdtempSync(path.join(root, 'replaced-'));
    const lock = lockDataDirectory(dataDir);
    const other = { ...lock.owner, pid: process.ppid };
    fs.writeFileSync(lock.file, JSON.stringify(other));
    lock.release();
    expect(readDataDirectoryOwner(dataDir)).toEqual(other);
  });

  it('names the command: the npm script, then node and the script relative to the working directory', () => {
    expect(commandOf(['/usr/bin/node', '/app/dist/main.js'], 'start', '/app')).toBe('npm start: node dist/main.js');
    expect(commandOf(['/usr/bin/node', '/app/tools/seed/seed.ts', '--help'], 'seed', '/app')).toBe(
      'npm run seed: node tools/seed/seed.ts --help',
    );
    expect(commandOf(['/usr/bin/node', '/elsewhere/x.js'], undefined, '/app')).toBe('node /elsewhere/x.js');
    expect(commandOf(['node', 'x'.repeat(500)], undefined, '/app')).toHaveLength(160);
  });
});
