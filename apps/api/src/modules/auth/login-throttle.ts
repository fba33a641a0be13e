/**
 * When a sign-in attempt may reach the password check. Three counts over the last 15 minutes of attempts that
 * reached the check and failed (an attempt still being checked counts as a failure):
 * - per address: 20 failures, whatever the accounts, then the address is blocked until its oldest failure leaves
 *   the window;
 * - per account and address: 5 failures, then each further attempt waits 1, 2, 4… seconds after the last one, up
 *   to 15 minutes (a success from that address forgives them, for the account, not for the address);
 * - per account, from every address: once it has 5 failures, an address that has itself failed for the account
 *   waits likewise, up to 1 minute. An address without a failure for the account is never held up by it, so the
 *   owner signing in from their own device gets in while someone else hammers the account elsewhere.
 * Pure: the counts come from the database (login-attempts.ts), which counts an attempt before its password is hashed.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  addressLimit: 20,
  pairLimit: 5,
  pairMaxWaitMs: 15 * 60_000,
  accountLimit: 5,
  accountMaxWaitMs: 60_000,
} as const;

/** The recent attempts that bear on one attempt by `account` from `address` (times in ms since the epoch). */
export interface AttemptHistory {
  /** Failures from the address, for any account. */
  addressFailures: number;
  addressFirstFailureAt: number | null;
  /** Failures for the account from the address, since its last success there. */
  pairFailures: number;
  pairLastFailureAt: number | null;
  /** Failures for the account from every address, since its last success. */
  accountFailures: number;
  /** The last attempt for the account that reached the password check, from any address. */
  accountLastAttemptAt: number | null;
}

/** The wait after `failures` failures when `limit` are free: 1 s for the first one over, doubling, at most `maxMs`. */
export function backOffMs(failures: number, limit: number, maxMs: number): number {
  if (failures < limit) return 0;
  return Math.min(2 ** Math.min(failures - limit, 30) * 1000, maxMs);
}

/**
 * Whole seconds before an attempt may reach the password check: 0 when it may now. Each wait is at most its own
 * back-off, even when another process's clock put an attempt in the future.
 */
export function secondsToWait(history: AttemptHistory, now: number): number {
  const waits = [0];
  const since = (at: number, waitMs: number) => Math.min(at + waitMs - now, waitMs);
  if (history.addressFailures >= THROTTLE.addressLimit && history.addressFirstFailureAt !== null)
    waits.push(since(history.addressFirstFailureAt, THROTTLE.windowMs));
  const pairWait = backOffMs(history.pairFailures, THROTTLE.pairLimit, THROTTLE.pairMaxWaitMs);
  if (pairWait > 0 && history.pairLastFailureAt !== null) waits.push(since(history.pairLastFailureAt, pairWait));
  const accountWait = backOffMs(history.accountFailures, THROTTLE.accountLimit, THROTTLE.accountMaxWaitMs);
  if (accountWait > 0 && history.pairFailures > 0 && history.accountLastAttemptAt !== null)
    waits.push(since(history.accountLastAttemptAt, accountWait));
  return Math.max(0, Math.ceil(Math.max(...waits) / 1000));
}
