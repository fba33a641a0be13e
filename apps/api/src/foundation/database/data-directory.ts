import fs from 'node:fs';
import path from 'node:path';
import { LOCK_FILE } from './data-directory-lock';
import { EmbeddedDatabaseError, EmbeddedDatabaseErrorCode } from './embedded-database-error';
import { SOCKET_DIRECTORY } from './embedded-socket';

/** What DATA_DIR holds: nothing yet (a new database is made there), or a database to open. */
export type DataDirectoryContent = 'nothing' | 'database';

/**
 * Entries that are not a database's but may be there without one: ours (the lock, the socket's directory) and the
 * lost+found of a file system mounted on DATA_DIR.
 */
const IGNORED_ENTRIES = new Set([LOCK_FILE, `${LOCK_FILE}.takeover`, SOCKET_DIRECTORY, 'lost+found']);

/**
 * Reads DATA_DIR without changing it. A directory that holds files but no PG_VERSION is refused: making a new
 * database (and loading the demo) there would hide whatever it holds, e.g. a database missing one file.
 */
export function inspectDataDirectory(dataDir: string): DataDirectoryContent {
  let entries: string[];
  try {
    entries = fs.readdirSync(dataDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'nothing';
    if (code === 'ENOTDIR') throw notADatabase(dataDir, 'is not a directory');
    throw error;
  }
  const foreign = entries.filter((entry) => !IGNORED_ENTRIES.has(entry));
  if (foreign.length === 0) return 'nothing';
  if (fs.statSync(path.join(dataDir, 'PG_VERSION'), { throwIfNoEntry: false })?.isFile()) return 'database';
  const shown = foreign.sort().slice(0, 3).join(', ') + (foreign.length > 3 ? ', …' : '');
  throw notADatabase(dataDir, `holds files (${shown}) but no database (no PG_VERSION)`);
}

/**
 * Opens PGlite on DATA_DIR; when PostgreSQL refuses the files (PANIC/FATAL, often surfacing only as `Aborted()`),
 * undoes the one file the attempt writes (postmaster.pid) and fails with one line saying what to do. (A new
 * database that could not be made, e.g. on a full disk, says so instead.)
 */
export async function openDataDirectory<T>(
  dataDir: string,
  content: DataDirectoryContent,
  open: (onStderr: (line: string) => boolean) => Promise<T>,
): Promise<T> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const pidFileBefore = readOrNull(pidFile);
  const problems: string[] = [];
  const onStderr = (line: string) => {
    const problem = /\b(PANIC|FATAL):\s+(.*)$/.exec(line.trim());
    if (problem) problems.push(`${problem[1]}: ${problem[2]}`);
    return true;
  };
  try {
    return await open(onStderr);
  } catch (error) {
    if (pidFileBefore === null) fs.rmSync(pidFile, { force: true });
    else fs.writeFileSync(pidFile, pidFileBefore);
    const reason = problems[0] ?? (error instanceof Error ? error.message : String(error));
    if (content === 'nothing') {
      throw new EmbeddedDatabaseError(
        EmbeddedDatabaseErrorCode.DATA_DIR_DAMAGED,
        dataDir,
        `a new embedded database could not be made in ${dataDir} (${reason}); ` +
          'empty the directory (or choose another DATA_DIR) and start again',
      );
    }
    throw new EmbeddedDatabaseError(
      EmbeddedDatabaseErrorCode.DATA_DIR_DAMAGED,
      dataDir,
      `the embedded database in ${dataDir} is damaged and cannot be opened (${reason}); nothing was changed. ` +
        `Restore the directory from a copy, or move it aside (mv ${dataDir} ${dataDir}.damaged) to start over ` +
        'with a new database',
    );
  }
}

function notADatabase(dataDir: string, what: string): EmbeddedDatabaseError {
  return new EmbeddedDatabaseError(
    EmbeddedDatabaseErrorCode.DATA_DIR_NOT_A_DATABASE,
    dataDir,
    `DATA_DIR ${dataDir} ${what}; nothing was changed. Point DATA_DIR at the directory of a ThiĐua database, ` +
      'or at an empty or new directory to start a new one',
  );
}

function readOrNull(file: string): Buffer | null {
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}
