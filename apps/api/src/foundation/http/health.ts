import type express from 'express';
import type { DataSource } from 'typeorm';

export type DatabaseStatus = 'up' | 'down';

/** A check younger than this is answered as it is. */
const FRESH_MS = 1_000;
/** How long /healthz waits for a new check before answering with the last one. */
const WAIT_MS = 50;
/** A check that has not answered in this time counts as the database being down. */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * The database's status for /healthz without making the answer wait on the pool: a `SELECT 1` queues behind the
 * statements of other requests (on embedded PGlite the pool has one connection), so /healthz answers the process's
 * liveness at once and the database status of the newest check — the one it starts, if that answers within 50 ms,
 * else the last one, at most a second or two old. A check unanswered for 2 s counts as down, as before.
 */
export class DatabaseProbe {
  private last: { status: DatabaseStatus; at: number } | null = null;
  private running: Promise<DatabaseStatus> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async status(): Promise<DatabaseStatus> {
    const last = this.last;
    if (last && this.now() - last.at < FRESH_MS) return last.status;
    const check = this.check();
    if (!last) return check; // the first answer waits for the first check (at most CHECK_TIMEOUT_MS)
    const waited = await Promise.race([check, delay(WAIT_MS)]);
    return waited ?? last.status;
  }

  private check(): Promise<DatabaseStatus> {
    this.running ??= checkDatabase(this.dataSource).then((status) => {
      this.last = { status, at: this.now() };
      this.running = null;
      return status;
    });
    return this.running;
  }
}

/** GET /healthz: 200 `{ status: 'ok', database: 'up' }`, or 503 `{ status: 'degraded', database: 'down' }`. */
export function healthHandler(probe: DatabaseProbe): express.RequestHandler {
  return (_req, res, next) => {
    probe
      .status()
      .then((database) =>
        res.status(database === 'up' ? 200 : 503).json({ status: database === 'up' ? 'ok' : 'degraded', database }),
      )
      .catch(next);
  };
}

async function checkDatabase(dataSource: DataSource): Promise<DatabaseStatus> {
  try {
    await Promise.race([
      dataSource.query('SELECT 1'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS).unref()),
    ]);
    return 'up';
  } catch {
    return 'down';
  }
}

function delay(ms: number): Promise<null> {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms).unref());
}
