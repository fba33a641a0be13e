import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lockDataDirectory, type DataDirectoryLock } from './data-directory-lock';
import { inspectDataDirectory, type DataDirectoryContent } from './data-directory';
import { EmbeddedDatabaseError, type EmbeddedDatabaseErrorCode } from './embedded-database-error';
import type { EmbeddedWorkerData, EmbeddedWorkerMessage } from './embedded-postgres.worker';
import { prepareSocketLocation, removeSocketLocation, restrictSocket, type SocketLocation } from './embedded-socket';

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served by a thread of this process (embedded-postgres.worker.ts) on
 * a Unix socket that only this user may reach, so that TypeORM talks to it through the same `pg` driver as to a
 * real server and its statements never run on the server's event loop. pglite-socket asks no password:
 * the socket's permissions (0700 directory, 0600 socket) are the access control, and no TCP port is opened.
 */
export interface EmbeddedPostgres {
  url: string;
  /** The Unix socket the database listens on. */
  socketPath: string;
  /** DATA_DIR, absolute; null for an in-memory database. */
  dataDir: string | null;
  stop(): Promise<void>;
}

/**
 * Opens the database in `dataDir` (made if missing) or in memory. With a `dataDir`, this process becomes the
 * directory's one owner before PGlite reads anything (see lockDataDirectory), and fails with one line (an
 * EmbeddedDatabaseError) when another process owns it, when it is damaged, or when it holds files but no database.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : null;
  let lock: DataDirectoryLock | null = null;
  let database: Worker | null = null;
  let socket: SocketLocation | null = null;
  try {
    let content: DataDirectoryContent = 'nothing';
    if (dataDir) {
      inspectDataDirectory(dataDir); // refuses a foreign directory before anything is written to it
      fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      lock = lockDataDirectory(dataDir);
      content = inspectDataDirectory(dataDir);
    }
    socket = prepareSocketLocation(dataDir);
    database = await startDatabaseThread({
      dataDir,
      content,
      socketPath: socket.path,
      maxConnections: options.maxConnections,
    });
    // PGlite makes its files world-readable (0666/0755): the directory's mode keeps other users out of them.
    if (dataDir) restrictToOwner(dataDir);
    restrictSocket(socket);
    const [thread, openSocket, heldLock] = [database, socket, lock];
    return {
      url: socket.url,
      socketPath: socket.path,
      dataDir,
      async stop() {
        try {
          await stopDatabaseThread(thread);
        } finally {
          removeSocketLocation(openSocket);
          heldLock?.release();
        }
      },
    };
  } catch (error) {
    if (database) await stopDatabaseThread(database).catch(() => undefined);
    if (socket) removeSocketLocation(socket);
    lock?.release();
    throw error;
  }
}

/**
 * The worker's file beside this one: built JavaScript in production; TypeScript under the tools and tests, which
 * the thread then reads through @swc-node/register like the tools themselves.
 */
function databaseThread(data: EmbeddedWorkerData): Worker {
  const file = path.join(__dirname, `embedded-postgres.worker${path.extname(__filename)}`);
  const typescript = file.endsWith('.ts');
  const execArgv = typescript ? [...process.execArgv, '-r', '@swc-node/register'] : process.execArgv;
  return new Worker(file, { workerData: data, execArgv });
}

/** Starts the thread and waits until its socket listens, or fails with the thread's own error (one line). */
function startDatabaseThread(data: EmbeddedWorkerData): Promise<Worker> {
  const worker = databaseThread(data);
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => {
      void worker.terminate();
      reject(error);
    };
    worker.once('error', failed);
    worker.once('exit', (code) => failed(new Error(`the embedded database's thread stopped (exit code ${code})`)));
    worker.once('message', (message: EmbeddedWorkerMessage) => {
      worker.removeAllListeners('exit');
      worker.removeAllListeners('error');
      if (message.type === 'ready') return resolve(worker);
      if (message.type === 'failed' && message.code && message.dataDir) {
        const code = message.code as EmbeddedDatabaseErrorCode;
        return failed(new EmbeddedDatabaseError(code, message.dataDir, message.message));
      }
      failed(new Error(message.type === 'failed' ? message.message : 'the embedded database did not start'));
    });
  });
}

/** Asks the thread to close the socket server and the database (a checkpoint on disk), then lets it end. */
function stopDatabaseThread(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 15_000);
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    worker.once('message', () => void worker.terminate());
    worker.postMessage('stop');
  });
}

function restrictToOwner(dataDir: string): void {
  try {
    fs.chmodSync(dataDir, 0o700);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error; // not ours to change: leave it
  }
}
