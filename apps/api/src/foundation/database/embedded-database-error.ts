/** Why the embedded database in DATA_DIR was not opened; each message is one line that says what to do. */
export enum EmbeddedDatabaseErrorCode {
  /** Another process (or this one) holds the directory's lock. */
  DATA_DIR_IN_USE = 'DATA_DIR_IN_USE',
  /** PGlite could not open the files (a broken checkpoint, pg_control, WAL…). */
  DATA_DIR_DAMAGED = 'DATA_DIR_DAMAGED',
  /** The directory holds files but no database (no PG_VERSION), or is not a directory. */
  DATA_DIR_NOT_A_DATABASE = 'DATA_DIR_NOT_A_DATABASE',
}

export class EmbeddedDatabaseError extends Error {
  constructor(
    readonly code: EmbeddedDatabaseErrorCode,
    readonly dataDir: string,
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedDatabaseError';
  }
}

export function isEmbeddedDatabaseError(
  error: unknown,
  code?: EmbeddedDatabaseErrorCode,
): error is EmbeddedDatabaseError {
  return error instanceof EmbeddedDatabaseError && (code === undefined || error.code === code);
}
