import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The directory inside DATA_DIR that holds the embedded database's Unix socket. */
export const SOCKET_DIRECTORY = 'thidua-socket';
/** The name `pg` looks for in a socket directory (`.s.PGSQL.<port>`, port 5432 by default). */
const SOCKET_NAME = '.s.PGSQL.5432';
/** sun_path holds 108 bytes on Linux, 104 on macOS, with the terminating NUL. */
const MAX_SOCKET_PATH_BYTES = process.platform === 'darwin' ? 103 : 107;

/** Where the embedded database listens: a socket only its owner may reach (0700 directory, 0600 socket). */
export interface SocketLocation {
  directory: string;
  path: string;
  /** For `pg` and TypeORM: `postgres://postgres@/postgres?host=<directory>`. */
  url: string;
  /** A private directory under the system's temporary directory, removed on stop. */
  temporary: boolean;
}

/**
 * The socket's place: `<DATA_DIR>/thidua-socket/`, or a new private directory under os.tmpdir() for an in-memory
 * database or when DATA_DIR's path is too long for a socket. Any socket left there by a killed owner is removed
 * (the caller holds DATA_DIR's lock, so it cannot be a live one).
 */
export function prepareSocketLocation(dataDir: string | null): SocketLocation {
  if (dataDir) {
    const directory = path.join(dataDir, SOCKET_DIRECTORY);
    if (Buffer.byteLength(path.join(directory, SOCKET_NAME)) <= MAX_SOCKET_PATH_BYTES) {
      fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
      fs.chmodSync(directory, 0o700);
      fs.rmSync(path.join(directory, SOCKET_NAME), { force: true });
      return location(directory, false);
    }
  }
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-pg-'));
  fs.chmodSync(directory, 0o700);
  return location(directory, true);
}

/** Called once the server listens: the socket itself readable and writable by its owner only. */
export function restrictSocket(socket: SocketLocation): void {
  fs.chmodSync(socket.path, 0o600);
}

export function removeSocketLocation(socket: SocketLocation): void {
  if (socket.temporary) fs.rmSync(socket.directory, { recursive: true, force: true });
  else fs.rmSync(socket.path, { force: true });
}

function location(directory: string, temporary: boolean): SocketLocation {
  return {
    directory,
    path: path.join(directory, SOCKET_NAME),
    url: `postgres://postgres@/postgres?host=${encodeURIComponent(directory)}`,
    temporary,
  };
}
