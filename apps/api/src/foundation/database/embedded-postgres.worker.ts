/**
 * The embedded database's own thread: PGlite and its socket server run here, so that a long SQL statement (PGlite
 * executes on the thread that holds it) never holds the server's event loop — requests and /healthz go on.
 * Started by startEmbeddedPostgres with the directory already locked and inspected; answers `ready` or `failed`,
 * and on `stop` closes the server and the database, then answers `stopped`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { openDataDirectory, type DataDirectoryContent } from './data-directory';
import { isEmbeddedDatabaseError } from './embedded-database-error';

export interface EmbeddedWorkerData {
  dataDir: string | null;
  content: DataDirectoryContent;
  socketPath: string;
  maxConnections: number;
}

export type EmbeddedWorkerMessage =
  | { type: 'ready' }
  | { type: 'failed'; message: string; code: string | null; dataDir: string | null }
  | { type: 'stopped' };

async function serve(data: EmbeddedWorkerData): Promise<{ db: PGlite; server: PGLiteSocketServer }> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const { dataDir } = data;
  const db = dataDir
    ? await openDataDirectory(dataDir, data.content, (onStderr) => PGlite.create({ dataDir, onStderr }))
    : await PGlite.create('memory://');
  try {
    const server = new PGLiteSocketServer({ db, path: data.socketPath, maxConnections: data.maxConnections });
    await server.start();
    return { db, server };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

const port = parentPort;
if (port) {
  const post = (message: EmbeddedWorkerMessage) => port.postMessage(message);
  serve(workerData as EmbeddedWorkerData).then(
    ({ db, server }) => {
      port.on('message', async (message: unknown) => {
        if (message !== 'stop') return;
        try {
          await server.stop();
          await db.close();
        } finally {
          post({ type: 'stopped' });
          port.close();
        }
      });
      post({ type: 'ready' });
    },
    (error: unknown) =>
      post({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
        code: isEmbeddedDatabaseError(error) ? error.code : null,
        dataDir: isEmbeddedDatabaseError(error) ? error.dataDir : null,
      }),
  );
}
