import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedDatabaseError, EmbeddedDatabaseErrorCode } from './embedded-database-error';

/** The lock file's name inside DATA_DIR: whoever created it owns the directory until it exits. */
export const LOCK_FILE = 'thidua.lock';
/** Held for the instant a stale lock is replaced, so that two processes cannot both take it over. */
const TAKEOVER_FILE = 'thidua.lock.takeover';
/** A lock file with no readable owner yet is being written by its creator; after this long its creator died. */
const UNREADABLE_LOCK_GRACE_MS = 5_000;
/** A takeover lasts microseconds; a takeover file older than this was left by a process that died meanwhile. */
const TAKEOVER_GRACE_MS = 5_000;

/** Who holds a data directory: what the lock file records. */
export interface DataDirectoryOwner {
  pid: number;
  /** The kernel's start time of that pid (Linux), so that a reused pid is not mistaken for the owner. */
  processStart: string | null;
  hostname: string;
  startedAt: string;
  /** How the owner was started, e.g. `npm start: node dist/apps/api/apps/api/src/main.js`. */
  command: string;
}

export interface DataDirectoryLock {
  readonly file: string;
  readonly owner: DataDirectoryOwner;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): void;
}

/**
 * Makes this process the one owner of `dataDir` (which must exist) for its life: the lock file is created with
 * O_EXCL, so of two processes starting together exactly one succeeds. A lock left by a process that is gone
 * (kill -9, a crash, a reboot) is taken over; a live owner's lock is refused at once with its pid and command.
 * The lock is removed by `release()` and, as a safety net, when the process exits.
 */
export function lockDataDirectory(dataDir: string, owner: DataDirectoryOwner = currentOwner()): DataDirectoryLock {
  const file = path.join(dataDir, LOCK_FILE);
  const content = `${JSON.stringify(owner, null, 2)}\n`;
  for (let attempt = 0; attempt < 20; attempt++) {
    if (createExclusively(file, content)) return heldLock(file, owner, content);
    const found = readLockFile(file);
    if (found === null) continue; // released meanwhile: try again
    if (found.owner ? isRunning(found.owner) : Date.now() - found.modifiedMs < UNREADABLE_LOCK_GRACE_MS) {
      throw inUse(dataDir, found.owner);
    }
    takeOverStaleLock(dataDir, file, found.raw);
  }
  throw inUse(dataDir, readLockFile(file)?.owner ?? null);
}

/** The owner recorded in `dataDir`'s lock file, or null when there is none (or it cannot be read). */
export function readDataDirectoryOwner(dataDir: string): DataDirectoryOwner | null {
  return readLockFile(path.join(dataDir, LOCK_FILE))?.owner ?? null;
}

/** This process, as a lock file records it. */
export function currentOwner(): DataDirectoryOwner {
  return {
    pid: process.pid,
    processStart: processStartOf(process.pid),
    hostname: os.hostname(),
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    command: commandOf(process.argv, process.env.npm_lifecycle_event, process.cwd()),
  };
}

/** `npm run seed: node tools/seed/seed.ts --help`: the npm script if any, then the node command line, shortened. */
export function commandOf(argv: readonly string[], npmScript: string | undefined, cwd: string): string {
  const [node, ...rest] = argv;
  const shown = [path.basename(node ?? 'node'), ...rest.map((arg) => shortPath(arg, cwd))].join(' ');
  const line = npmScript ? `${npmScript === 'start' ? 'npm start' : `npm run ${npmScript}`}: ${shown}` : shown;
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** True while the recorded owner may still be running: its pid exists with the same start time. */
export function isRunning(owner: DataDirectoryOwner): boolean {
  if (owner.hostname !== os.hostname()) return true; // another machine's process: nothing here can tell
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const start = processStartOf(owner.pid);
  return !(start && owner.processStart && start !== owner.processStart);
}

function heldLock(file: string, owner: DataDirectoryOwner, content: string): DataDirectoryLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    if (readRaw(file) === content) fs.rmSync(file, { force: true });
  };
  process.on('exit', release);
  return { file, owner, release };
}

function createExclusively(file: string, content: string): boolean {
  let descriptor: number;
  try {
    descriptor = fs.openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(descriptor, content);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
  return true;
}

/** Removes the stale lock whose content was `staleRaw`, unless someone replaced it meanwhile. */
function takeOverStaleLock(dataDir: string, file: string, staleRaw: string): void {
  const guard = path.join(dataDir, TAKEOVER_FILE);
  if (!createExclusively(guard, String(process.pid))) {
    const age = Date.now() - (statOrNull(guard)?.mtimeMs ?? Date.now());
    if (age > TAKEOVER_GRACE_MS) fs.rmSync(guard, { force: true });
    else sleepMs(20);
    return;
  }
  try {
    if (readRaw(file) === staleRaw) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

function readLockFile(file: string): { raw: string; owner: DataDirectoryOwner | null; modifiedMs: number } | null {
  const stat = statOrNull(file);
  const raw = readRaw(file);
  if (raw === null || !stat) return null;
  return { raw, owner: parseOwner(raw), modifiedMs: stat.mtimeMs };
}

function parseOwner(raw: string): DataDirectoryOwner | null {
  try {
    const value = JSON.parse(raw) as Partial<DataDirectoryOwner>;
    if (!Number.isSafeInteger(value.pid) || typeof value.hostname !== 'string') return null;
    return {
      pid: value.pid as number,
      processStart: typeof value.processStart === 'string' ? value.processStart : null,
      hostname: value.hostname,
      startedAt: String(value.startedAt ?? ''),
      command: String(value.command ?? 'unknown command'),
    };
  } catch {
    return null;
  }
}

function inUse(dataDir: string, owner: DataDirectoryOwner | null): EmbeddedDatabaseError {
  const who = owner
    ? `process ${owner.pid} (${oneLine(owner.command)}${owner.hostname === os.hostname() ? '' : ` on ${owner.hostname}`}` +
      `, since ${owner.startedAt})`
    : 'a process that is starting';
  return new EmbeddedDatabaseError(
    EmbeddedDatabaseErrorCode.DATA_DIR_IN_USE,
    dataDir,
    `the data directory ${dataDir} is in use by ${who}; only one process may open it at a time` +
      (owner && owner.hostname !== os.hostname()
        ? ` (remove ${path.join(dataDir, LOCK_FILE)} once it is stopped)`
        : ''),
  );
}

/** A command line as one line: control characters (a newline in an argument) shown as spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
}

/** Field 22 of /proc/<pid>/stat (clock ticks after boot); null where there is no /proc. */
function processStartOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function shortPath(arg: string, cwd: string): string {
  if (!path.isAbsolute(arg)) return arg;
  const relative = path.relative(cwd, arg);
  return relative && !relative.startsWith('..') ? relative : arg;
}

function readRaw(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
