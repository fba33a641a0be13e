import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDirectory, type DataDirectoryLock } from './data-directory-lock';
import { inspectDataDirectory, openDataDirectory, type DataDirectoryContent } from './data-directory';
import { prepareSocketLocation, removeSocketLocation, restrictSocket, type SocketLocation } from './embedded-socket';

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served in-process on a Unix socket that only this user may reach,
 * so that TypeORM talks to it through the same `pg` driver as to a real server. pglite-socket asks no password:
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
  let db: PGlite | null = null;
  let socket: SocketLocation | null = null;
  try {
    let content: DataDirectoryContent = 'nothing';
    if (dataDir) {
      inspectDataDirectory(dataDir); // refuses a foreign directory before anything is written to it
      fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      lock = lockDataDirectory(dataDir);
      content = inspectDataDirectory(dataDir);
    }
    const { PGlite } = await import('@electric-sql/pglite');
    db = dataDir
      ? await openDataDirectory(dataDir, content, (onStderr) => PGlite.create({ dataDir, onStderr }))
      : await PGlite.create('memory://');
    // PGlite makes its files world-readable (0666/0755): the directory's mode keeps other users out of them.
    if (dataDir) restrictToOwner(dataDir);
    socket = prepareSocketLocation(dataDir);
    const server = await serveOnSocket(db, socket, options.maxConnections);
    const [openDb, openSocket, heldLock] = [db, socket, lock];
    return {
      url: socket.url,
      socketPath: socket.path,
      dataDir,
      async stop() {
        try {
          await server.stop();
          await openDb.close();
        } finally {
          removeSocketLocation(openSocket);
          heldLock?.release();
        }
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    if (socket) removeSocketLocation(socket);
    lock?.release();
    throw error;
  }
}

async function serveOnSocket(db: PGlite, socket: SocketLocation, maxConnections: number): Promise<PGLiteSocketServer> {
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const server: PGLiteSocketServer = new PGLiteSocketServer({ db, path: socket.path, maxConnections });
  await server.start();
  restrictSocket(socket);
  return server;
}

function restrictToOwner(dataDir: string): void {
  try {
    fs.chmodSync(dataDir, 0o700);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error; // not ours to change: leave it
  }
}
