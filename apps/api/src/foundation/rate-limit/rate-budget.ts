import type { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';

/** A caller's budget: `capacity` points at most, refilled at `perSecond` points a second. */
export interface RateBudgetSettings {
  capacity: number;
  perSecond: number;
}

/** What charging a request found: admitted or not, and the budget left as the `RateLimit-*` headers tell it. */
export interface RateCharge {
  admitted: boolean;
  /** The budget's size in points (RateLimit-Limit). */
  limit: number;
  /** Points left after this request, or before it when it was refused (RateLimit-Remaining). */
  remaining: number;
  /** Seconds until the budget is whole again (RateLimit-Reset). */
  resetSeconds: number;
  /** Refused: seconds until this request's cost fits (Retry-After); 0 when admitted. */
  retryAfterSeconds: number;
}

/** The bucket a caller drains: one per API token, one per user (all of a user's sessions share it). */
export function budgetKeyOf(viewer: Viewer): string | null {
  if (viewer.tokenId) return `token:${viewer.tokenId}`;
  if (viewer.userId) return `user:${viewer.userId}`;
  return null;
}

/**
 * One statement, atomic under any number of parallel requests and API processes (the row is locked by the upsert):
 * the level leaks `perSecond` points a second since the caller's last request, then takes the cost if it fits under
 * the capacity; a refused request leaves only the leak. `admitted` says which happened.
 */
const LEAKED = 'GREATEST(0, b.level - $5::float8 * GREATEST(0, extract(epoch FROM $3::timestamptz - b.updated_at)))';
const CHARGE_SQL = `
  INSERT INTO rate_budgets AS b (caller, level, updated_at, admitted)
  VALUES ($1, CASE WHEN $2::float8 <= $4::float8 THEN $2::float8 ELSE 0 END, $3::timestamptz, $2::float8 <= $4::float8)
  ON CONFLICT (caller) DO UPDATE SET
    level = CASE WHEN ${LEAKED} + $2::float8 <= $4::float8 THEN ${LEAKED} + $2::float8 ELSE ${LEAKED} END,
    admitted = ${LEAKED} + $2::float8 <= $4::float8,
    updated_at = GREATEST(b.updated_at, $3::timestamptz)
  RETURNING level, admitted`;

/**
 * Per-caller rate budgets kept in the database (table `rate_budgets`, unlogged on PostgreSQL: a crash forgets
 * them, which only forgives), so every API process draws on the same bucket — a leaky bucket: each request costs
 * its query cost (a plain HTTP route a fixed amount), the bucket empties at a steady rate, and a request that would
 * overflow it is refused with 429 and nothing else done.
 */
export class RateBudgets {
  private lastPrunedAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    readonly settings: RateBudgetSettings,
    private readonly clock: () => number = Date.now,
  ) {}

  async charge(key: string, cost: number): Promise<RateCharge> {
    const { capacity, perSecond } = this.settings;
    const now = this.clock();
    const points = Math.max(0, Math.ceil(cost));
    const [row]: { level: number | string; admitted: boolean }[] = await this.dataSource.query(CHARGE_SQL, [
      key,
      points,
      new Date(now),
      capacity,
      perSecond,
    ]);
    await this.pruneNowAndThen(now);
    const level = Number(row?.level ?? 0);
    const admitted = row?.admitted === true;
    const remaining = Math.max(0, Math.floor(capacity - level));
    return {
      admitted,
      limit: capacity,
      remaining,
      resetSeconds: Math.ceil(level / perSecond),
      retryAfterSeconds: admitted ? 0 : Math.max(1, Math.ceil((level + points - capacity) / perSecond)),
    };
  }

  /** Buckets that have leaked empty are the same as none: dropped once a minute by whichever request comes. */
  private async pruneNowAndThen(now: number): Promise<void> {
    if (now - this.lastPrunedAt < 60_000) return;
    this.lastPrunedAt = now;
    const emptySince = new Date(now - (this.settings.capacity / this.settings.perSecond) * 1000);
    await this.dataSource.query('DELETE FROM rate_budgets WHERE updated_at < $1', [emptySince]);
  }
}
