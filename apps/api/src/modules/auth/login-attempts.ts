import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { secondsToWait, THROTTLE, type AttemptHistory } from './login-throttle';

/** An attempt let through to the password check. */
export interface Attempt {
  id: string;
  accountKey: string;
  address: string;
}
export type Admission = { admitted: true; attempt: Attempt } | { admitted: false; waitSeconds: number };
export type AttemptOutcome = 'failed' | 'succeeded';

/** Advisory lock classes: one lock per address, one per account, so that only attempts that share one queue. */
const ADDRESS_LOCK = 7301;
const ACCOUNT_LOCK = 7302;
const PRUNE_EVERY_MS = 60_000;

/**
 * The counts secondsToWait needs, over the window, in one plain aggregate (PGlite takes milliseconds to plan
 * anything fancier). A success forgives the earlier failures of its account from its address ('forgiven'): they
 * no longer count for the account, but still do for the address.
 */
const HISTORY_SQL = `
  SELECT
    count(*) FILTER (WHERE address = $2 AND outcome <> 'succeeded')::int AS address_failures,
    min(at) FILTER (WHERE address = $2 AND outcome <> 'succeeded') AS address_first_failure_at,
    count(*) FILTER (WHERE account_key = $1 AND address = $2 AND outcome IN ('pending', 'failed'))::int
      AS pair_failures,
    max(at) FILTER (WHERE account_key = $1 AND address = $2 AND outcome IN ('pending', 'failed'))
      AS pair_last_failure_at,
    count(*) FILTER (WHERE account_key = $1 AND outcome IN ('pending', 'failed'))::int AS account_failures,
    max(at) FILTER (WHERE account_key = $1) AS account_last_attempt_at
  FROM login_attempts
  WHERE at > $3 AND (account_key = $1 OR address = $2)`;

/** A success: the attempt itself, and the failures before it of the same account from the same address. */
const SUCCEEDED_SQL = `
  UPDATE login_attempts SET outcome = CASE WHEN id = $1 THEN 'succeeded' ELSE 'forgiven' END
  WHERE id = $1 OR (account_key = $2 AND address = $3 AND outcome = 'failed' AND id < $1)`;

interface HistoryRow {
  address_failures: number;
  address_first_failure_at: Date | null;
  pair_failures: number;
  pair_last_failure_at: Date | null;
  account_failures: number;
  account_last_attempt_at: Date | null;
}

/**
 * Sign-in attempts in the database, shared by every API process. An attempt is counted before its password is
 * hashed, inside one transaction that holds the locks of its address and its account: of any number of parallel
 * attempts, only as many as the throttle allows reach the password check.
 */
export class LoginAttempts {
  private lastPrunedAt = 0;

  constructor(private readonly dataSource: DataSource) {}

  /** Counts the attempt and lets it through, or says how long to wait (nothing is written then). */
  async admit(account: string, address: string, now: Date): Promise<Admission> {
    const accountKey = createHash('sha256').update(account).digest('hex');
    const addressKey = address.slice(0, 100);
    return this.dataSource.transaction(async (manager) => {
      // Always the address first, then the account (left to right): two attempts never wait for each other in a
      // cycle. A statement of its own, so that the next one's snapshot sees what the previous holder committed.
      await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2)), pg_advisory_xact_lock($3, hashtext($4))', [
        ADDRESS_LOCK,
        addressKey,
        ACCOUNT_LOCK,
        accountKey,
      ]);
      const windowStart = new Date(now.getTime() - THROTTLE.windowMs);
      const [row]: HistoryRow[] = await manager.query(HISTORY_SQL, [accountKey, addressKey, windowStart]);
      const waitSeconds = secondsToWait(historyOf(row), now.getTime());
      if (waitSeconds > 0) return { admitted: false, waitSeconds };
      const [inserted]: { id: string }[] = await manager.query(
        'INSERT INTO login_attempts (account_key, address, at) VALUES ($1, $2, $3) RETURNING id',
        [accountKey, addressKey, now],
      );
      return { admitted: true, attempt: { id: String(inserted.id), accountKey, address: addressKey } };
    });
  }

  /** Records how the password check went; then, at most once a minute, forgets attempts older than the window. */
  async settle(attempt: Attempt, outcome: AttemptOutcome, now: Date): Promise<void> {
    if (outcome === 'succeeded')
      await this.dataSource.query(SUCCEEDED_SQL, [attempt.id, attempt.accountKey, attempt.address]);
    else await this.dataSource.query(`UPDATE login_attempts SET outcome = 'failed' WHERE id = $1`, [attempt.id]);
    if (now.getTime() - this.lastPrunedAt < PRUNE_EVERY_MS) return;
    this.lastPrunedAt = now.getTime();
    await this.dataSource.query('DELETE FROM login_attempts WHERE at < $1', [
      new Date(now.getTime() - THROTTLE.windowMs),
    ]);
  }
}

const millis = (date: Date | null) => (date ? new Date(date).getTime() : null);

function historyOf(row: HistoryRow): AttemptHistory {
  return {
    addressFailures: Number(row.address_failures),
    addressFirstFailureAt: millis(row.address_first_failure_at),
    pairFailures: Number(row.pair_failures),
    pairLastFailureAt: millis(row.pair_last_failure_at),
    accountFailures: Number(row.account_failures),
    accountLastAttemptAt: millis(row.account_last_attempt_at),
  };
}
